// The imported figures as the dashboard draws them: per region for the map, table and top bars, per month for
// the timeline, and merged with the extracted figures when both layers are shown. Pure functions.
import type { MetricKey } from '../../core/metrics';
import type { MetricFigure, MonthlySeries, RegionFigure } from '../state/selectors';
import type { ImportedFigure } from './parseImport';
import type { LayerMode } from './slice';

/** Month range as the store keeps it: ['YYYY-MM', 'YYYY-MM'] or null. */
export type MonthRange = [string, string] | null;

/** Whether a figure's date (YYYY, YYYY-MM or YYYY-MM-DD) falls in the range; undated figures only without one. */
export function inRange(date: string | null, range: MonthRange): boolean {
  if (!range) return true;
  if (!date) return false;
  if (date.length === 4) return date >= range[0].slice(0, 4) && date <= range[1].slice(0, 4);
  const month = date.slice(0, 7);
  return month >= range[0] && month <= range[1];
}

/** The map feature a figure is drawn in: its province on the China map, its city (or prefecture) when drilled. */
function featureKey(figure: ImportedFigure, drill: number | null, featureIds: ReadonlySet<number> | null): number | null {
  if (drill === null) return figure.adcode;
  if (figure.adcode !== drill || figure.cityAdcode === undefined) return null;
  const city = figure.cityAdcode;
  if (!featureIds || featureIds.has(city)) return city;
  const prefecture = Math.floor(city / 100) * 100;
  return featureIds.has(prefecture) ? prefecture : city;
}

export function importedRegionFigures(
  figures: readonly ImportedFigure[],
  metric: MetricKey,
  range: MonthRange,
  drill: number | null,
  featureIds: ReadonlySet<number> | null,
): Map<number, RegionFigure> {
  const out = new Map<number, RegionFigure>();
  for (const f of figures) {
    if (f.metric !== metric || !inRange(f.date, range)) continue;
    const key = featureKey(f, drill, featureIds);
    if (key === null) continue;
    const r = out.get(key) ?? { adcode: key, value: 0, approx: false, facts: 0, articles: 0 };
    r.value += f.value;
    r.facts += 1;
    r.approx ||= f.approx;
    out.set(key, r);
  }
  return out;
}

/** The figures the chosen layer shows: either map alone, or both added region by region. */
export function mergeRegionFigures(
  extracted: ReadonlyMap<number, RegionFigure>,
  imported: ReadonlyMap<number, RegionFigure>,
  layer: LayerMode,
): Map<number, RegionFigure> {
  if (layer === 'extracted') return new Map(extracted);
  if (layer === 'imported') return new Map(imported);
  const out = new Map<number, RegionFigure>();
  for (const [k, r] of extracted) out.set(k, { ...r });
  for (const [k, r] of imported) {
    const e = out.get(k);
    out.set(k, e ? { ...e, value: e.value + r.value, facts: e.facts + r.facts, approx: e.approx || r.approx } : { ...r });
  }
  return out;
}

/** Whether a figure of a province (and city) belongs to the selected region: a province, 全国, or a city and its counties. */
export function inRegion(adcode: number, cityAdcode: number | undefined, selection: number | null): boolean {
  if (selection === null) return true;
  if (selection % 10000 === 0) return adcode === selection;
  return cityAdcode !== undefined && (cityAdcode === selection || Math.floor(cityAdcode / 100) * 100 === selection);
}

const inSelection = (f: ImportedFigure, selection: number | null) => inRegion(f.adcode, f.cityAdcode, selection);

/**
 * The selection's figures by metric (the bars beside the map) with the imported figures of the selection and
 * date range added, or alone.
 */
export function mergeMetricFigures(
  extracted: readonly MetricFigure[],
  figures: readonly ImportedFigure[],
  range: MonthRange,
  selection: number | null,
  layer: LayerMode,
): MetricFigure[] {
  if (layer === 'extracted') return [...extracted];
  const out = extracted.map((m) => (layer === 'both' ? { ...m } : { metric: m.metric, value: 0, approx: false, facts: 0 }));
  const byMetric = new Map(out.map((m) => [m.metric, m]));
  for (const f of figures) {
    if (!inRange(f.date, range) || !inSelection(f, selection)) continue;
    const m = byMetric.get(f.metric);
    if (!m) continue;
    m.value += f.value;
    m.facts += 1;
    m.approx ||= f.approx;
  }
  return out;
}

/**
 * The timeline's series with the imported figures of the metric added per month (a year-only figure is drawn
 * in January of its year; undated figures have no place on a timeline). Months outside the extracted range
 * are added, so the axis covers both layers.
 */
export function mergeMonthly(
  series: MonthlySeries,
  figures: readonly ImportedFigure[],
  metric: MetricKey,
  selection: number | null,
  layer: LayerMode,
): MonthlySeries {
  if (layer === 'extracted') return series;
  const byMonth = new Map<string, number>();
  for (const f of figures) {
    if (f.metric !== metric || !f.date || !inSelection(f, selection)) continue;
    const month = f.date.length === 4 ? `${f.date}-01` : f.date.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + f.value);
  }
  if (byMonth.size === 0 && layer === 'both') return series;
  const months = monthsCovering([...series.months, ...byMonth.keys()]);
  const index = new Map(series.months.map((m, k) => [m, k]));
  const at = (m: string, values: number[]) => {
    const k = index.get(m);
    return k === undefined ? 0 : values[k];
  };
  return {
    months,
    articles: months.map((m) => at(m, series.articles)),
    values: months.map((m) => (layer === 'both' ? at(m, series.values) : 0) + (byMonth.get(m) ?? 0)),
  };
}

/** Every month from the earliest to the latest of the given 'YYYY-MM' keys. */
export function monthsCovering(keys: readonly string[]): string[] {
  if (keys.length === 0) return [];
  const sorted = [...keys].sort();
  const [y0, m0] = sorted[0].split('-').map(Number);
  const last = sorted[sorted.length - 1];
  const out: string[] = [];
  for (let y = y0, m = m0; ; m === 12 ? (y++, (m = 1)) : m++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
  }
  return out;
}
