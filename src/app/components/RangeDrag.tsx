// Picking a date range by dragging across the timeline's months. The drag is followed by a shaded box of
// our own, not by the chart: ECharts draws nothing while the pointer moves, and when the button is released
// the range goes to the store once, which every view (the timeline's shaded range included) then draws.
import { useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import { TIMELINE_GRID } from '../charts/timelineOption';

/** Pointer travel (px) below which a press is a click (for the chart's tooltip), not a range. */
export const DRAG_THRESHOLD_PX = 4;

/** The month slot under x (px from the chart's left edge), clamped to the months, on a chart `width` wide. */
export function monthAt(x: number, width: number, count: number): number {
  const plot = Math.max(1, width - TIMELINE_GRID.left - TIMELINE_GRID.right);
  const k = Math.floor(((x - TIMELINE_GRID.left) / plot) * count);
  return Math.max(0, Math.min(count - 1, k));
}

/** The months from the slot pressed to the slot released, in order. */
export function pickedRange(months: string[], a: number, b: number): [string, string] {
  return [months[Math.min(a, b)], months[Math.max(a, b)]];
}

interface Drag {
  from: number;
  to: number;
  startX: number;
  moved: boolean;
}

export function RangeDrag({ months, onPick, children }: { months: string[]; onPick: (range: [string, string]) => void; children: ReactNode }) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const slotAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return monthAt(e.clientX - box.left, box.width, months.length);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !months.length) return;
    const k = slotAt(e);
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ from: k, to: k, startX: e.clientX, moved: false });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const k = slotAt(e);
    const moved = drag.moved || Math.abs(e.clientX - drag.startX) >= DRAG_THRESHOLD_PX;
    if (k !== drag.to || moved !== drag.moved) setDrag({ ...drag, to: k, moved });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    setDrag(null);
    const k = slotAt(e);
    if (drag.moved || Math.abs(e.clientX - drag.startX) >= DRAG_THRESHOLD_PX) onPick(pickedRange(months, drag.from, k));
  };
  return (
    <div className="range-drag" data-testid="range-drag" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(null)}>
      {children}
      {drag?.moved && <DragShade count={months.length} from={Math.min(drag.from, drag.to)} to={Math.max(drag.from, drag.to)} />}
    </div>
  );
}

/** The months being dragged over, shaded over the plot (positions in % of the plot, which the chart fills). */
function DragShade({ count, from, to }: { count: number; from: number; to: number }) {
  const { left, right, top, bottom } = TIMELINE_GRID;
  const at = (k: number) => `calc(${left}px + (100% - ${left + right}px) * ${k / count})`;
  return (
    <div
      className="range-drag-shade"
      aria-hidden="true"
      style={{ left: at(from), width: `calc((100% - ${left + right}px) * ${(to - from + 1) / count})`, top, bottom }}
    />
  );
}
