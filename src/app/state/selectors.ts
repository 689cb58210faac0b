// Derived figures: pure functions of the compiled columns and the view, each memoised on its inputs
// (the last call's arguments) so the map, table and bars that need the same totals share one computation.
import type { Level } from '../../core/contract';
import { INSPECTION_TYPES, METRIC_KEYS } from '../../core/metrics';
import type { InspectionType, MetricKey } from '../../core/metrics';
import type { Columns } from './columns';
import type { SearchParts } from './store';
import { FLAG_APPROX, FLAG_COUNTED, monthNumber } from './columns';
import { buildCube, cubeTotals, slotsInRange } from './cube';
import type { RegionCube } from './cube';

export interface Filters {
  range: [string, string] | null;
  types: InspectionType[];
  level: Level | null;
  /** Per ordinal: 1 when the article matches the search query; null when there is no query. */
  matches: Uint8Array | null;
}

export interface RegionFigure {
  adcode: number;
  /** Sum of the counted figures (reprints counted once). */
  value: number;
  approx: boolean;
  /** Number of counted figures. */
  facts: number;
  /** Articles about the region that pass the filters. */
  articles: number;
}

const LEVEL_CODE: Record<Level, number> = { central: 1, provincial: 2, 'city-county': 3 };

/**
 * Memoises on argument identity, keeping the last two results: the list (current view) and the charts
 * (deferred view, one step behind during a transition) ask for the same selector with different arguments.
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R, size = 2): (...args: A) => R {
  const entries: { args: A; result: R }[] = [];
  const same = (a: A, b: A) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return (...args: A) => {
    const hit = entries.find((e) => same(e.args, args));
    if (hit) return hit.result;
    const result = fn(...args);
    entries.unshift({ args, result });
    if (entries.length > size) entries.pop();
    return result;
  };
}

/** Province adcode ↔ the code the index uses (adcode / 10000; 全国 = 10). */
export const provinceCode = (adcode: number) => adcode / 10000;
export const provinceAdcode = (code: number) => code * 10000;
export const isProvinceAdcode = (adcode: number) => adcode % 10000 === 0;

/** A county's prefecture (150102 → 150100); a prefecture stays itself. */
export const prefectureOf = (adcode: number) => Math.floor(adcode / 100) * 100;

/** The map feature a city adcode is drawn in: itself when the map has it, else its prefecture. */
export function featureOf(adcode: number, featureIds: ReadonlySet<number> | null): number {
  if (!featureIds || featureIds.has(adcode)) return adcode;
  const up = prefectureOf(adcode);
  return featureIds.has(up) ? up : adcode;
}

function makeArticleTest(c: Columns, f: Filters): (i: number) => boolean {
  const typeMask = f.types.reduce((m, t) => m | (1 << INSPECTION_TYPES.indexOf(t)), 0);
  const level = f.level ? LEVEL_CODE[f.level] : 0;
  const from = f.range ? monthNumber(f.range[0]) : 0;
  const to = f.range ? monthNumber(f.range[1]) : 0;
  const fromYear = Math.floor(from / 100) * 100;
  return (i) => {
    if (typeMask && !(c.types[i] & typeMask)) return false;
    if (level && c.level[i] !== level) return false;
    if (f.matches && !f.matches[i]) return false;
    if (f.range) {
      const m = c.month[i];
      if (m === 0) return false;
      // A year-only date passes when its year overlaps the range.
      if (m % 100 === 0 ? m < fromYear || m > to : m < from || m > to) return false;
    }
    return true;
  };
}

function makeRegionTest(c: Columns, region: number | null): (i: number) => boolean {
  if (region === null) return () => true;
  if (isProvinceAdcode(region)) {
    const code = provinceCode(region);
    return (i) => c.provinces[i].includes(code);
  }
  return (i) => c.cities[i].some((x) => x === region || prefectureOf(x) === region);
}

function makeFactRegionTest(c: Columns, region: number | null): (j: number) => boolean {
  if (region === null) return () => true;
  if (isProvinceAdcode(region)) {
    const code = provinceCode(region);
    return (j) => c.factProvince[j] === code;
  }
  return (j) => c.factCity[j] === region || prefectureOf(c.factCity[j]) === region;
}

/** Ordinals of the articles the list shows (newest first, as the index is ordered). */
export const selectArticleOrdinals = memoLast((c: Columns, f: Filters, selection: number | null): Int32Array => {
  const passes = makeArticleTest(c, f);
  const inRegion = makeRegionTest(c, selection);
  const out = new Int32Array(c.count);
  let n = 0;
  for (let i = 0; i < c.count; i++) if (passes(i) && inRegion(i)) out[n++] = i;
  return out.slice(0, n);
});

/** Filters a cube answers: the date range alone. */
const rangeOnly = (f: Filters) => !f.types.length && !f.level && !f.matches;

interface CubeEntry {
  drill: number | null;
  featureIds: ReadonlySet<number> | null;
  cube: RegionCube | null;
}

/** The cubes built so far for each loaded index: the China map's, and those of the last prefecture maps. */
const cubes = new WeakMap<Columns, CubeEntry[]>();

