// Makes a dashboard chart's ECharts option slide-ready: a fixed box, larger type, a white or transparent
// background, no animation, no interactive furniture (toolbox, sliders), and, for a whole slide, the title,
// filters line, source line and 示意图 note as graphic text so that both the PNG and the SVG carry them.
// Pure: the input option (from the option builders or from instance.getOption()) is not changed.
import type { Rect, SlideLayout, TextBox } from './slideLayout';

/** An ECharts option as plain data; components may be one object or a list (getOption() gives lists). */
export type ChartOption = Record<string, unknown>;
type Component = Record<string, unknown>;

export type Background = 'white' | 'transparent';

/**
 * CJK fonts first, so Chinese renders the same in every export (Noto CJK on Linux, PingFang/YaHei elsewhere).
 * Single quotes: the SVG renderer writes the font into a double-quoted style attribute.
 */
export const EXPORT_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const TEXT_COLOR = '#1f2329';
const MUTED_COLOR = '#5c6370';

/** Where the chart goes inside the image and how big its type is. */
export interface ChartBox {
  width: number;
  height: number;
  body: Rect;
  /** Top of the legend row (null: leave the legend where it is). */
  legendTop: number | null;
  labelFontSize: number;
}

export interface SlideCaptions {
  title: string;
  filters: string;
  source: string;
  /** The 示意图 note, for maps. */
  note: string | null;
  /** A line at the top right of the chart (the 全国 figure beside the China map), or null. */
  aside?: string | null;
}

function list(value: unknown): Component[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Component[];
}

function withFont(style: unknown, fontSize: number): Component {
  return { ...(style as Component | undefined), fontSize, fontFamily: EXPORT_FONT_FAMILY };
}

function fitAxes(axes: unknown, fontSize: number): Component[] {
  return list(axes).map((axis) => ({
    ...axis,
    axisLabel: withFont(axis.axisLabel, fontSize),
    nameTextStyle: withFont(axis.nameTextStyle, fontSize),
  }));
}

function fitLegends(legends: unknown, box: ChartBox): Component[] {
  const size = box.labelFontSize;
  return list(legends).map((legend) => ({
    ...legend,
    ...(box.legendTop === null ? {} : { top: box.legendTop, left: 'center', bottom: undefined }),
    type: 'plain',
    itemWidth: Math.round(size * 1.4),
    itemHeight: Math.round(size * 0.8),
    textStyle: withFont(legend.textStyle, size),
  }));
}

/** Height a visualMap takes at this type size: a piecewise one a row per piece, a continuous one its bar and end labels. */
function visualMapHeight(vm: Component, itemHeight: number, size: number): number {
  if (vm.type === 'piecewise') return list(vm.pieces).length * (Math.max(itemHeight, size) + Math.round(size * 0.5));
  return itemHeight + 2 * size;
}

/**
 * The visualMaps (the map's colour scale and its "no figures" entry) sit inside the body at the bottom left,
 * sized to the type and stacked upwards in reverse order, so the last one ("no figures") is lowest.
 */
function fitVisualMaps(visualMaps: unknown, box: ChartBox): Component[] {
  const size = box.labelFontSize;
  let fromBottom = box.height - (box.body.top + box.body.height);
  const fitted = list(visualMaps)
    .reverse()
    .map((vm) => {
      const itemHeight = vm.type === 'piecewise' ? Math.round(size * 0.9) : Math.round(box.body.height * 0.25);
      const out = {
        ...vm,
        left: box.body.left,
        bottom: fromBottom,
        top: undefined,
        right: undefined,
        itemWidth: Math.round(size * 1.1),
        itemHeight,
        itemGap: Math.round(size * 0.5),
        textStyle: withFont(vm.textStyle, size),
      };
      fromBottom += visualMapHeight(vm, itemHeight, size);
      return out;
    });
  return fitted.reverse();
}

const boxOf = (r: Rect) => ({ left: r.left, top: r.top, width: r.width, height: r.height, right: undefined, bottom: undefined });

function fitSeries(series: unknown, box: ChartBox, usesGeo: boolean): Component[] {
  return list(series).map((s) => {
    const fitted: Component = { ...s, animation: false };
    if (s.label) fitted.label = withFont(s.label, box.labelFontSize);
    // A map series that draws its own geography is boxed like a geo component.
    if (s.type === 'map' && !usesGeo && s.geoIndex === undefined) Object.assign(fitted, boxOf(box.body), { layoutCenter: undefined, layoutSize: undefined });
    return fitted;
  });
}

