// The prepared geometry of the map currently shown (China, or the drilled province), loaded on demand.
import { useEffect, useState } from 'react';
import type { PreparedGeo } from '../geo/geoJson';
import { loadGeo } from '../geo/loadGeo';

export type GeoState = { status: 'loading' } | { status: 'ready'; geo: PreparedGeo } | { status: 'error'; message: string };

export function useGeo(province: number | null): GeoState {
  const [state, setState] = useState<{ key: number | null; value: GeoState }>({ key: province, value: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    loadGeo(province).then(
      (geo) => live && setState({ key: province, value: { status: 'ready', geo } }),
      (e: unknown) => live && setState({ key: province, value: { status: 'error', message: String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [province]);
  return state.key === province ? state.value : { status: 'loading' };
}
