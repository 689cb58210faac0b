// The choropleth: (figures, view) → ECharts option. Regions are joined by adcode: each figure's adcode is
// looked up in the loaded geo file's own features (geo/geoJson.ts) to find the region's name there, and the
// tooltip and clicks go back from that name to the adcode through the same lookup. Names from our own
// region catalogue are only ever used for what is displayed (labels, tooltips), never for the join.
// Regions without figures keep the series' own "no figures" colour, never the colour of 0.
import type { MetricKey } from '../../core/metrics';
import type { RegionFigure } from '../state/selectors';
import type { Lang, ScaleMode } from '../state/store';
import { MESSAGES } from '../i18n';
import { formatValue, metricLabel, regionName } from './format';
import type { EChartsCoreOption } from './echarts';
import type { PreparedGeo } from '../geo/geoJson';

export const NO_FIGURES_COLOUR = '#d4d4d8';
export const SCALE_COLOURS = ['#fff1dc', '#fdc98a', '#f98c40', '#d9530f', '#8c2d04'];
export const SELECTED_BORDER = '#1d3b8b';

export interface MapInput {
  /** Registered map name ('china' or 'province-150000'). */
  mapName: string;
  /** The loaded geo file's features: adcode → feature name and back (geo/geoJson.ts), the join by adcode. */
  geo: Pick<PreparedGeo, 'names' | 'adcodeOf'>;
  /** Figures per region adcode (provinces, or prefectures when drilled). */
  figures: ReadonlyMap<number, RegionFigure>;
  metric: MetricKey;
  selection: number | null;
  scale: ScaleMode;
  lang: Lang;
  /** Draw the regions' names (the prefecture maps are small enough). */
  labels?: boolean;
}

export interface QuantileClass {
  min: number;
  max: number;
  /** False for every class but the first: its lower bound belongs to the class below. */
  includesMin: boolean;
  label: string;
}

/** Up to five classes, each holding about the same number of regions; empty when nothing has a figure. */
export function quantileClasses(values: number[], lang: Lang, count = 5): QuantileClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return [];
  const bounds: number[] = [];
  for (let k = 1; k < count; k++) bounds.push(sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / count))]);
  const edges = [...new Set([sorted[0], ...bounds, sorted[sorted.length - 1]])];
  if (edges.length === 1) return [{ min: edges[0], max: edges[0], includesMin: true, label: formatValue(edges[0], false, lang) }];
  return edges.slice(1).map((max, k) => ({
    min: edges[k],
    max,
    includesMin: k === 0,
    label: `${k === 0 ? '' : '>'}${formatValue(edges[k], false, lang)} – ${formatValue(max, false, lang)}`,
  }));
}

/** Bottom of the colour scale: above the "no figures" entry, which sits at the bottom left. */
const SCALE_BOTTOM = 32;

function scaleVisualMap(values: number[], scale: ScaleMode, lang: Lang): EChartsCoreOption {
  const common = { left: 8, bottom: SCALE_BOTTOM, itemWidth: 14, textStyle: { fontSize: 11 }, seriesIndex: 0 };
  if (scale === 'quantile') {
    const classes = quantileClasses(values, lang);
    const colours = SCALE_COLOURS.slice(SCALE_COLOURS.length - classes.length);
    return {
      ...common,
      type: 'piecewise',
      pieces: classes.map((c, k) => ({ [c.includesMin ? 'gte' : 'gt']: c.min, lte: c.max, label: c.label, color: colours[k] })),
    };
  }
  const max = values.length ? Math.max(...values) : 1;
  return {
    ...common,
    type: 'continuous',
    min: 0,
    max: max || 1,
    calculable: true,
    inRange: { color: SCALE_COLOURS },
    itemHeight: 110,
    formatter: (v: number) => formatValue(Math.round(v), false, lang),
  };
}

