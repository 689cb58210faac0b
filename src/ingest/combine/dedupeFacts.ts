// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; within one article, the first mention.
// The others are kept, marked counted:false in the figure table's counted column (no figure is copied).
import type { Article } from '../../core/contract';
import { FigureTable, NONE, type FigureRun } from './figureTable';
import { AFTER_ALL_DATES, compareDate, compareText, dateKey, orderByKeyThenId, textRanks } from './order';

// What makes two figures the same: region (city when known) and metric, then period, then value. The region ×
// metric group and the period are one number (an adcode with the metric's index, a city named without a code
// numbered apart; the period's key text numbered the first time it is seen), and the value is the other: the keys
// seen are pairs of numbers in a hash table of typed arrays, with no key string or map entry per figure.

const PERIODS = 2 ** 24;
/** Groups of a city known by name alone are numbered from here (adcode groups stay below: 999999 × 64 < 2^26). */
const NAMED_GROUPS = 2 ** 26;

/** An open-addressing set of (key, value) pairs of numbers; values equal as a Set sees them (NaN equals NaN, -0 equals 0). */
class PairSet {
  private keys: Float64Array;
  private values: Float64Array;
  private used: Uint8Array;
  private mask: number;
  private size = 0;
  private readonly bits = new Float64Array(2);
  private readonly words = new Int32Array(this.bits.buffer);

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(key: number, value: number): number {
    this.bits[0] = key;
    this.bits[1] = value;
    const w = this.words;
    let h = w[0] ^ Math.imul(w[1], 0x9e3779b1) ^ Math.imul(w[2], 0x85ebca6b) ^ Math.imul(w[3], 0xc2b2ae35);
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** Adds the pair; true when it was new. */
  add(key: number, value: number): boolean {
    if (value === 0) value = 0; // -0 is 0
    else if (value !== value) value = NaN; // one NaN
    let i = this.slot(key, value);
    while (this.used[i] === 1) {
      const v = this.values[i];
      if (this.keys[i] === key && (v === value || (v !== v && value !== value))) return false;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.keys[i] = key;
    this.values[i] = value;
    if (++this.size * 2 > this.keys.length) this.grow();
    return true;
  }

  private grow(): void {
    const { keys, values, used } = this;
    this.keys = new Float64Array(2 * keys.length);
    this.values = new Float64Array(2 * keys.length);
    this.used = new Uint8Array(2 * keys.length);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] === 1) this.add(keys[i], values[i]);
  }
}

/** The figure keys seen (region × metric group, period, value). */
class SeenFacts {
  private readonly pairs: PairSet;
  private readonly namedGroups = new Map<string, number>();
  private readonly periodNumbers = new Map<string, number>();
  /** By the table's period index: the number of its key text, 0 before it is worked out. */
  private readonly periodOf: Int32Array;
  private readonly metricNumber: Int32Array;

  constructor(private readonly table: FigureTable) {
    this.pairs = new PairSet(table.length);
    this.periodOf = new Int32Array(table.periods.length);
    this.metricNumber = table.metricNumbers();
  }

  /** 0 for no period, else the number of the period's key text. */
  private periodNumber(period: number): number {
    if (period === NONE) return 0;
    let n = this.periodOf[period];
    if (n === 0) {
      const p = this.table.periods[period];
      const text = `${p.from ?? ''}~${p.to ?? ''}~${p.from || p.to ? '' : p.text}`;
      n = this.periodNumbers.get(text) ?? 0;
      if (n === 0) this.periodNumbers.set(text, (n = this.periodNumbers.size + 1));
      if (n >= PERIODS) throw new Error(`more than ${PERIODS - 1} distinct periods: figures cannot be told apart`);
      this.periodOf[period] = n;
    }
    return n;
  }

  private group(i: number): number {
    const t = this.table;
    if (t.cityAdcode[i] === NONE && t.city[i] !== NONE) {
      return this.named(`${t.adcode[i]}|${t.strings[t.city[i]]}|${t.strings[t.metric[i]]}`);
    }
    const metric = this.metricNumber[t.metric[i]];
    const g = (t.cityAdcode[i] !== NONE ? t.cityAdcode[i] : t.adcode[i]) * 64 + (metric >= 0 ? metric : 63);
    return g >= 0 && g < NAMED_GROUPS ? g : this.named(`#${g}`); // a code outside the adcodes' range: numbered apart
  }

  private named(text: string): number {
    let g = this.namedGroups.get(text);
    if (g === undefined) this.namedGroups.set(text, (g = NAMED_GROUPS + this.namedGroups.size));
    return g;
  }

  /** Adds row i's key; true when it was new. */
  add(i: number): boolean {
    return this.pairs.add(this.group(i) * PERIODS + this.periodNumber(this.table.period[i]), this.table.value[i]);
  }
}

/** An article with its figures: rows of a table, in text order. */
export interface ArticleRows {
  article: Pick<Article, 'id' | 'date'>;
  start: number;
  count: number;
}

/**
 * Marks every row of the articles counted or not (table.counted) and returns the articles' runs in the order of the
 * facts file: by article id (articles without figures have none). Only the articles are sorted (the figures follow
 * their article), so a million figures cost one pass, not a sort.
 */
export function countFigures(table: FigureTable, articles: ArticleRows[]): FigureRun[] {
  const id = (a: ArticleRows) => a.article.id;
  const ranks = textRanks(articles.map(id)); // both orders below end with the id
  const byDate = orderByKeyThenId(articles, id, (a) => (a.article.date === null ? AFTER_ALL_DATES : dateKey(a.article.date)), (a, b) => compareDate(a.article.date, b.article.date) || compareText(a.article.id, b.article.id), ranks);
  const seen = new SeenFacts(table);
  const counted = table.counted;
  for (const { start, count } of byDate) for (let i = start; i < start + count; i++) counted[i] = seen.add(i) ? 1 : 0;
  const byId = orderByKeyThenId(articles, id, () => 0, (a, b) => compareText(a.article.id, b.article.id), ranks);
  const runs: FigureRun[] = [];
  for (const { article, start, count } of byId) if (count > 0) runs.push({ articleId: article.id, start, count });
  return runs;
}
