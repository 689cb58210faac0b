// The live ECharts instance of each dashboard chart, by a stable id, for code that needs the instance
// itself (image export, tests) rather than the option. Charts register when ready and leave when unmounted.
import type { EChartsType } from 'echarts/core';

export type ChartId = 'map' | 'timeline' | 'bars-top' | 'bars-metrics' | 'bars-types';

const charts = new Map<ChartId, EChartsType>();
const restorers = new Map<ChartId, () => void>();
const listeners = new Set<() => void>();

/**
 * `restore`: re-applies the chart's current option after ECharts rebuilt it from the first option it was
 * given (what a theme change does), when later options were applied as patches (components/Chart.tsx).
 */
export function registerChart(id: ChartId, instance: EChartsType | null, restore?: () => void): void {
  if (instance) charts.set(id, instance);
  else charts.delete(id);
  if (instance && restore) restorers.set(id, restore);
  else restorers.delete(id);
  listeners.forEach((l) => l());
}

/** Switches a chart's theme. ECharts redraws it from its first option; the current one is then restored. */
export function setChartTheme(id: ChartId, theme: string): void {
  const chart = getChart(id);
  if (!chart) return;
  chart.setTheme(theme);
  restorers.get(id)?.();
}

export function getChart(id: ChartId): EChartsType | undefined {
  const c = charts.get(id);
  return c && !c.isDisposed() ? c : undefined;
}

export function onChartsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
