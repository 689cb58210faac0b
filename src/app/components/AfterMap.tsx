// Charts other than the map mount once the map has painted (or after a short wait if it cannot), so the
// first thing on screen is the map and the figures under it, not five charts competing for the first frames.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { create } from 'zustand';

export const MAP_WAIT_MS = 1500;

export const usePaintGate = create<{ mapPainted: boolean }>(() => ({ mapPainted: false }));

export function markMapPainted(): void {
  if (!usePaintGate.getState().mapPainted) usePaintGate.setState({ mapPainted: true });
}

export function AfterMap({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const painted = usePaintGate((s) => s.mapPainted);
  useEffect(() => {
    if (painted) return;
    const timer = setTimeout(markMapPainted, MAP_WAIT_MS);
    return () => clearTimeout(timer);
  }, [painted]);
  return <>{painted ? children : placeholder}</>;
}
