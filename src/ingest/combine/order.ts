// Orderings shared by the corpus-wide steps, so every run sorts the same way on every machine.
import type { Fact, SourceRef } from '../../core/contract';
import { isWhole, type FactCore } from '../types';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File path, then item index (numerically), then item key. */
export function compareSource(a: SourceRef, b: SourceRef): number {
  const byFile = compareText(a.file, b.file);
  if (byFile !== 0) return byFile;
  if (a.item === b.item) return 0;
  if (a.item === undefined) return -1;
  if (b.item === undefined) return 1;
  if (typeof a.item === 'number' && typeof b.item === 'number') return a.item - b.item;
  return compareText(String(a.item), String(b.item));
}

/** Known dates first, earliest first (a shorter YYYY or YYYY-MM sorts before the days within it). */
export function compareDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** An id's trailing number (a figure's place in its article: "3f2a….12" → 12); -1 when it has none. */
function idIndex(id: string): number {
  const dot = id.lastIndexOf('.');
  const n = dot >= 0 ? Number(id.slice(dot + 1)) : NaN;
  return Number.isInteger(n) ? n : -1;
}

/** One article's figures in text order: sentence, then number, then place among the article's figures. */
export function compareFactPosition(a: Fact, b: Fact): number {
  return a.evidence.offset - b.evidence.offset || a.evidence.start - b.evidence.start || idIndex(a.id) - idIndex(b.id) || compareText(a.id, b.id);
}

/** The facts file's order: by article id, then text order (banked figures come in text order: a stable sort keeps it). */
export function compareFacts(a: FactCore, b: FactCore): number {
  return compareText(a.articleId, b.articleId) || (isWhole(a) && isWhole(b) ? compareFactPosition(a, b) : 0);
}

/** Extraction yields an article's figures in text order: checking costs less than sorting every article's list. */
export function inTextOrder(facts: FactCore[]): boolean {
  for (let i = 1; i < facts.length; i++) {
    const [a, b] = [facts[i - 1], facts[i]];
    if (isWhole(a) && isWhole(b) && compareFactPosition(a, b) > 0) return false;
  }
  return true;
}

// Sorting a hundred thousand articles with string comparators costs a third of a second per sort (millions of
// comparisons of ids and dates); the orders below compare numbers worked out once per article instead. They give
// exactly the comparators' order, and fall back to them for text they cannot turn into numbers.

/** The number of `length` ASCII digits at `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * yyyymmdd of a date written YYYY, YYYY-MM or YYYY-MM-DD (then its order is compareDate's), read digit by digit;
 * undefined for any other text.
 */
export function dateKey(date: string): number | undefined {
  const n = date.length;
  if (n !== 4 && n !== 7 && n !== 10) return undefined;
  if ((n > 4 && date.charCodeAt(4) !== 0x2d) || (n > 7 && date.charCodeAt(7) !== 0x2d)) return undefined;
  const y = digitsAt(date, 0, 4);
  const m = n > 4 ? digitsAt(date, 5, 2) : 0;
  const d = n > 7 ? digitsAt(date, 8, 2) : 0;
  return y < 0 || m < 0 || d < 0 ? undefined : y * 10000 + m * 100 + d;
}

/**
 * yyyymmdd with zeros for the unknown parts; 0 for no date. Dates as the ingest writes them are read digit by digit
 * (a hundred thousand articles are ordered by it several times); any other text by its parts between dashes.
 */
export function dayNumber(date: string | null): number {
  if (!date) return 0;
  const fast = dateKey(date);
  if (fast !== undefined) return fast;
  const [y, m = '0', d = '0'] = date.split('-');
  return Number(y) * 10000 + Number(m) * 100 + Number(d);
}

/**
 * Indices 0…n-1 in the order of their keys (ties by index). The keys are sorted natively (a typed array sorted
 * without a comparator), then each index finds its place by binary search: a fifth of a comparator sort's time.
 */
function orderOfKeys(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const sorted = Float64Array.from(keys).sort();
  const taken = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    // Equal keys take the places from the first one on, in index order.
    order[lo + taken[lo]++] = i;
  }
  return order;
}

/**
 * The values of texts that are all of one length (13 at most: the value stays exact) in lower-case hex, read digit
 * by digit (a third of the time of a pattern test and parseInt each); null when one is not.
 */
function hexValues(texts: string[]): Float64Array | null {
  const n = texts.length;
  const length = n > 0 ? texts[0].length : 0;
  if (length < 1 || length > 13) return null;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t.length !== length) return null;
    let v = 0;
    for (let k = 0; k < length; k++) {
      const c = t.charCodeAt(k);
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (digit < 0) return null;
      v = v * 16 + digit;
    }
    values[i] = v;
  }
  return values;
}

/**
 * Each text's rank in compareText order (equal texts share the lowest). Ids of the same length in lower-case hex
 * (what ids.ts makes) are ranked by their value, which orders them the same way.
 */
export function textRanks(texts: string[]): Float64Array {
  const n = texts.length;
  const hex = hexValues(texts);
  const order = hex ? orderOfKeys(hex) : Uint32Array.from(texts.keys()).sort((a, b) => compareText(texts[a], texts[b]) || a - b);
  const ranks = new Float64Array(n);
  for (let r = 0; r < n; r++) ranks[order[r]] = r > 0 && texts[order[r]] === texts[order[r - 1]] ? ranks[order[r - 1]] : r;
  return ranks;
}

/**
 * The items ordered by `primary` (numbers, smaller first) then by id, as `(a, b) => primary… || compareText(id)`
 * would; `primary` gives undefined when its key is not a number, and then that comparator itself is used. `ranks`
 * are the ids' textRanks, when the caller has them already.
 */
export function orderByKeyThenId<T>(
  items: T[],
  id: (item: T) => string,
  primary: (item: T) => number | undefined,
  compare: (a: T, b: T) => number,
  ranks: Float64Array = textRanks(items.map(id)),
): T[] {
  const n = items.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = primary(items[i]);
    // key × n + rank is exact while it stays below 2^53 (days up to 10^8, a million articles: 10^14).
    if (k === undefined || !Number.isFinite(k) || k < 0 || k * n + n > Number.MAX_SAFE_INTEGER) return [...items].sort(compare);
    keys[i] = k * n + ranks[i];
  }
  return Array.from(orderOfKeys(keys), (i) => items[i]);
}

/** The largest date key plus one: undated articles sort after every date. */
export const AFTER_ALL_DATES = 99_999_999 + 1;
