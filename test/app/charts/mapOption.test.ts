import { beforeAll, describe, expect, it } from 'vitest';
import { adcodeOfRegion, buildMapOption, NO_FIGURES_COLOUR, SCALE_COLOURS, quantileClasses, tooltipText } from '../../../src/app/charts/mapOption';
import type { MapInput } from '../../../src/app/charts/mapOption';
import type { PreparedGeo } from '../../../src/app/geo/geoJson';
import type { RegionFigure } from '../../../src/app/state/selectors';
import { registerGeo, renderSvg } from './ssr';

let china: PreparedGeo;
/** The same geometry under other names (内蒙古 → 内蒙古自治区, 广东 → Guangdong …): the join must not care. */
let renamed: PreparedGeo;
const RENAMES: Record<string, string> = { 内蒙古: '内蒙古自治区', 广东: 'Guangdong', 新疆: '新疆维吾尔自治区' };
beforeAll(() => {
  china = registerGeo('china', 'china.json');
  renamed = registerGeo('china-renamed', 'china.json', (n) => RENAMES[n] ?? n);
});

const fig = (adcode: number, value: number, facts = 1, approx = false): RegionFigure => ({ adcode, value, approx, facts, articles: facts });

function input(figures: RegionFigure[], extra: Partial<MapInput> = {}): MapInput {
  return {
    mapName: 'china',
    geo: china,
    figures: new Map(figures.map((f) => [f.adcode, f])),
    metric: 'issues_found',
    selection: null,
    scale: 'continuous',
    lang: 'zh',
    ...extra,
  };
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).join(',')})`;

describe('map option, drawn on the server as SVG', () => {
  it('joins by adcode: 内蒙古 gets the top colour, regions without figures the no-figures colour', () => {
    const drawn = renderSvg(buildMapOption(input([fig(150000, 1000), fig(440000, 10)])));
    expect(drawn.fillOf('内蒙古')).toBe(rgb('#8c2d04'));
    expect(drawn.fillOf('新疆')).toBe(NO_FIGURES_COLOUR);
    expect(drawn.fillOf('广东')).not.toBe(NO_FIGURES_COLOUR);
    drawn.dispose();
  });

  it('joins by adcode even when the geo file names regions differently from the region catalogue', () => {
    const option = buildMapOption(input([fig(150000, 1000), fig(440000, 10)], { mapName: 'china-renamed', geo: renamed }));
    const drawn = renderSvg(option);
    expect(drawn.fillOf('内蒙古自治区')).toBe(rgb('#8c2d04'));
    expect(drawn.fillOf('新疆维吾尔自治区')).toBe(NO_FIGURES_COLOUR);
    expect(drawn.fillOf('Guangdong')).not.toBe(NO_FIGURES_COLOUR);
    expect(drawn.fillOf('内蒙古')).toBeUndefined();
    drawn.dispose();
  });

  it('maps a clicked or hovered region back to its adcode through the geo file’s features', () => {
    expect(adcodeOfRegion('内蒙古自治区', renamed)).toBe(150000);
    expect(adcodeOfRegion('澳门', china)).toBe(820000);
    expect(adcodeOfRegion('南海诸岛', china)).toBeNull();
    const option = buildMapOption(input([fig(150000, 7)], { geo: renamed, mapName: 'china-renamed' })) as {
      tooltip: { formatter: (p: { name: string }) => string };
    };
    expect(option.tooltip.formatter({ name: '内蒙古自治区' })).toContain('7');
  });

  it('draws a figure of 0 in the scale, never in the no-figures colour', () => {
    const drawn = renderSvg(buildMapOption(input([fig(150000, 0), fig(440000, 50)])));
    expect(drawn.fillOf('内蒙古')).toBe(rgb('#fff1dc'));
    expect(drawn.fillOf('内蒙古')).not.toBe(NO_FIGURES_COLOUR);
    drawn.dispose();
  });

  it('keeps the South China Sea inset and Taiwan, Hong Kong, Macau', () => {
    const drawn = renderSvg(buildMapOption(input([fig(820000, 5)])));
    for (const name of ['南海诸岛', '台湾', '香港']) expect(drawn.fillOf(name)).toBe(NO_FIGURES_COLOUR);
    expect(drawn.fillOf('澳门')).toBeDefined();
    expect(drawn.fillOf('澳门')).not.toBe(NO_FIGURES_COLOUR);
    drawn.dispose();
  });

  it('shows quantile classes in the legend', () => {
    const figures = [fig(110000, 10), fig(120000, 20), fig(130000, 30), fig(140000, 40), fig(150000, 50), fig(210000, 60)];
    const drawn = renderSvg(buildMapOption(input(figures, { scale: 'quantile' })));
    const classes = quantileClasses(figures.map((f) => f.value), 'zh');
    expect(classes.length).toBeGreaterThanOrEqual(3);
    for (const c of classes) expect(drawn.svg).toContain(c.label.replace('>', '&gt;'));
    drawn.dispose();
  });

  it.each(['continuous', 'quantile'] as const)('gives "no figures reported" its own legend entry in %s mode, apart from 0', (scale) => {
    const figures = [fig(110000, 0), fig(120000, 20), fig(130000, 30), fig(140000, 40), fig(150000, 50), fig(210000, 60)];
    const option = buildMapOption(input(figures, { scale })) as { visualMap: { pieces?: { label: string; color: string }[]; seriesIndex: unknown }[] };
    const entry = option.visualMap[1];
    expect(entry.seriesIndex).toEqual([]);
    expect(entry.pieces).toEqual([expect.objectContaining({ label: '未报告数字', color: NO_FIGURES_COLOUR })]);
    const drawn = renderSvg(option);
    expect(drawn.svg).toContain('未报告数字');
    // The entry names the colour without painting anything: 北京's 0 keeps the scale's lowest colour.
    const lowest = SCALE_COLOURS[SCALE_COLOURS.length - quantileClasses(figures.map((f) => f.value), 'zh').length];
    expect(drawn.fillOf('北京')).toBe(scale === 'continuous' ? rgb(SCALE_COLOURS[0]) : lowest);
    expect(drawn.fillOf('新疆')).toBe(NO_FIGURES_COLOUR);
    drawn.dispose();
  });

  it('outlines the selected region', () => {
    const option = buildMapOption(input([fig(150000, 10)], { selection: 150000 })) as { series: { data: { name: string; itemStyle?: object }[] }[] };
    expect(option.series[0].data.find((d) => d.name === '内蒙古')?.itemStyle).toMatchObject({ borderWidth: 2.5 });
  });
});

describe('tooltip', () => {
  it('marks approximate values and counts figures and articles', () => {
    const zh = tooltipText(150000, input([{ adcode: 150000, value: 15000, approx: true, facts: 3, articles: 2 }]));
    expect(zh).toContain('内蒙古');
    expect(zh).toContain('1.5万余');
    expect(zh).toContain('3 个数字');
    const en = tooltipText(150000, input([{ adcode: 150000, value: 15000, approx: true, facts: 3, articles: 2 }], { lang: 'en' }));
    expect(en).toContain('≥15,000');
    expect(en).toContain('Inner Mongolia');
  });

  it('says "no figures reported" for a region without figures', () => {
    expect(tooltipText(650000, input([]))).toContain('未报告数字');
  });
});

describe('quantileClasses', () => {
  it('covers the values in ascending, non-overlapping classes', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const classes = quantileClasses(values, 'en');
    expect(classes[0].min).toBe(1);
    expect(classes.at(-1)!.max).toBe(10);
    const holds = (c: (typeof classes)[number], v: number) => (c.includesMin ? v >= c.min : v > c.min) && v <= c.max;
    for (const v of values) expect(classes.filter((c) => holds(c, v))).toHaveLength(1);
  });

  it('gives one class for equal values and none for no values', () => {
    expect(quantileClasses([5, 5, 5], 'en')).toHaveLength(1);
    expect(quantileClasses([], 'en')).toEqual([]);
  });
});

describe('全国', () => {
  it('is not drawn on the map and does not stretch the colour scale', () => {
    const option = buildMapOption(input([fig(100000, 90000), fig(150000, 100)])) as {
      visualMap: { max: number }[];
      series: { data: { name: string }[] }[];
    };
    expect(option.visualMap[0].max).toBe(100);
    expect(option.series[0].data.map((d) => d.name)).toEqual(['内蒙古']);
  });
});
