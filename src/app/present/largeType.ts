// Large type for presentation mode: every text size of a chart option multiplied (ECharts' default of 12 where
// the option sets none), legend keys with it, and grids that make room for the larger axis labels. Pure.
import type { ChartOption } from '../export/slideOption';

type Component = Record<string, unknown>;

/** ECharts' own default font size, used where an option leaves it unset. */
const ECHARTS_DEFAULT_FONT_SIZE = 12;

function list(value: unknown): Component[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Component[];
}

function scaled(style: unknown, factor: number): Component {
  const s = (style ?? {}) as Component;
  const size = typeof s.fontSize === 'number' ? s.fontSize : ECHARTS_DEFAULT_FONT_SIZE;
  return { ...s, fontSize: Math.round(size * factor) };
}

function scaleNumber(value: unknown, factor: number): number | undefined {
  return typeof value === 'number' ? Math.round(value * factor) : undefined;
}

const scaleAxes = (axes: unknown, factor: number) =>
  list(axes).map((a) => ({ ...a, axisLabel: scaled(a.axisLabel, factor), nameTextStyle: scaled(a.nameTextStyle, factor) }));

/** The option with its type `factor` times larger; components keep their lists-or-objects shape. */
export function enlargeType(option: ChartOption, factor: number): ChartOption {
  const out: ChartOption = { ...option, textStyle: scaled(option.textStyle, factor) };
  if (option.title !== undefined) out.title = list(option.title).map((t) => ({ ...t, textStyle: scaled(t.textStyle, factor) }));
  if (option.legend !== undefined) {
    out.legend = list(option.legend).map((l) => ({
      ...l,
      textStyle: scaled(l.textStyle, factor),
      itemWidth: scaleNumber(l.itemWidth, factor) ?? Math.round(25 * factor),
      itemHeight: scaleNumber(l.itemHeight, factor) ?? Math.round(14 * factor),
    }));
  }
  if (option.visualMap !== undefined) {
    // Offsets grow with the type, so legends stacked at the bottom left (scale above "no figures") stay apart.
    out.visualMap = list(option.visualMap).map((v) => ({
      ...v,
      textStyle: scaled(v.textStyle, factor),
      itemWidth: scaleNumber(v.itemWidth, factor),
      ...(typeof v.bottom === 'number' ? { bottom: scaleNumber(v.bottom, factor) } : {}),
    }));
  }
  if (option.xAxis !== undefined) out.xAxis = scaleAxes(option.xAxis, factor);
  if (option.yAxis !== undefined) out.yAxis = scaleAxes(option.yAxis, factor);
  // Larger labels need room: let each grid contain its axis labels instead of fixed pixel margins.
  if (option.grid !== undefined) out.grid = list(option.grid).map((g) => ({ ...g, containLabel: true }));
  if (option.series !== undefined) {
    out.series = list(option.series).map((s) => (s.label === undefined ? s : { ...s, label: scaled(s.label, factor) }));
  }
  return out;
}
