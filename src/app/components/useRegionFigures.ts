// The per-region figures of the map being shown, shared by the map, the 全国 tile, the region table and the
// top-regions bars. Before the index has loaded, the unfiltered China map is drawn from the whole-corpus
// summary (same counting rules); any other view waits for the index (null).
import type { MetricKey } from '../../core/metrics';
import type { Summary } from '../../core/schema';
import type { PreparedGeo } from '../geo/geoJson';
import { useChartFilters } from '../state/hooks';
import { memoLast, selectRegionFigures } from '../state/selectors';
import type { Filters, RegionFigure } from '../state/selectors';
import { useStore } from '../state/store';
import { useLayeredRegionFigures } from '../importCsv/useLayer';

export const summaryFigures = memoLast((summary: Summary, metric: MetricKey): Map<number, RegionFigure> => {
  const out = new Map<number, RegionFigure>();
  for (const [key, region] of Object.entries(summary.regions)) {
    const adcode = Number(key);
    const [value, approx, facts] = region.metrics[metric] ?? [0, 0, 0];
    out.set(adcode, { adcode, value, approx: approx === 1, facts, articles: region.articles });
  }
  return out;
});

const unfiltered = (f: Filters) => !f.range && !f.types.length && !f.level && !f.matches;

export function useRegionFigures(geo: PreparedGeo | null): Map<number, RegionFigure> | null {
  const columns = useStore((s) => (s.data.status === 'ready' ? s.data.columns : null));
  const summary = useStore((s) => s.preview?.summary ?? null);
  const query = useStore((s) => s.view.query);
  const filters = useChartFilters();
  const metric = useStore((s) => s.view.metric);
  const drill = useStore((s) => s.view.drill);
  const featureIds = drill === null ? null : (geo?.featureIds ?? null);
  let extracted: Map<number, RegionFigure> | null = null;
  if (columns) extracted = selectRegionFigures(columns, filters, metric, drill, featureIds);
  else if (summary && drill === null && unfiltered(filters) && !query) extracted = summaryFigures(summary, metric);
  // The user's imported figures, when shown, are added to (or replace) the extracted ones.
  return useLayeredRegionFigures(extracted, drill, featureIds);
}