/**
 * The cube of the China map (per province and 全国), or of a province's prefecture map: built when `build`
 * (a range is asked for), else only if already there (undefined if not), so that loading does not wait
 * for it; prepareCube builds the China map's in idle time after loading.
 */
function regionCube(c: Columns, drill: number | null, featureIds: ReadonlySet<number> | null, build: boolean): RegionCube | null | undefined {
  let built = cubes.get(c);
  if (!built) cubes.set(c, (built = []));
  const hit = built.find((e) => e.drill === drill && e.featureIds === featureIds);
  if (hit || !build) return hit?.cube;
  const drillCode = drill === null ? null : provinceCode(drill);
  const cube =
    drillCode === null
      ? buildCube(c, {
          articleKeys: (i, visit) => c.provinces[i].forEach((p) => visit(provinceAdcode(p))),
          factKey: (j) => provinceAdcode(c.factProvince[j]),
        })
      : buildCube(c, {
          articleKeys: (i, visit) => c.provinces[i].includes(drillCode) && c.cities[i].forEach((x) => visit(featureOf(x, featureIds))),
          factKey: (j) => (c.factProvince[j] === drillCode && c.factCity[j] ? featureOf(c.factCity[j], featureIds) : null),
        });
  built.push({ drill, featureIds, cube });
  if (built.length > 4) built.splice(1, 1); // the China map's stays
  return cube;
}

/** Builds the China map's cube ahead of the first brush (call when idle after loading). */
export function prepareCube(c: Columns): void {
  regionCube(c, null, null, true);
}

function cubeRegionFigures(cube: RegionCube, f: Filters, metric: MetricKey): Map<number, RegionFigure> {
  const m = METRIC_KEYS.indexOf(metric);
  const out = new Map<number, RegionFigure>();
  for (const t of cubeTotals(cube, slotsInRange(cube, f.range))) {
    out.set(t.key, { adcode: t.key, value: t.value[m], approx: t.approx[m] === 1, facts: t.facts[m], articles: t.articles });
  }
  return out;
}

function countRegionFigures(
  c: Columns,
  f: Filters,
  metric: MetricKey,
  drill: number | null,
  featureIds: ReadonlySet<number> | null,
): Map<number, RegionFigure> {
  const passes = makeArticleTest(c, f);
  const metricCode = METRIC_KEYS.indexOf(metric);
  const drillCode = drill === null ? null : provinceCode(drill);
  const out = new Map<number, RegionFigure>();
  // stamp.get(key) === i: region `key` already counted article i (no Set per article: 100,000 of them).
  const stamp = new Map<number, number>();
  const at = (adcode: number) => {
    let r = out.get(adcode);
    if (!r) out.set(adcode, (r = { adcode, value: 0, approx: false, facts: 0, articles: 0 }));
    return r;
  };
  const countArticle = (key: number, i: number) => {
    if (stamp.get(key) === i) return;
    stamp.set(key, i);
    at(key).articles += 1;
  };
  for (let i = 0; i < c.count; i++) {
    if (!passes(i)) continue;
    if (drillCode === null) for (const p of c.provinces[i]) countArticle(provinceAdcode(p), i);
    else if (c.provinces[i].includes(drillCode)) for (const x of c.cities[i]) countArticle(featureOf(x, featureIds), i);
    for (let j = c.factStart[i]; j < c.factStart[i + 1]; j++) {
      if (c.factMetric[j] !== metricCode || !(c.factFlags[j] & FLAG_COUNTED)) continue;
      let key: number;
      if (drillCode === null) key = provinceAdcode(c.factProvince[j]);
      else if (c.factProvince[j] === drillCode && c.factCity[j]) key = featureOf(c.factCity[j], featureIds);
      else continue;
      const r = at(key);
      r.value += c.factValue[j];
      r.facts += 1;
      if (c.factFlags[j] & FLAG_APPROX) r.approx = true;
      countArticle(key, i);
    }
  }
  return out;
}

/**
 * The figures the map, the region table and the top-regions bars draw: per province (and 全国) on the China
 * map, per prefecture feature when drilled into a province. The selection does not filter them (the map shows
 * every region; the selection is highlighted). A date range alone is summed from the cube; other filters
 * count the articles.
 */
export const selectRegionFigures = memoLast(
  (
    c: Columns,
    f: Filters,
    metric: MetricKey,
    drill: number | null,
    featureIds: ReadonlySet<number> | null,
  ): Map<number, RegionFigure> => {
    const cube = rangeOnly(f) ? regionCube(c, drill, featureIds, f.range !== null) : null;
    return cube ? cubeRegionFigures(cube, f, metric) : countRegionFigures(c, f, metric, drill, featureIds);
  },
);

export interface MonthlySeries {
  months: string[];
  articles: number[];
  values: number[];
}

/** The filters without their date range, the same object as long as the other filters stay the same. */
const rangeless = memoLast((types: Filters['types'], level: Filters['level'], matches: Filters['matches']): Filters => ({ range: null, types, level, matches }));

/**
 * Articles and the metric per month for the selection, under every filter but the date range (the brush):
 * a brush or a play step changes only the range, so the months are not counted again.
 */
