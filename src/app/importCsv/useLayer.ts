// Hooks the dashboard's charts call to draw the imported layer with (or instead of) the extracted figures.
import type { MetricFigure, MonthlySeries, RegionFigure } from '../state/selectors';
import { useStore } from '../state/store';
import { importedRegionFigures, mergeMetricFigures, mergeMonthly, mergeRegionFigures } from './layer';
import { useMemo } from 'react';

/**
 * Region figures of the layer being shown, for the map, the 全国 tile, the region table and the top bars.
 * Null (the extracted figures are not ready yet) stays null.
 */
export function useLayeredRegionFigures<T extends Map<number, RegionFigure> | null>(
  extracted: T,
  drill: number | null,
  featureIds: ReadonlySet<number> | null,
): T {
  const imported = useStore((s) => s.imported);
  const layer = useStore((s) => s.layer);
  const metric = useStore((s) => s.view.metric);
  const range = useStore((s) => s.view.range);
  return useMemo(() => {
    if (!extracted || !imported || layer === 'extracted') return extracted;
    const own = importedRegionFigures(imported.figures, metric, range, drill, featureIds);
    return mergeRegionFigures(extracted, own, layer) as T;
  }, [extracted, imported, layer, metric, range, drill, featureIds]);
}

/** The timeline's monthly series with the imported layer added (or alone). */
export function useLayeredMonthly(series: MonthlySeries, selection: number | null): MonthlySeries {
  const imported = useStore((s) => s.imported);
  const layer = useStore((s) => s.layer);
  const metric = useStore((s) => s.view.metric);
  return useMemo(
    () => (imported ? mergeMonthly(series, imported.figures, metric, selection, layer) : series),
    [series, imported, metric, selection, layer],
  );
}

/** The selection's figures by metric with the imported layer added (or alone). */
export function useLayeredMetricFigures(extracted: MetricFigure[], selection: number | null): MetricFigure[] {
  const imported = useStore((s) => s.imported);
  const layer = useStore((s) => s.layer);
  const range = useStore((s) => s.view.range);
  return useMemo(
    () => (imported ? mergeMetricFigures(extracted, imported.figures, range, selection, layer) : extracted),
    [extracted, imported, range, selection, layer],
  );
}
