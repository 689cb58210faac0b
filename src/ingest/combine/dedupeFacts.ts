// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; within one article, the first mention.
// The others are kept, marked counted:false. Facts are marked in place (a million figures are not copied).
import type { Article, Fact } from '../../core/contract';
import type { FactCore } from '../types';
import { METRIC_INDEX } from '../../core/metrics';
import { AFTER_ALL_DATES, compareDate, compareFactPosition, compareText, dateKey, inTextOrder, orderByKeyThenId, textRanks } from './order';

// What makes two figures the same: region (city when known) and metric, then period, then value. Each part is a
// number (a city or province adcode with the metric's index; a period's number; the value), so the keys seen are
// kept in one open-addressing table of typed arrays: on a million figures, nested maps and sets cost several times
// as much, and key strings more still.

/** Slots of the table while it is filled to at most half (a power of two, so a hash is masked, not divided). */
const FIRST_CAPACITY = 1 << 12;

/** The value's two 32-bit halves, for hashing: +0 and -0 are one value (as a Set sees them), as are all NaNs. */
const valueBits = new Float64Array(1);
const valueWords = new Uint32Array(valueBits.buffer);

/** An integer multiply-and-xor mix of the key's words (Murmur3's finaliser constants): spreads nearby adcodes. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Where a key's search starts in a table of mask + 1 slots. */
function slotOf(g: number, p: number, v: number, mask: number): number {
  valueBits[0] = v;
  return mix(mix(g ^ Math.imul(p, 0x9e3779b1)) ^ valueWords[0] ^ Math.imul(valueWords[1], 0x27d4eb2f)) & mask;
}

/**
 * The keys of the figures seen. Groups are numbers (adcode × 64 + metric index) except for a city known by name
 * alone, which is numbered the first time it is seen; periods are numbered by their key text, and figures share
 * their period objects, so each object is looked up once.
 */
class SeenFacts {
  private groups = new Int32Array(FIRST_CAPACITY);
  private periods = new Int32Array(FIRST_CAPACITY);
  private values = new Float64Array(FIRST_CAPACITY);
  /** 1 where a slot holds a key. */
  private used = new Uint8Array(FIRST_CAPACITY);
  private size = 0;
  private readonly namedGroups = new Map<string, number>();
  private readonly periodNumbers = new Map<string, number>();
  private readonly periodOf = new WeakMap<object, number>();
  /** The period looked up last: an article's figures often share one (the figures of one sentence always do). */
  private lastPeriod: object | undefined;
  private lastPeriodNumber = 0;

  /** A number per region × metric: adcode × 64 + metric index, or a negative one for a city known by name alone. */
  private groupNumber(f: FactCore): number {
    const metric = METRIC_INDEX.get(f.metric) ?? 63;
    const code = (f.cityAdcode ?? f.adcode) * 64 + metric;
    // A code that does not fit the table's 32-bit slots (never a real adcode) is numbered like a name.
    if ((f.cityAdcode === undefined && f.city !== undefined) || code !== (code | 0) || code < 0) {
      const text = `${f.adcode}|${f.cityAdcode ?? f.city}|${metric}`;
      let n = this.namedGroups.get(text);
      if (n === undefined) this.namedGroups.set(text, (n = -(this.namedGroups.size + 1)));
      return n;
    }
    return code;
  }

  /** 0 for no period, else the number of the period's key text. */
  private periodNumber(p: FactCore['period']): number {
    if (!p) return 0;
    if (p === this.lastPeriod) return this.lastPeriodNumber;
    let n = this.periodOf.get(p);
    if (n === undefined) {
      const text = `${p.from ?? ''}~${p.to ?? ''}~${p.from || p.to ? '' : p.text}`;
      n = this.periodNumbers.get(text);
      if (n === undefined) this.periodNumbers.set(text, (n = this.periodNumbers.size + 1));
      this.periodOf.set(p, n);
    }
    this.lastPeriod = p;
    this.lastPeriodNumber = n;
    return n;
  }

  /** Adds the figure's key; true when it was new. */
  add(f: FactCore): boolean {
    const g = this.groupNumber(f);
    const p = this.periodNumber(f.period);
    // One value per equality class: -0 is 0 and every NaN the same NaN, as a Set would have them.
    const v = f.value === 0 ? 0 : f.value !== f.value ? NaN : f.value;
    const mask = this.used.length - 1;
    let slot = slotOf(g, p, v, mask);
    while (this.used[slot] === 1) {
      const seen = this.values[slot];
      if (this.groups[slot] === g && this.periods[slot] === p && (seen === v || (seen !== seen && v !== v))) return false;
      slot = (slot + 1) & mask;
    }
    this.used[slot] = 1;
    this.groups[slot] = g;
    this.periods[slot] = p;
    this.values[slot] = v;
    if (++this.size * 2 > this.used.length) this.grow();
    return true;
  }

  /** Twice the slots, every key placed again. */
  private grow(): void {
    const { groups, periods, values, used } = this;
    const capacity = used.length * 2;
    this.groups = new Int32Array(capacity);
    this.periods = new Int32Array(capacity);
    this.values = new Float64Array(capacity);
    this.used = new Uint8Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < used.length; i++) {
      if (used[i] === 0) continue;
      let slot = slotOf(groups[i], periods[i], values[i], mask);
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.used[slot] = 1;
      this.groups[slot] = groups[i];
      this.periods[slot] = periods[i];
      this.values[slot] = values[i];
    }
  }
}

/** An article with its figures in text order. */
export interface ArticleFacts<F extends FactCore = FactCore> {
  article: Pick<Article, 'id' | 'date'>;
  facts: F[];
}

/**
 * Marks every figure counted or not and returns them in the order of the facts file: by article id, then by
 * position in the text, in runs of one article each (articles without figures have none). Only the articles are
 * sorted (the figures follow their article), so a million figures cost one pass, not a sort.
 */
export function dedupeFactRuns<F extends FactCore>(articles: ArticleFacts<F>[]): F[][] {
  // Each article's figures in text order once, in place: both passes below read them so.
  // (Banked figures are in text order already; whole ones are checked.)
  for (const { facts } of articles) if (!inTextOrder(facts)) (facts as FactCore[] as Fact[]).sort(compareFactPosition);
  const id = (a: ArticleFacts<F>) => a.article.id;
  const ranks = textRanks(articles.map(id)); // both orders below end with the id
  const byDate = orderByKeyThenId(articles, id, (a) => (a.article.date === null ? AFTER_ALL_DATES : dateKey(a.article.date)), (a, b) => compareDate(a.article.date, b.article.date) || compareText(a.article.id, b.article.id), ranks);
  const seen = new SeenFacts();
  for (const { facts } of byDate) for (const f of facts) f.counted = seen.add(f);
  const byId = orderByKeyThenId(articles, id, () => 0, (a, b) => compareText(a.article.id, b.article.id), ranks);
  const runs: F[][] = [];
  for (const { facts } of byId) if (facts.length > 0) runs.push(facts);
  return runs;
}

/** The runs' figures as one list (Array.prototype.flat takes several times as long on a million figures). */
export function flatRuns<F>(runs: F[][]): F[] {
  const all: F[] = [];
  for (const run of runs) for (let i = 0; i < run.length; i++) all.push(run[i]);
  return all;
}

/** dedupeFactRuns' figures as one list. */
export function dedupeFacts<F extends FactCore>(articles: ArticleFacts<F>[]): F[] {
  return flatRuns(dedupeFactRuns(articles));
}
