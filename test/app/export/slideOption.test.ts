import { readFileSync } from 'node:fs';
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { slideLayout } from '../../../src/app/export/slideLayout';
import { fitOption, slideOption, type ChartOption } from '../../../src/app/export/slideOption';

echarts.registerMap('china', JSON.parse(readFileSync('geo/echarts-4.9.0/china.json', 'utf8')));

function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

const bars: ChartOption = {
  animation: true,
  title: { text: '屏幕上的标题' },
  toolbox: { feature: { saveAsImage: {} } },
  legend: { data: ['发现问题'], bottom: 0 },
  grid: { left: 10, right: 10, top: 10, bottom: 10 },
  xAxis: { type: 'category', data: ['内蒙古', '广东', '北京'] },
  yAxis: { type: 'value' },
  dataZoom: [{ type: 'slider' }, { type: 'inside' }],
  series: [{ type: 'bar', name: '发现问题', data: [120, 80, 30], label: { show: true } }],
};

const map: ChartOption = {
  visualMap: { type: 'continuous', min: 0, max: 120, inRange: { color: ['#fee', '#c00'] } },
  series: [{ type: 'map', map: 'china', roam: true, data: [{ name: '内蒙古', value: 120 }] }],
};

const captions = { title: '发现问题 · 各地区', filters: '地区：全部地区', source: '来源：巡视图谱', note: '注：本图为示意图' };

describe('fitOption', () => {
  const layout = slideLayout({ width: 1280, height: 720, isMap: false, hasLegend: true });
  const box = { width: 1280, height: 720, body: layout.body, legendTop: layout.legendTop, labelFontSize: layout.labelFontSize };
  const fitted = fitOption(bars, box, 'white');

  it('stacks the colour scale above the "no figures" entry at the bottom left of the body', () => {
    const noFigures = { type: 'piecewise', seriesIndex: [], pieces: [{ lt: 0, label: '未报告数字', color: '#d4d4d8' }] };
    const withEntry = fitOption({ ...map, visualMap: [map.visualMap, noFigures] }, box, 'white');
    const [scale, entry] = withEntry.visualMap as { left: number; bottom: number; itemHeight: number }[];
    expect(entry.bottom).toBe(box.height - (layout.body.top + layout.body.height));
    expect(scale.left).toBe(entry.left);
    expect(scale.bottom).toBeGreaterThanOrEqual(entry.bottom + layout.labelFontSize);
  });

  it('turns animation off, sets the background and hides screen-only furniture', () => {
    expect(fitted.animation).toBe(false);
    expect(fitted.backgroundColor).toBe('#ffffff');
    expect(fitOption(bars, box, 'transparent').backgroundColor).toBe('transparent');
    expect(fitted.toolbox).toEqual([{ feature: { saveAsImage: {} }, show: false }]);
    expect(fitted.title).toEqual([{ text: '屏幕上的标题', show: false }]);
    expect(fitted.dataZoom).toEqual([{ type: 'slider', show: false }, { type: 'inside' }]);
  });

  it('puts the grid in the body and enlarges axis labels, legend and data labels', () => {
    // The bars carry value labels: the grid leaves them room on the right of the body.
    const [grid] = fitted.grid as { left: number; top: number; width: number; height: number }[];
    expect(grid).toMatchObject({ left: layout.body.left, top: layout.body.top, height: layout.body.height });
    expect(grid.width).toBe(layout.body.width - 5 * layout.labelFontSize);
    const [x] = fitted.xAxis as { axisLabel: { fontSize: number } }[];
    expect(x.axisLabel.fontSize).toBe(layout.labelFontSize);
    const [legend] = fitted.legend as { top: number; textStyle: { fontSize: number } }[];
    expect(legend.top).toBe(layout.legendTop);
    expect(legend.textStyle.fontSize).toBe(layout.labelFontSize);
    const [series] = fitted.series as { label: { fontSize: number; show: boolean } }[];
    expect(series.label).toMatchObject({ show: true, fontSize: layout.labelFontSize });
  });

  it('leaves the input option unchanged', () => {
    expect(bars.animation).toBe(true);
    expect((bars.title as { show?: boolean }).show).toBeUndefined();
  });
});

describe('slideOption rendered by ECharts (SVG renderer)', () => {
  it('draws the bars with title, filters and source as text, and no hidden title', () => {
    const layout = slideLayout({ width: 1280, height: 720, isMap: false, hasLegend: true });
    const svg = renderSvg(slideOption(bars, layout, { ...captions, note: null }, 'white'), 1280, 720);
    expect(svg).toMatch(/^<svg[^>]*width="1280"[^>]*height="720"/);
    for (const text of ['发现问题 · 各地区', '地区：全部地区', '来源：巡视图谱', '内蒙古']) expect(svg).toContain(text);
    expect(svg).not.toContain('屏幕上的标题');
    expect(svg).not.toContain('示意图');
    expect(svg).toContain(`bold ${layout.title.fontSize}px`);
    expect(svg).toContain(`font-size:${layout.labelFontSize}px`);
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(3);
  });

  it('draws the map with the 示意图 note and its provinces as vector paths', () => {
    const layout = slideLayout({ width: 1920, height: 1080, isMap: true, hasLegend: true });
    const slide = slideOption(map, layout, { ...captions, aside: '全国（中央层面）：9.7万' }, 'transparent');
    const aside = (slide.graphic as { id: string; top: number }[]).find((g) => g.id === 'slide-aside')!;
    expect(aside.top + layout.labelFontSize).toBeLessThanOrEqual(layout.body.top);
    const svg = renderSvg(slide, 1920, 1080);
    expect(svg).toContain('注：本图为示意图');
    expect(svg).toContain('全国（中央层面）：9.7万');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(30);
    expect(svg).toContain('rgb(204,0,0)'); // 内蒙古 at the top of the scale
  });
});
