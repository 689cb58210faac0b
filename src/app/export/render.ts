// Offscreen ECharts instances: the dashboard's chart options re-rendered at a fixed size, never a screenshot.
// Canvas renderer for PNG (at a pixel ratio), SVG renderer (server-side string mode) for real vector SVG.
import { GraphicComponent } from 'echarts/components';
import { echarts } from '../charts/echarts';
import type { ChartOption } from './slideOption';

// The captions are graphic text; the dashboard itself does not draw graphics, so register them here.
echarts.use([GraphicComponent]);

export interface RenderSize {
  width: number;
  height: number;
}

/** A canvas of the option at width × height layout pixels, drawn at `pixelRatio` device pixels each. */
export function renderCanvas(option: ChartOption, size: RenderSize, pixelRatio: number): HTMLCanvasElement {
  const host = document.createElement('div');
  const chart = echarts.init(host, null, { renderer: 'canvas', width: size.width, height: size.height, devicePixelRatio: pixelRatio });
  try {
    chart.setOption(option, { notMerge: true });
    const drawn = host.querySelector('canvas');
    if (!drawn) throw new Error('ECharts drew no canvas');
    // A copy, because disposing of the instance clears its canvas.
    const copy = document.createElement('canvas');
    copy.width = drawn.width;
    copy.height = drawn.height;
    copy.getContext('2d')!.drawImage(drawn, 0, 0);
    return copy;
  } finally {
    chart.dispose();
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

export function renderPng(option: ChartOption, size: RenderSize, pixelRatio: number): Promise<Blob> {
  return canvasToPng(renderCanvas(option, size, pixelRatio));
}

/** The option as an SVG document: vector paths and text, at width × height. */
export function renderSvg(option: ChartOption, size: RenderSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