/** Hide what only makes sense on screen; keep its state (a slider's range still filters the data). */
function hide(components: unknown): Component[] {
  return list(components).map((c) => ({ ...c, show: false }));
}

function fitDataZoom(dataZooms: unknown): Component[] {
  return list(dataZooms).map((dz) => (dz.type === 'inside' ? dz : { ...dz, show: false }));
}

/** The chart fitted into `box`: same data and colours, bigger type, no animation, nothing interactive drawn. */
export function fitOption(option: ChartOption, box: ChartBox, background: Background): ChartOption {
  const usesGeo = list(option.geo).length > 0;
  const fitted: ChartOption = {
    ...option,
    animation: false,
    backgroundColor: background === 'white' ? '#ffffff' : 'transparent',
    textStyle: { ...(option.textStyle as Component | undefined), fontFamily: EXPORT_FONT_FAMILY },
    title: hide(option.title),
    toolbox: hide(option.toolbox),
    tooltip: hide(option.tooltip),
    legend: fitLegends(option.legend, box),
    visualMap: fitVisualMaps(option.visualMap, box),
    dataZoom: fitDataZoom(option.dataZoom),
    series: fitSeries(option.series, box, usesGeo),
  };
  const grids = list(option.grid);
  if (grids.length <= 1 && (option.xAxis !== undefined || option.yAxis !== undefined)) {
    // Value labels at the end of horizontal bars sit outside the grid: leave them room on the right.
    const labelRoom = list(option.series).some((s) => s.type === 'bar' && (s.label as Component | undefined)?.show) ? box.labelFontSize * 5 : 0;
    fitted.grid = [{ ...grids[0], ...boxOf({ ...box.body, width: box.body.width - labelRoom }), containLabel: true }];
  }
  if (option.xAxis !== undefined) fitted.xAxis = fitAxes(option.xAxis, box.labelFontSize);
  if (option.yAxis !== undefined) fitted.yAxis = fitAxes(option.yAxis, box.labelFontSize);
  if (usesGeo) {
    fitted.geo = list(option.geo).map((geo) => ({ ...geo, ...boxOf(box.body), layoutCenter: undefined, layoutSize: undefined, label: withFont(geo.label, box.labelFontSize) }));
  }
  for (const key of Object.keys(fitted)) if (Array.isArray(fitted[key]) && (fitted[key] as unknown[]).length === 0) delete fitted[key];
  return fitted;
}

function caption(id: string, text: string, box: TextBox, weight: 'bold' | 'normal', fill: string, slideWidth: number): Component {
  const font = `${weight} ${box.fontSize}px ${EXPORT_FONT_FAMILY}`;
  // Left-aligned lines are cut with an ellipsis at their width; the short right-aligned note hugs the right margin.
  const position = box.align === 'left' ? { left: box.x } : { right: slideWidth - box.x };
  const fit = box.align === 'left' ? { width: box.maxWidth, overflow: 'truncate' } : {};
  return { type: 'text', id, ...position, top: box.y, silent: true, style: { text, fill, font, ...fit } };
}

/** A whole slide: the chart in the layout's body, and its captions. */
export function slideOption(option: ChartOption, layout: SlideLayout, captions: SlideCaptions, background: Background): ChartOption {
  const box: ChartBox = { width: layout.width, height: layout.height, body: layout.body, legendTop: layout.legendTop, labelFontSize: layout.labelFontSize };
  const fitted = fitOption(option, box, background);
  const texts = [
    caption('slide-title', captions.title, layout.title, 'bold', TEXT_COLOR, layout.width),
    caption('slide-filters', captions.filters, layout.filters, 'normal', MUTED_COLOR, layout.width),
    caption('slide-source', captions.source, layout.source, 'normal', MUTED_COLOR, layout.width),
  ];
  if (layout.note && captions.note) texts.push(caption('slide-note', captions.note, layout.note, 'normal', MUTED_COLOR, layout.width));
  if (captions.aside) {
    // On the legend row, right-aligned: above the chart, never over it.
    const right = layout.body.left + layout.body.width;
    const box: TextBox = { x: right, y: layout.legendTop, fontSize: layout.labelFontSize, maxWidth: layout.body.width / 2, align: 'right' };
    texts.push(caption('slide-aside', captions.aside, box, 'bold', TEXT_COLOR, layout.width));
  }
  return { ...fitted, graphic: [...list(option.graphic), ...texts] };
}
