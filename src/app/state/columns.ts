// The article index (src/core/schema.ts) compiled into typed arrays once after loading, so that filtering
// and counting 100,000 articles and their facts is a few tight loops.
import type { ArticleIndex } from '../../core/schema';

export interface Columns {
  index: ArticleIndex;
  count: number;
  /** yyyymm of each article; yyyy00 when only the year is known; 0 when undated. */
  month: Int32Array;
  types: Int32Array;
  level: Int8Array;
  provinces: number[][];
  cities: number[][];
  /** Facts of article i are factStart[i] … factStart[i + 1] − 1. */
  factStart: Int32Array;
  factProvince: Int32Array;
  factCity: Int32Array;
  factMetric: Int8Array;
  factValue: Float64Array;
  factFlags: Int8Array;
  /** Every month from the first to the last dated article, 'YYYY-MM'. */
  months: string[];
  /** Position of each article's month in `months`, or −1 (year-only or undated). */
  monthSlot: Int32Array;
}

export const FLAG_APPROX = 1;
export const FLAG_COUNTED = 2;

export function monthKey(yyyymm: number): string {
  return `${Math.floor(yyyymm / 100)}-${String(yyyymm % 100).padStart(2, '0')}`;
}

export function monthNumber(key: string): number {
  const [y, m] = key.split('-');
  return Number(y) * 100 + Number(m);
}

/** Every month between two yyyymm numbers, inclusive. */
export function monthsBetween(first: number, last: number): string[] {
  const out: string[] = [];
  for (let y = Math.floor(first / 100), m = first % 100; y * 100 + m <= last; m === 12 ? (y++, (m = 1)) : m++) {
    out.push(monthKey(y * 100 + m));
  }
  return out;
}

export function compileColumns(index: ArticleIndex): Columns {
  const n = index.count;
  const month = new Int32Array(n);
  let first = Infinity;
  let last = 0;
  for (let i = 0; i < n; i++) {
    const m = Math.floor(index.day[i] / 100);
    month[i] = m;
    if (m % 100 !== 0) {
      first = Math.min(first, m);
      last = Math.max(last, m);
    }
  }
  const months = last ? monthsBetween(first, last) : [];
  const slotOf = new Map(months.map((m, k) => [monthNumber(m), k]));
  const monthSlot = new Int32Array(n);
  for (let i = 0; i < n; i++) monthSlot[i] = slotOf.get(month[i]) ?? -1;
  const factStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) factStart[i + 1] = factStart[i] + index.factCount[i];
  return {
    index,
    count: n,
    month,
    types: Int32Array.from(index.types),
    level: Int8Array.from(index.level),
    provinces: index.provinces,
    cities: index.cities,
    factStart,
    factProvince: Int32Array.from(index.factProvince),
    factCity: Int32Array.from(index.factCity),
    factMetric: Int8Array.from(index.factMetric),
    factValue: Float64Array.from(index.factValue),
    factFlags: Int8Array.from(index.factFlags),
    months,
    monthSlot,
  };
}
