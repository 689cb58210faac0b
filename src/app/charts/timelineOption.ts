// Articles (bars) and the selected metric (line) per month; the chosen date range is shaded (markArea),
// drawn from the state, so the URL, back/forward and the brush all show the same thing. On screen the
// dashboard builds the option without the range and shades it over the chart itself (RangeDrag.tsx), so a
// brush step does not redraw the timeline; exported images have it drawn in (withRangeShade).
import type { MetricKey } from '../../core/metrics';
import type { MonthlySeries } from '../state/selectors';
import type { Lang } from '../state/store';
import { MESSAGES } from '../i18n';
import { metricLabel } from './format';
import type { EChartsCoreOption } from './echarts';

export interface TimelineInput {
  series: MonthlySeries;
  metric: MetricKey;
  range: [string, string] | null;
  lang: Lang;
}

/** The plot's margins inside the chart (px): where months are on screen, for dragging a range (RangeDrag.tsx) and tests. */
export const TIMELINE_GRID = { left: 44, right: 52, top: 30, bottom: 28 };

export const ARTICLE_COLOUR = '#7c93c3';
export const METRIC_COLOUR = '#d9530f';

export const RANGE_SHADE = 'rgba(29,59,139,0.14)';

/** The shaded range; always present (empty without a range) so that merging a new option removes an old range. */
function rangeMarkArea(range: [string, string] | null) {
  return { silent: true, itemStyle: { color: RANGE_SHADE }, data: range ? [[{ xAxis: range[0] }, { xAxis: range[1] }]] : [] };
}

/** A timeline option (as built, or as a live chart returns it) with the range shaded: for exported images. */
export function withRangeShade(option: EChartsCoreOption, range: [string, string] | null): EChartsCoreOption {
  const series = option.series as Record<string, unknown>[] | undefined;
  if (!series?.length) return option;
  return { ...option, series: series.map((s, k) => (k === 0 ? { ...s, markArea: rangeMarkArea(range) } : s)) };
}

export function buildTimelineOption({ series, metric, range, lang }: TimelineInput): EChartsCoreOption {
  const t = MESSAGES[lang];
  const metricName = metricLabel(metric, lang);
  return {
    animation: false,
    grid: TIMELINE_GRID,
    legend: { top: 0, left: 'center', itemHeight: 10, textStyle: { fontSize: 11 }, data: [t.articleCount, metricName] },
    tooltip: { trigger: 'axis', confine: true, renderMode: 'richText' },
    xAxis: { type: 'category', data: series.months, axisLabel: { fontSize: 10 } },
    yAxis: [
      { type: 'value', name: t.articleCount, nameTextStyle: { fontSize: 10, align: 'left' }, axisLabel: { fontSize: 10 }, minInterval: 1 },
      {
        type: 'value',
        name: metricName,
        nameTextStyle: { fontSize: 10, align: 'right' },
        axisLabel: { fontSize: 10 },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: t.articleCount,
        type: 'bar',
        data: series.articles,
        itemStyle: { color: ARTICLE_COLOUR },
        barCategoryGap: '10%',
        markArea: rangeMarkArea(range),
      },
      {
        name: metricName,
        type: 'line',
        yAxisIndex: 1,
        data: series.values,
        showSymbol: false,
        itemStyle: { color: METRIC_COLOUR },
        lineStyle: { width: 1.5 },
      },
    ],
  };
}