/**
 * The "no figures reported" colour as a legend entry of its own, under the scale in both modes, so grey is
 * never read as 0. It colours nothing (seriesIndex []): regions without figures take the series' own
 * area colour; this only names it.
 */
export function noFiguresLegend(lang: Lang): EChartsCoreOption {
  return {
    id: 'no-figures',
    type: 'piecewise',
    seriesIndex: [],
    left: 8,
    bottom: 8,
    itemWidth: 14,
    itemHeight: 12,
    selectedMode: false,
    textStyle: { fontSize: 11 },
    pieces: [{ lt: 0, label: MESSAGES[lang].noFigures, color: NO_FIGURES_COLOUR }],
  };
}

function visualMap(values: number[], scale: ScaleMode, lang: Lang): EChartsCoreOption[] {
  return [scaleVisualMap(values, scale, lang), noFiguresLegend(lang)];
}

export function tooltipText(adcode: number, input: MapInput): string {
  const t = MESSAGES[input.lang];
  const name = regionName(adcode, input.lang, input.geo.names);
  const f = input.figures.get(adcode);
  const metric = metricLabel(input.metric, input.lang);
  if (!f || f.facts === 0) return `${name}\n${metric}: ${t.noFigures}${f ? `\n${f.articles} ${t.articles}` : ''}`;
  const approx = f.approx ? ` (${t.approx})` : '';
  return `${name}\n${metric}: ${formatValue(f.value, f.approx, input.lang)}${approx}\n${f.facts} ${t.figures} · ${f.articles} ${t.articles}`;
}

/** The adcode of a region the map names (a click, a hover), or null for a feature without one (南海诸岛). */
export function adcodeOfRegion(name: string, geo: Pick<PreparedGeo, 'adcodeOf'>): number | null {
  return geo.adcodeOf.get(name) ?? null;
}

const SELECTED_STYLE = { itemStyle: { borderColor: SELECTED_BORDER, borderWidth: 2.5 } };

export function buildMapOption(input: MapInput): EChartsCoreOption {
  const { names } = input.geo;
  // 全国 has no polygon: it is shown beside the map and must not stretch the colour scale. Figures for
  // places the geo file has no feature for cannot be drawn and would only stretch it too.
  const withFigures = [...input.figures.values()].filter((f) => f.facts > 0 && names.has(f.adcode));
  const data: object[] = withFigures.map((f) => ({
    name: names.get(f.adcode),
    value: f.value,
    ...(f.adcode === input.selection ? SELECTED_STYLE : {}),
  }));
  const selectedName = input.selection === null ? undefined : names.get(input.selection);
  if (selectedName !== undefined && !withFigures.some((f) => f.adcode === input.selection)) {
    data.push({ name: selectedName, value: NaN, ...SELECTED_STYLE });
  }
  const adcodeOrNull = (name: string) => adcodeOfRegion(name, input.geo);
  return {
    animation: false,
    // Drawn on the canvas (richText), not as an HTML box: no page layout on every update, and no markup.
    tooltip: {
      trigger: 'item',
      confine: true,
      renderMode: 'richText',
      formatter: (p: { name: string }) => {
        const adcode = adcodeOrNull(p.name);
        return adcode === null ? p.name : tooltipText(adcode, input);
      },
    },
    visualMap: visualMap(
      withFigures.map((f) => f.value),
      input.scale,
      input.lang,
    ),
    series: [
      {
        type: 'map',
        map: input.mapName,
        roam: true,
        scaleLimit: { min: 1, max: 16 },
        selectedMode: false,
        top: 16,
        bottom: 16,
        left: 'center',
        labelLayout: { hideOverlap: true },
        label: {
          show: !!input.labels,
          fontSize: 10,
          formatter: (p: { name: string }) => {
            const adcode = adcodeOrNull(p.name);
            return adcode === null ? p.name : regionName(adcode, input.lang, names);
          },
        },
        itemStyle: { areaColor: NO_FIGURES_COLOUR, borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#8ab4f8' } },
        data,
      },
    ],
  };
}
