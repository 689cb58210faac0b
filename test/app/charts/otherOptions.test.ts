import { describe, expect, it } from 'vitest';
import { buildBarsOption, metricBars, topRegionBars, typeBars } from '../../../src/app/charts/barsOption';
import { formatValue } from '../../../src/app/charts/format';
import { buildTimelineOption, withRangeShade } from '../../../src/app/charts/timelineOption';
import { renderSvg } from './ssr';

describe('timeline option', () => {
  const series = { months: ['2022-01', '2022-02', '2022-03'], articles: [3, 0, 5], values: [10, 0, 7] };

  it('draws the articles as bars and the metric as a line, with the range shaded', () => {
    const option = buildTimelineOption({ series, metric: 'issues_found', range: ['2022-02', '2022-03'], lang: 'zh' }) as {
      series: { type: string; data: number[]; markArea?: { data: unknown[] } }[];
    };
    expect(option.series.map((s) => s.type)).toEqual(['bar', 'line']);
    expect(option.series[0].markArea?.data).toEqual([[{ xAxis: '2022-02' }, { xAxis: '2022-03' }]]);
    const drawn = renderSvg(option, 600, 200);
    expect(drawn.svg).toContain('发现问题');
    expect(drawn.svg).toContain('fill="rgb(29,59,139)" fill-opacity="0.14"');
    drawn.dispose();
  });

  it('has no shaded range without one', () => {
    const option = buildTimelineOption({ series, metric: 'issues_found', range: null, lang: 'en' }) as { series: { markArea: { data: unknown[] } }[] };
    expect(option.series[0].markArea.data).toEqual([]);
  });

  it('gets its range drawn in for an export, as if built with it', () => {
    const bare = buildTimelineOption({ series, metric: 'issues_found', range: null, lang: 'zh' });
    const withRange = buildTimelineOption({ series, metric: 'issues_found', range: ['2022-02', '2022-03'], lang: 'zh' });
    expect(withRangeShade(bare, ['2022-02', '2022-03'])).toEqual(withRange);
    expect(withRangeShade(withRange, null)).toEqual(bare);
  });
});

describe('bars', () => {
  const figures = new Map([
    [150000, { adcode: 150000, value: 15000, approx: true, facts: 2, articles: 2 }],
    [440000, { adcode: 440000, value: 300, approx: false, facts: 1, articles: 1 }],
    [110000, { adcode: 110000, value: 0, approx: false, facts: 0, articles: 4 }],
  ]);

  it('ranks regions with figures, labels them and marks the selection', () => {
    const bars = topRegionBars(figures, 440000, 'zh');
    expect(bars.map((b) => b.label)).toEqual(['内蒙古', '广东']);
    expect(bars[0].text).toBe('1.5万余');
    expect(bars[1].highlight).toBe(true);
    const drawn = renderSvg(buildBarsOption(bars), 400, 200);
    expect(drawn.svg).toContain('内蒙古');
    expect(drawn.svg).toContain('1.5万余');
    drawn.dispose();
  });

  it('keeps only metrics with figures and names types in either language', () => {
    const m = metricBars(
      [
        { metric: 'issues_found', value: 5, approx: false, facts: 1 },
        { metric: 'rounds', value: 0, approx: false, facts: 0 },
      ],
      'issues_found',
      'en',
    );
    expect(m.map((b) => b.label)).toEqual(['Issues found']);
    const t = typeBars({ 常规: 3, 专项: 1, 机动: 0, 回头看: 0, 提级: 0, 交叉: 0, 点穴式: 0, 上下联动: 0 }, ['专项'], 'en');
    expect(t[0]).toMatchObject({ key: '常规', label: 'Regular', value: 3 });
    expect(t.find((b) => b.key === '专项')?.highlight).toBe(true);
  });
});

describe('formatValue', () => {
  it('writes approximate and large values the way each language does', () => {
    expect(formatValue(15000, true, 'zh')).toBe('1.5万余');
    expect(formatValue(2000, true, 'zh')).toBe('2000余');
    expect(formatValue(15000, true, 'en')).toBe('≥15,000');
    expect(formatValue(42, false, 'en')).toBe('42');
  });
});
