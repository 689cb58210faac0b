import { beforeAll, describe, expect, it } from 'vitest';
import { echarts } from '../../../src/app/charts/echarts';
import type { EChartsCoreOption } from '../../../src/app/charts/echarts';
import { buildBarsOption, topRegionBars } from '../../../src/app/charts/barsOption';
import { buildMapOption } from '../../../src/app/charts/mapOption';
import { optionPatch, sameValue } from '../../../src/app/charts/optionPatch';
import { buildTimelineOption } from '../../../src/app/charts/timelineOption';
import type { PreparedGeo } from '../../../src/app/geo/geoJson';
import type { MonthlySeries, RegionFigure } from '../../../src/app/state/selectors';
import { registerGeo } from './ssr';

type Option = Record<string, unknown>;

/** The drawing without the ids each SVG instance numbers its classes and clip paths with. */
const drawing = (svg: string) => svg.replace(/zr\d+-cls-\d+/g, 'cls').replace(/zr\d+-/g, 'zr-');

/**
 * SVG of `steps` applied one after another in merge mode: as patches (first whole, then what changed), the
 * way the dashboard applies them, or each whole.
 */
function drawPatched(steps: EChartsCoreOption[], patched = true): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
  chart.setOption(steps[0]);
  for (let k = 1; k < steps.length; k++) {
    const patch = patched ? optionPatch(steps[k - 1] as Option, steps[k] as Option) : steps[k];
    if (patch) chart.setOption(patch);
  }
  const svg = drawing(chart.renderToSVGString());
  chart.dispose();
  return svg;
}

function drawWhole(option: EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
  chart.setOption(option);
  const svg = drawing(chart.renderToSVGString());
  chart.dispose();
  return svg;
}

const series: MonthlySeries = { months: ['2022-01', '2022-02', '2022-03', '2022-04'], articles: [3, 1, 4, 1], values: [50, 0, 20, 7] };
const fig = (adcode: number, value: number): RegionFigure => ({ adcode, value, approx: false, facts: 1, articles: 1 });

let china: PreparedGeo;
beforeAll(() => {
  china = registerGeo('china-patch', 'china.json');
});

describe('option patches', () => {
  it('compares option values by structure, functions by identity', () => {
    const f = () => 1;
    expect(sameValue({ a: [1, { b: 'x' }], f }, { a: [1, { b: 'x' }], f })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ f }, { f: () => 1 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });

  it('sends only the shaded range when a brush moves it, and nothing when nothing changed', () => {
    const before = buildTimelineOption({ series, metric: 'issues_found', range: ['2022-01', '2022-02'], lang: 'zh' }) as Option;
    const after = buildTimelineOption({ series, metric: 'issues_found', range: ['2022-03', '2022-04'], lang: 'zh' }) as Option;
    const patch = optionPatch(before, after) as { series: Option[] };
    expect(Object.keys(patch)).toEqual(['series']);
    expect(Object.keys(patch.series[0])).toEqual(['markArea']);
    expect(patch.series[1]).toEqual({});
    expect(optionPatch(after, buildTimelineOption({ series, metric: 'issues_found', range: ['2022-03', '2022-04'], lang: 'zh' }) as Option)).toBeNull();
  });

  it('draws the same timeline patched as drawn whole, the range set, moved and cleared', () => {
    const steps = [null, ['2022-01', '2022-02'], ['2022-03', '2022-04'], null].map((range) =>
      buildTimelineOption({ series, metric: 'issues_found', range: range as [string, string] | null, lang: 'zh' }),
    );
    for (let k = 1; k <= steps.length; k++) expect(drawPatched(steps.slice(0, k))).toBe(drawWhole(steps[k - 1]));
  });

  it('draws the same map and bars patched as merged whole when the figures change', () => {
    const maps = [
      [fig(150000, 1000), fig(440000, 10)],
      [fig(150000, 5), fig(440000, 900), fig(650000, 40)],
      [fig(440000, 3)],
    ].map((figures) =>
      buildMapOption({ mapName: 'china-patch', geo: china, figures: new Map(figures.map((f) => [f.adcode, f])), metric: 'issues_found', selection: 440000, scale: 'quantile', lang: 'zh' }),
    );
    expect(drawPatched(maps)).toBe(drawWhole(maps[2]));
    // Bars that change places are drawn in another order after any merge (patched or whole) than afresh.
    const bars = maps.map((_, k) => buildBarsOption(topRegionBars(new Map([[150000, fig(150000, 10 * k + 1)], [440000, fig(440000, 7)]]), null, 'zh')));
    expect(drawPatched(bars)).toBe(drawPatched(bars, false));
  });
});

describe('a theme change on a patched chart', () => {
  const timeline = (range: [string, string] | null) => buildTimelineOption({ series, metric: 'issues_found', range, lang: 'zh' });

  it('rebuilds the chart from its first option (so the dashboard re-applies what changed since)', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 500 });
    chart.setOption(timeline(null));
    chart.setOption(optionPatch(timeline(null) as Option, timeline(['2022-02', '2022-03']) as Option)!);
    chart.setTheme('dark');
    const rebuilt = drawing(chart.renderToSVGString());
    chart.setOption(optionPatch(timeline(null) as Option, timeline(['2022-02', '2022-03']) as Option)!);
    const restored = drawing(chart.renderToSVGString());
    chart.dispose();
    const dark = (option: EChartsCoreOption) => {
      const c = echarts.init(null, 'dark', { renderer: 'svg', ssr: true, width: 800, height: 500 });
      c.setOption(option);
      const svg = drawing(c.renderToSVGString());
      c.dispose();
      return svg;
    };
    expect(rebuilt).toBe(dark(timeline(null)));
    expect(restored).toBe(dark(timeline(['2022-02', '2022-03'])));
  });
});
