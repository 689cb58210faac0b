// The live ECharts instance of each dashboard chart, by a stable id, for code that needs the instance
// itself (image export, tests) rather than the option. Charts register when ready and leave when unmounted.
import type { EChartsType } from 'echarts/core';

export type ChartId = 'map' | 'timeline' | 'bars-top' | 'bars-metrics' | 'bars-types';

const charts = new Map<ChartId, EChartsType>();
const listeners = new Set<() => void>();

export function registerChart(id: ChartId, instance: EChartsType | null): void {
  if (instance) charts.set(id, instance);
  else charts.delete(id);
  listeners.forEach((l) => l());
}

export function getChart(id: ChartId): EChartsType | undefined {
  const c = charts.get(id);
  return c && !c.isDisposed() ? c : undefined;
}

export function onChartsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
