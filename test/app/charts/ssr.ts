// Server-side rendering of chart options to SVG (no browser), and reading back what was drawn.
import fs from 'node:fs';
import path from 'node:path';
import { echarts } from '../../../src/app/charts/echarts';
import type { EChartsCoreOption } from '../../../src/app/charts/echarts';
import { prepareGeo } from '../../../src/app/geo/geoJson';
import type { PreparedGeo } from '../../../src/app/geo/geoJson';

const GEO = path.resolve(import.meta.dirname, '../../../geo/echarts-4.9.0');

/** Registers a geo file; `rename` may change feature names first (a file that names regions its own way). */
export function registerGeo(mapName: string, file: string, rename: (name: string) => string = (n) => n): PreparedGeo {
  const json = JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8')) as { features: { properties: { name: string } }[] };
  for (const f of json.features) f.properties.name = rename(f.properties.name);
  const prepared = prepareGeo(json);
  echarts.registerMap(mapName, json as never);
  return prepared;
}

export interface Drawn {
  svg: string;
  /** Fill of the map region whose name (as the geo file names it) is given. */
  fillOf: (name: string) => string | undefined;
  dispose: () => void;
}

export function renderSvg(option: EChartsCoreOption, width = 800, height = 600): Drawn {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  const data = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { count(): number; getName(i: number): string } } } })
    .getModel()
    .getSeriesByIndex(0)
    .getData();
  const indexOf = new Map<string, number>();
  for (let i = 0; i < data.count(); i++) indexOf.set(data.getName(i), i);
  return {
    svg,
    fillOf: (name) => {
      const i = indexOf.get(name);
      if (i === undefined) return undefined;
      const m = svg.match(new RegExp(`<path[^>]*fill="([^"]+)"[^>]*ecmeta_series_index="0" ecmeta_data_index="${i}"`));
      return m?.[1];
    },
    dispose: () => chart.dispose(),
  };
}
