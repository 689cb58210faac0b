// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; within one article, the first mention.
// The others are kept, marked counted:false. Facts are marked in place (a million figures are not copied).
import type { Article, Fact } from '../../core/contract';
import type { FactCore } from '../types';
import { METRIC_INDEX } from '../../core/metrics';
import { AFTER_ALL_DATES, compareDate, compareFactPosition, compareText, dateKey, inTextOrder, orderByKeyThenId, textRanks } from './order';

// What makes two figures the same: region (city when known) and metric, then period, then value. The region ×
// metric part is a number when it can be (a city or province adcode with the metric's index) and the value is one,
// which on a million figures costs a fraction of building and hashing key strings.
function groupKey(f: FactCore): number | string {
  if (f.cityAdcode === undefined && f.city !== undefined) return `${f.adcode}|${f.city}|${f.metric}`;
  return (f.cityAdcode ?? f.adcode) * 64 + (METRIC_INDEX.get(f.metric) ?? 63);
}

/** Equality as a Set sees it (NaN equals NaN). */
function sameValueZero(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * The keys of the figures seen, in three levels: region × metric group, period, value. Groups and periods are
 * small integers (each period text is numbered the first time it is seen; figures share their period objects, so
 * each object is looked up once): maps keyed by them hash fast and box nothing. No key string is built per figure.
 */
class SeenFacts {
  /** Most keys see one value: it is kept as it is, and a set is made only for a second one. */
  private readonly groups = new Map<number | string, Map<number, number | Set<number>>>();
  private readonly periodNumbers = new Map<string, number>();
  private readonly periodOf = new WeakMap<object, number>();

  /** The period looked up last: an article's figures often share one (the figures of one sentence always do). */
  private lastPeriod: object | undefined;
  private lastPeriodNumber = 0;

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
    const g = groupKey(f);
    let periods = this.groups.get(g);
    if (periods === undefined) this.groups.set(g, (periods = new Map()));
    const p = this.periodNumber(f.period);
    const values = periods.get(p);
    if (values === undefined) {
      periods.set(p, f.value);
      return true;
    }
    if (typeof values === 'number') {
      if (sameValueZero(values, f.value)) return false;
      periods.set(p, new Set([values, f.value]));
      return true;
    }
    if (values.has(f.value)) return false;
    values.add(f.value);
    return true;
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
