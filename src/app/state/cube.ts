// Totals by (month, region, metric), summed once after loading, so that a date range (a brush, a play
// step) is answered in O(months × regions) instead of a pass over every article and fact. A cube only
// answers filters on the date range: with a type, level or search filter the selectors count articles.
import { METRIC_KEYS } from '../../core/metrics';
import type { Columns } from './columns';
import { FLAG_APPROX, FLAG_COUNTED, monthNumber } from './columns';

/** How a region key is found for an article and for a fact; null = not in this cube. */
export interface CubeKeys {
  /** Calls `visit` with each region key of article i (a key may come more than once). */
  articleKeys: (i: number, visit: (key: number) => void) => void;
  factKey: (j: number) => number | null;
}

export interface RegionCube {
  /** The date of each slot: yyyymm, yyyy00 (year only) or 0 (undated). */
  slotMonth: Int32Array;
  /** Region key (adcode) of each column. */
  keys: number[];
  keyIndex: Map<number, number>;
  /** [slot × keys + key]: articles counted for the region. */
  articles: Int32Array;
  /** [(slot × keys + key) × metrics + metric]: sum, count and any-approximate of the counted figures. */
  value: Float64Array;
  facts: Int32Array;
  approx: Uint8Array;
}

const METRICS = METRIC_KEYS.length;

/** Each article's slot (one per distinct date value) and the slots' dates. */
function slotsOf(c: Columns): { articleSlot: Int32Array; slotMonth: Int32Array } {
  const slotOf = new Map<number, number>();
  const slotMonth: number[] = [];
  const articleSlot = new Int32Array(c.count);
  for (let i = 0; i < c.count; i++) {
    let s = slotOf.get(c.month[i]);
    if (s === undefined) slotOf.set(c.month[i], (s = slotMonth.push(c.month[i]) - 1));
    articleSlot[i] = s;
  }
  return { articleSlot, slotMonth: Int32Array.from(slotMonth) };
}

/** Every region key the articles and their counted figures name, in order of appearance. */
function keysOf(c: Columns, keysOfArticle: CubeKeys): Map<number, number> {
  const keyIndex = new Map<number, number>();
  const add = (key: number) => {
    if (!keyIndex.has(key)) keyIndex.set(key, keyIndex.size);
  };
  for (let i = 0; i < c.count; i++) {
    keysOfArticle.articleKeys(i, add);
    for (let j = c.factStart[i]; j < c.factStart[i + 1]; j++) {
      const key = c.factFlags[j] & FLAG_COUNTED ? keysOfArticle.factKey(j) : null;
      if (key !== null) add(key);
    }
  }
  return keyIndex;
}

/**
 * Sums the columns into a cube (two passes, no allocation per article); null when some counted figure's
 * region is not among its article's regions (an index not written by the ingest), where only counting the
 * articles is exact.
 */
export function buildCube(c: Columns, keysOfArticle: CubeKeys): RegionCube | null {
  const { articleSlot, slotMonth } = slotsOf(c);
  const keyIndex = keysOf(c, keysOfArticle);
  const K = keyIndex.size;
  const articles = new Int32Array(slotMonth.length * K);
  const value = new Float64Array(slotMonth.length * K * METRICS);
  const facts = new Int32Array(value.length);
  const approx = new Uint8Array(value.length);
  // The article's distinct keys (as key indexes): a few at most, so a short list beats a Set.
  const own: number[] = [];
  const visit = (key: number) => {
    const k = keyIndex.get(key)!;
    if (!own.includes(k)) own.push(k);
  };
  for (let i = 0; i < c.count; i++) {
    own.length = 0;
    keysOfArticle.articleKeys(i, visit);
    const base = articleSlot[i] * K;
    for (const k of own) articles[base + k] += 1;
    for (let j = c.factStart[i]; j < c.factStart[i + 1]; j++) {
      if (!(c.factFlags[j] & FLAG_COUNTED)) continue;
      const key = keysOfArticle.factKey(j);
      if (key === null) continue;
      const k = keyIndex.get(key)!;
      if (!own.includes(k)) return null;
      const cell = (base + k) * METRICS + c.factMetric[j];
      value[cell] += c.factValue[j];
      facts[cell] += 1;
      if (c.factFlags[j] & FLAG_APPROX) approx[cell] = 1;
    }
  }
  return { slotMonth, keys: [...keyIndex.keys()], keyIndex, articles, value, facts, approx };
}

/** Slots whose date passes the range, by the article filter's rule (a year-only date passes when its year overlaps). */
export function slotsInRange(cube: RegionCube, range: [string, string] | null): number[] {
  const all = [...cube.slotMonth.keys()];
  if (!range) return all;
  const from = monthNumber(range[0]);
  const to = monthNumber(range[1]);
  const fromYear = Math.floor(from / 100) * 100;
  return all.filter((s) => {
    const m = cube.slotMonth[s];
    if (m === 0) return false;
    return m % 100 === 0 ? m >= fromYear && m <= to : m >= from && m <= to;
  });
}

export interface CubeTotal {
  key: number;
  articles: number;
  /** Per metric: sum, number of figures, any approximate. */
  value: Float64Array;
  facts: Int32Array;
  approx: Uint8Array;
}

/** Each region's totals over the slots; regions without articles there are left out (a figure's region is always its article's). */
export function cubeTotals(cube: RegionCube, slots: number[]): CubeTotal[] {
  const K = cube.keys.length;
  const out: CubeTotal[] = [];
  for (let k = 0; k < K; k++) {
    const total: CubeTotal = { key: cube.keys[k], articles: 0, value: new Float64Array(METRICS), facts: new Int32Array(METRICS), approx: new Uint8Array(METRICS) };
    for (const s of slots) {
      total.articles += cube.articles[s * K + k];
      const cell = (s * K + k) * METRICS;
      for (let m = 0; m < METRICS; m++) {
        total.value[m] += cube.value[cell + m];
        total.facts[m] += cube.facts[cell + m];
        total.approx[m] |= cube.approx[cell + m];
      }
    }
    if (total.articles > 0) out.push(total);
  }
  return out;
}