export function selectMonthly(c: Columns, f: Filters, metric: MetricKey, selection: number | null): MonthlySeries {
  return monthlyOf(c, rangeless(f.types, f.level, f.matches), metric, selection);
}

const monthlyOf = memoLast(
  (c: Columns, f: Filters, metric: MetricKey, selection: number | null): MonthlySeries => {
    const passes = makeArticleTest(c, f);
    const inRegion = makeRegionTest(c, selection);
    const inFactRegion = makeFactRegionTest(c, selection);
    const metricCode = METRIC_KEYS.indexOf(metric);
    const articles = new Array<number>(c.months.length).fill(0);
    const values = new Array<number>(c.months.length).fill(0);
    for (let i = 0; i < c.count; i++) {
      const k = c.monthSlot[i];
      if (k < 0 || !passes(i) || !inRegion(i)) continue;
      articles[k] += 1;
      for (let j = c.factStart[i]; j < c.factStart[i + 1]; j++) {
        if (c.factMetric[j] === metricCode && c.factFlags[j] & FLAG_COUNTED && inFactRegion(j)) values[k] += c.factValue[j];
      }
    }
    return { months: c.months, articles, values };
  },
);

export interface MetricFigure {
  metric: MetricKey;
  value: number;
  approx: boolean;
  facts: number;
}

/** Every metric's total for the China map's cube: one province (or 全国), or every region for null. */
function cubeMetricFigures(cube: RegionCube, f: Filters, selection: number | null): MetricFigure[] {
  const out = METRIC_KEYS.map((metric) => ({ metric, value: 0, approx: false, facts: 0 }));
  for (const t of cubeTotals(cube, slotsInRange(cube, f.range))) {
    if (selection !== null && t.key !== selection) continue;
    out.forEach((m, k) => {
      m.value += t.value[k];
      m.facts += t.facts[k];
      m.approx ||= t.approx[k] === 1;
    });
  }
  return out;
}

function countMetricFigures(c: Columns, f: Filters, selection: number | null): MetricFigure[] {
  const passes = makeArticleTest(c, f);
  const inFactRegion = makeFactRegionTest(c, selection);
  const out = METRIC_KEYS.map((metric) => ({ metric, value: 0, approx: false, facts: 0 }));
  for (let i = 0; i < c.count; i++) {
    if (!passes(i)) continue;
    for (let j = c.factStart[i]; j < c.factStart[i + 1]; j++) {
      if (!(c.factFlags[j] & FLAG_COUNTED) || !inFactRegion(j)) continue;
      const m = out[c.factMetric[j]];
      m.value += c.factValue[j];
      m.facts += 1;
      if (c.factFlags[j] & FLAG_APPROX) m.approx = true;
    }
  }
  return out;
}

/** Every metric's total for the selection (or everything) under the filters. */
export const selectMetricFigures = memoLast((c: Columns, f: Filters, selection: number | null): MetricFigure[] => {
  const cube = rangeOnly(f) && (selection === null || isProvinceAdcode(selection)) ? regionCube(c, null, null, f.range !== null) : null;
  return cube ? cubeMetricFigures(cube, f, selection) : countMetricFigures(c, f, selection);
});

/** Articles of the list by inspection type. */
export const selectTypeCounts = memoLast((c: Columns, ordinals: Int32Array): Record<InspectionType, number> => {
  const byBit = new Int32Array(INSPECTION_TYPES.length);
  for (let n = 0; n < ordinals.length; n++) {
    for (let bits = c.types[ordinals[n]], k = 0; bits; bits >>>= 1, k++) if (bits & 1) byBit[k] += 1;
  }
  return Object.fromEntries(INSPECTION_TYPES.map((t, k) => [t, byBit[k]])) as Record<InspectionType, number>;
});

/** Per part of the search text and query: which of its articles match (kept while the part is). */
const partMatches = new WeakMap<string[], { query: string; matches: Uint8Array }>();

function matchesOfPart(part: string[], query: string): Uint8Array {
  const known = partMatches.get(part);
  if (known?.query === query) return known.matches;
  const matches = new Uint8Array(part.length);
  for (let i = 0; i < part.length; i++) if (part[i].includes(query)) matches[i] = 1;
  partMatches.set(part, { query, matches });
  return matches;
}

/**
 * Per ordinal, whether its title or evidence contains the query (case-insensitive), over the parts of the
 * search text loaded so far (a part not yet loaded matches nothing); null for no query, or before any part
 * has arrived (the list stays whole until there is something to search).
 */
export const selectMatches = memoLast((text: SearchParts | null, query: string): Uint8Array | null => {
  const q = query.trim().toLowerCase();
  if (!q || !text || !text.parts.some(Boolean)) return null;
  const out = new Uint8Array(text.parts.length * text.partSize);
  text.parts.forEach((part, k) => part && out.set(matchesOfPart(part, q), k * text.partSize));
  return out;
});

/** The years the play button steps through. */
export function yearsOf(c: Columns): number[] {
  const years = new Set(c.months.map((m) => Number(m.slice(0, 4))));
  return [...years].sort((a, b) => a - b);
}
