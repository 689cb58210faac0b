// The per-region figures of the map being shown, shared by the map, the region table and the top bars.
import type { PreparedGeo } from '../geo/geoJson';
import { useChartFilters, useColumns } from '../state/hooks';
import { selectRegionFigures } from '../state/selectors';
import type { RegionFigure } from '../state/selectors';
import { useStore } from '../state/store';

export function useRegionFigures(geo: PreparedGeo | null): Map<number, RegionFigure> {
  const columns = useColumns();
  const filters = useChartFilters();
  const metric = useStore((s) => s.view.metric);
  const drill = useStore((s) => s.view.drill);
  return selectRegionFigures(columns, filters, metric, drill, drill === null ? null : (geo?.featureIds ?? null));
}
