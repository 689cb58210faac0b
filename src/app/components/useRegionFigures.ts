// The per-region figures of the map being shown, shared by the map, the region table and the top bars.
import type { PreparedGeo } from '../geo/geoJson';
import { useChartFilters, useColumns } from '../state/hooks';
import { selectRegionFigures } from '../state/selectors';
import type { RegionFigure } from '../state/selectors';
import { useStore } from '../state/store';
import { useLayeredRegionFigures } from '../importCsv/useLayer';

export function useRegionFigures(geo: PreparedGeo | null): Map<number, RegionFigure> {
  const columns = useColumns();
  const filters = useChartFilters();
  const metric = useStore((s) => s.view.metric);
  const drill = useStore((s) => s.view.drill);
  const featureIds = drill === null ? null : (geo?.featureIds ?? null);
  // The user's imported figures, when shown, are added to (or replace) the extracted ones.
  return useLayeredRegionFigures(selectRegionFigures(columns, filters, metric, drill, featureIds), drill, featureIds);
}
