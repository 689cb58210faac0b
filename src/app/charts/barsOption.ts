// Horizontal bar charts: top regions for the metric (a click selects), the selection's figures by metric,
// and its articles by inspection type.
import { INSPECTION_TYPES, INSPECTION_TYPE_EN } from '../../core/metrics';
import type { InspectionType, MetricKey } from '../../core/metrics';
import type { MetricFigure, RegionFigure } from '../state/selectors';
import type { Lang } from '../state/store';
import { formatValue, metricLabel, regionName } from './format';
import type { EChartsCoreOption } from './echarts';

interface Bar {
  /** What a click on the bar means (a region's adcode, a metric key, a type). */
  key: string;
  label: string;
  value: number;
  text: string;
  highlight?: boolean;
}

export const BAR_COLOUR = '#f98c40';
export const BAR_HIGHLIGHT = '#1d3b8b';

function barOption(bars: Bar[]): EChartsCoreOption {
  const shown = [...bars].reverse(); // largest on top
  return {
    animation: false,
    grid: { left: 8, right: 64, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', show: false },
    yAxis: { type: 'category', data: shown.map((b) => b.label), axisTick: { show: false }, axisLabel: { fontSize: 11 } },
    tooltip: { trigger: 'item', confine: true, renderMode: 'richText', formatter: (p: { dataIndex: number }) => `${shown[p.dataIndex].label}: ${shown[p.dataIndex].text}` },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: shown.map((b) => ({ value: b.value, name: b.key, itemStyle: { color: b.highlight ? BAR_HIGHLIGHT : BAR_COLOUR } })),
        label: { show: true, position: 'right', fontSize: 10, formatter: (p: { dataIndex: number }) => shown[p.dataIndex].text },
      },
    ],
  };
}

export function topRegionBars(
  figures: ReadonlyMap<number, RegionFigure>,
  selection: number | null,
  lang: Lang,
  cityNames?: ReadonlyMap<number, string>,
  limit = 12,
): Bar[] {
  return [...figures.values()]
    .filter((f) => f.facts > 0)
    .sort((a, b) => b.value - a.value || a.adcode - b.adcode)
    .slice(0, limit)
    .map((f) => ({
      key: String(f.adcode),
      label: regionName(f.adcode, lang, cityNames),
      value: f.value,
      text: formatValue(f.value, f.approx, lang),
      highlight: f.adcode === selection,
    }));
}

export function metricBars(figures: MetricFigure[], current: MetricKey, lang: Lang): Bar[] {
  return figures
    .filter((f) => f.facts > 0)
    .sort((a, b) => b.value - a.value)
    .map((f) => ({
      key: f.metric,
      label: metricLabel(f.metric, lang),
      value: f.value,
      text: formatValue(f.value, f.approx, lang),
      highlight: f.metric === current,
    }));
}

export function typeBars(counts: Record<InspectionType, number>, types: InspectionType[], lang: Lang): Bar[] {
  return INSPECTION_TYPES.map((t) => ({
    key: t,
    label: lang === 'en' ? INSPECTION_TYPE_EN[t] : t,
    value: counts[t],
    text: String(counts[t]),
    highlight: types.includes(t),
  })).sort((a, b) => b.value - a.value);
}

export function buildBarsOption(bars: Bar[]): EChartsCoreOption {
  return barOption(bars);
}
