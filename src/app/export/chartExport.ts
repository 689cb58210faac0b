// Export actions behind the buttons: one chart as a slide-sized PNG or SVG, and the whole view as one
// 16:9 PNG composed from every chart re-rendered at full resolution. Loaded on first use (dynamic import).
import { getChart, type ChartId } from '../charts/registry';
import { MESSAGES } from '../i18n';
import { metricLabel } from '../charts/format';
import { withRangeShade } from '../charts/timelineOption';
import type { Store } from '../state/store';
import { exportFileName, filtersLine, mapNote, sourceLine } from './captions';
import { copyPng, saveBlob } from './download';
import { renderCanvas, canvasToPng, renderPng, renderSvg } from './render';
import { slideSizeOf } from './slice';
import { DASHBOARD_SIZE, dashboardLayout, slideLayout, type TextBox } from './slideLayout';
import { EXPORT_FONT_FAMILY, fitOption, slideOption, type ChartBox, type ChartOption } from './slideOption';
import { captionsOf, chartTitle, nationalAside, sourceInfoOf, viewFiltersOf } from './viewContext';

/** The dashboard's charts in reading order (those mounted are exported). */
export const DASHBOARD_CHARTS: readonly ChartId[] = ['map', 'bars-top', 'timeline', 'bars-metrics', 'bars-types'];

/** The option a chart on screen draws; the timeline's date range, shaded over it on screen, drawn in. */
function liveOption(id: ChartId, state: Store): ChartOption {
  const chart = getChart(id);
  if (!chart) throw new Error(`the chart "${id}" is not on screen`);
  const option = chart.getOption() as ChartOption;
  return id === 'timeline' ? (withRangeShade(option, state.view.range) as ChartOption) : option;
}

function hasLegend(option: ChartOption): boolean {
  const legends = Array.isArray(option.legend) ? option.legend : option.legend ? [option.legend] : [];
  return legends.some((l) => (l as { show?: boolean }).show !== false);
}

export type ImageFormat = 'png' | 'svg';

/** The chart as a slide (title, filters, legend, chart, source line, 示意图 on maps) in the chosen format. */
export async function chartImage(id: ChartId, format: ImageFormat, state: Store): Promise<{ blob: Blob; fileName: string }> {
  const settings = state.exportSettings;
  const size = slideSizeOf(settings);
  const option = liveOption(id, state);
  const captions = captionsOf(id, state);
  // The legend row also holds the aside (the 全国 figure beside the China map).
  const layout = slideLayout({ ...size, isMap: id === 'map', hasLegend: hasLegend(option) || !!captions.aside });
  const slide = slideOption(option, layout, captions, settings.background);
  const base = `${exportFileName(viewFiltersOf(state), state.view.lang, id)}-${size.width}x${size.height}`;
  if (format === 'svg') {
    return { blob: new Blob([renderSvg(slide, size)], { type: 'image/svg+xml' }), fileName: `${base}.svg` };
  }
  return { blob: await renderPng(slide, size, settings.pixelRatio), fileName: `${base}@${settings.pixelRatio}x.png` };
}

export async function downloadChartImage(id: ChartId, format: ImageFormat, state: Store): Promise<void> {
  const { blob, fileName } = await chartImage(id, format, state);
  saveBlob(blob, fileName);
}

/** Copies the chart's PNG; false when the browser does not allow images on the clipboard. */
export async function copyChartImage(id: ChartId, state: Store): Promise<boolean> {
  return copyPng((await chartImage(id, 'png', state)).blob);
}

function drawText(ctx: CanvasRenderingContext2D, text: string, box: TextBox, weight: string, colour: string): void {
  ctx.font = `${weight} ${box.fontSize}px ${EXPORT_FONT_FAMILY}`;
  ctx.fillStyle = colour;
  ctx.textBaseline = 'top';
  ctx.textAlign = box.align;
  let shown = text;
  while (shown.length > 1 && ctx.measureText(shown).width > box.maxWidth) shown = `${shown.slice(0, -2)}…`;
  ctx.fillText(shown, box.x, box.y);
}

/** One chart fitted into a dashboard cell below its heading. */
function cellBox(width: number, height: number, labelFontSize: number, legend: boolean): ChartBox {
  const pad = Math.round(labelFontSize * 0.6);
  const top = legend ? labelFontSize * 2 : pad;
  return { width, height, labelFontSize, legendTop: legend ? pad : null, body: { left: pad, top, width: width - 2 * pad, height: height - top - pad } };
}

/** The whole view as one 16:9 PNG: 1920×1080 laid out, drawn at 1× or 2× (3840×2160). */
export async function dashboardImage(state: Store): Promise<{ blob: Blob; fileName: string }> {
  const settings = state.exportSettings;
  const scale = settings.dashboardScale;
  const lang = state.view.lang;
  const ids = DASHBOARD_CHARTS.filter((id) => getChart(id));
  const layout = dashboardLayout(DASHBOARD_SIZE, ids.map((id) => ({ isMap: id === 'map' })));
  const canvas = document.createElement('canvas');
  canvas.width = DASHBOARD_SIZE.width * scale;
  canvas.height = DASHBOARD_SIZE.height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  if (settings.background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, DASHBOARD_SIZE.width, DASHBOARD_SIZE.height);
  }
  const t = MESSAGES[lang];
  drawText(ctx, `${t.appTitle} · ${metricLabel(state.view.metric, lang)}`, layout.title, 'bold', '#1f2329');
  drawText(ctx, filtersLine(viewFiltersOf(state), lang), layout.filters, 'normal', '#5c6370');
  for (const cell of layout.cells) {
    const id = ids[cell.chart];
    const heading: TextBox = { x: cell.left, y: cell.top, fontSize: layout.cellTitleSize, maxWidth: cell.width, align: 'left' };
    const aside = id === 'map' ? nationalAside(state) : null;
    drawText(ctx, aside ? `${chartTitle(id, state)}\u3000${aside}` : chartTitle(id, state), heading, 'bold', '#1f2329');
    const top = cell.top + Math.round(layout.cellTitleSize * 1.4);
    const height = cell.top + cell.height - top;
    const option = liveOption(id, state);
    const fitted = fitOption(option, cellBox(cell.width, height, layout.labelFontSize, hasLegend(option)), settings.background);
    ctx.drawImage(renderCanvas(fitted, { width: cell.width, height }, scale), cell.left, top, cell.width, height);
  }
  const source = sourceInfoOf(state);
  if (source) drawText(ctx, sourceLine(source, lang), layout.source, 'normal', '#5c6370');
  if (layout.note) drawText(ctx, mapNote(lang), layout.note, 'normal', '#5c6370');
  const name = `${exportFileName(viewFiltersOf(state), lang, lang === 'zh' ? '整页' : 'dashboard')}-${canvas.width}x${canvas.height}.png`;
  return { blob: await canvasToPng(canvas), fileName: name };
}

export async function downloadDashboardImage(state: Store): Promise<void> {
  const { blob, fileName } = await dashboardImage(state);
  saveBlob(blob, fileName);
}
