// Where things go on a slide-sized image: title and filters on top, the chart's legend under them, the chart in
// the middle, the source line and (for maps) the 示意图 note at the bottom. Sizes scale with the slide height so
// a 1280×720 and a 1920×1080 image look the same on a 16:9 slide.

export interface Size {
  width: number;
  height: number;
}

/** The slide sizes a presenter chooses from (16:9). */
export const SLIDE_SIZES: readonly Size[] = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

/** The dashboard image: laid out at 1920×1080, drawn at 1× or 2× (3840×2160). */
export const DASHBOARD_SIZE: Size = { width: 1920, height: 1080 };

export interface TextBox {
  x: number;
  y: number;
  fontSize: number;
  /** Widest the line may be before it is shortened. */
  maxWidth: number;
  align: 'left' | 'right';
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface SlideLayout extends Size {
  title: TextBox;
  filters: TextBox;
  /** Top of the chart's own legend (its visualMap sits at the bottom left of the body). */
  legendTop: number;
  /** The chart proper: axes, bars, map. */
  body: Rect;
  source: TextBox;
  note: TextBox | null;
  /** Font size of axis labels, legend and data labels. */
  labelFontSize: number;
}

export interface SlideLayoutInput extends Size {
  /** Maps carry the 示意图 note. */
  isMap: boolean;
  /** Whether the chart shows a legend row above the body. */
  hasLegend: boolean;
}

/** Font sizes are fractions of the height: 1080 → title 44, filters 24, labels 20, source 19. */
const SCALE = { title: 0.041, filters: 0.022, label: 0.0185, source: 0.0175, margin: 0.035, gap: 0.012 } as const;

export function slideLayout({ width, height, isMap, hasLegend }: SlideLayoutInput): SlideLayout {
  const px = (f: number) => Math.round(height * f);
  const margin = px(SCALE.margin);
  const gap = px(SCALE.gap);
  const titleSize = px(SCALE.title);
  const filtersSize = px(SCALE.filters);
  const labelFontSize = px(SCALE.label);
  const sourceSize = px(SCALE.source);
  const textWidth = width - 2 * margin;

  const titleY = margin;
  const filtersY = titleY + titleSize + gap;
  const legendTop = filtersY + filtersSize + 2 * gap;
  const bodyTop = legendTop + (hasLegend ? labelFontSize + 2 * gap : 0);
  const sourceY = height - margin - sourceSize;
  const bodyBottom = sourceY - 2 * gap;
  const noteWidth = Math.round(textWidth * 0.3);

  return {
    width,
    height,
    title: { x: margin, y: titleY, fontSize: titleSize, maxWidth: textWidth, align: 'left' },
    filters: { x: margin, y: filtersY, fontSize: filtersSize, maxWidth: textWidth, align: 'left' },
    legendTop,
    body: { left: margin, top: bodyTop, width: textWidth, height: bodyBottom - bodyTop },
    source: { x: margin, y: sourceY, fontSize: sourceSize, maxWidth: isMap ? textWidth - noteWidth - gap : textWidth, align: 'left' },
    note: isMap ? { x: width - margin, y: sourceY, fontSize: sourceSize, maxWidth: noteWidth, align: 'right' } : null,
    labelFontSize,
  };
}

export interface DashboardCell extends Rect {
  /** Index of the chart in the list given. */
  chart: number;
}

export interface DashboardLayout extends Size {
  title: TextBox;
  filters: TextBox;
  cells: DashboardCell[];
  /** Height of each cell's own heading (the panel title), drawn above its chart. */
  cellTitleSize: number;
  source: TextBox;
  note: TextBox | null;
  labelFontSize: number;
}

/**
 * The whole view on one 16:9 image. With a map: the map and the first other chart side by side in the upper
 * 60 %, the remaining charts in one row below. Without a map: the charts in a grid of two columns.
 */
export function dashboardLayout(size: Size, charts: readonly { isMap: boolean }[]): DashboardLayout {
  const base = slideLayout({ ...size, isMap: charts.some((c) => c.isMap), hasLegend: false });
  const gap = Math.round(size.height * SCALE.gap * 1.5);
  const { body } = base;
  const mapIndex = charts.findIndex((c) => c.isMap);
  const others = charts.map((_, i) => i).filter((i) => i !== mapIndex);
  const cells: DashboardCell[] = [];
  if (mapIndex < 0) {
    cells.push(...stack(others, body, others.length > 1 ? 2 : 1, gap));
  } else {
    const below = others.slice(1);
    const topHeight = below.length === 0 ? body.height : Math.round((body.height - gap) * 0.6);
    const mapWidth = others.length === 0 ? body.width : Math.round((body.width - gap) * 0.55);
    cells.push({ chart: mapIndex, left: body.left, top: body.top, width: mapWidth, height: topHeight });
    if (others.length > 0) {
      cells.push({ chart: others[0], left: body.left + mapWidth + gap, top: body.top, width: body.width - mapWidth - gap, height: topHeight });
    }
    const row = { left: body.left, top: body.top + topHeight + gap, width: body.width, height: body.height - topHeight - gap };
    cells.push(...stack(below, row, below.length, gap));
  }
  return {
    width: size.width,
    height: size.height,
    title: base.title,
    filters: base.filters,
    cells,
    cellTitleSize: base.filters.fontSize,
    source: base.source,
    note: base.note,
    labelFontSize: Math.round(base.labelFontSize * 0.75),
  };
}

/** Charts in `columns` columns filling `area` row by row. */
function stack(charts: readonly number[], area: Rect, columns: number, gap: number): DashboardCell[] {
  if (charts.length === 0) return [];
  const rows = Math.ceil(charts.length / columns);
  const width = (area.width - (columns - 1) * gap) / columns;
  const height = (area.height - (rows - 1) * gap) / rows;
  return charts.map((chart, i) => ({
    chart,
    left: Math.round(area.left + (i % columns) * (width + gap)),
    top: Math.round(area.top + Math.floor(i / columns) * (height + gap)),
    width: Math.round(width),
    height: Math.round(height),
  }));
}
