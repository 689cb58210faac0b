// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; within one article, the first mention.
// The others are kept, marked counted:false. Facts are marked in place (a million figures are not copied).
import type { Article, Fact } from '../../core/contract';
import type { FactCore } from '../types';
import { FigureTable, NONE, type FigureRun } from './figureTable';
import { AFTER_ALL_DATES, compareDate, compareFactPosition, compareText, dateKey, inTextOrder, orderByKeyThenId, textRanks } from './order';

// What makes two figures the same: region (city when known) and metric, then period, then value. The region ×
// metric part is a number when it can be (a city or province adcode with the metric's index) and the value is one,
// which on a million figures costs a fraction of building and hashing key strings.

/** Equality as a Set sees it (NaN equals NaN). */
function sameValueZero(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/**
 * The keys of the figures seen, in three levels: region × metric group, period, value. Groups and periods are
 * small integers (each period text is numbered the first time it is seen, once per distinct period of the table):
 * maps keyed by them hash fast and box nothing. No key string is built per figure.
 */
class SeenFacts {
  /** Most keys see one value: it is kept as it is, and a set is made only for a second one. */
  private readonly groups = new Map<number | string, Map<number, number | Set<number>>>();
  private readonly periodNumbers = new Map<string, number>();
  /** By the table's period index: 1 + the number of its key text, 0 before it is worked out. */
  private readonly periodOf: Int32Array;
  private readonly metricNumber: Int32Array;

  constructor(private readonly table: FigureTable) {
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
      this.periodOf[period] = n;
    }
    return n;
  }

  private groupKey(i: number): number | string {
    const t = this.table;
    const metric = this.metricNumber[t.metric[i]];
    if (t.cityAdcode[i] === NONE && t.city[i] !== NONE) return `${t.adcode[i]}|${t.strings[t.city[i]]}|${t.strings[t.metric[i]]}`;
    return (t.cityAdcode[i] !== NONE ? t.cityAdcode[i] : t.adcode[i]) * 64 + (metric >= 0 ? metric : 63);
  }

  /** Adds row i's key; true when it was new. */
  add(i: number): boolean {
    const g = this.groupKey(i);
    let periods = this.groups.get(g);
    if (periods === undefined) this.groups.set(g, (periods = new Map()));
    const p = this.periodNumber(this.table.period[i]);
    const value = this.table.value[i];
    const values = periods.get(p);
    if (values === undefined) {
      periods.set(p, value);
      return true;
    }
    if (typeof values === 'number') {
      if (sameValueZero(values, value)) return false;
      periods.set(p, new Set([values, value]));
      return true;
    }
    if (values.has(value)) return false;
    values.add(value);
    return true;
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

/** An article with its figures in text order. */
export interface ArticleFacts<F extends FactCore = FactCore> {
  article: Pick<Article, 'id' | 'date'>;
  facts: F[];
}

/**
 * countFigures for figure records: marks each one counted or not, in place, and returns them in runs of one
 * article (the facts file's order). Each article's list is put in text order first, in place.
 */
export function dedupeFactRuns<F extends FactCore>(articles: ArticleFacts<F>[]): F[][] {
  for (const { facts } of articles) if (!inTextOrder(facts)) (facts as FactCore[] as Fact[]).sort(compareFactPosition);
  const table = new FigureTable();
  const rows: ArticleRows[] = articles.map(({ article, facts }) => {
    const start = table.length;
    for (const f of facts) table.add(f);
    return { article, start, count: facts.length };
  });
  const runs = countFigures(table, rows);
  const listAt = new Map<number, F[]>();
  articles.forEach((a, k) => rows[k].count > 0 && listAt.set(rows[k].start, a.facts));
  return runs.map((run) => {
    const list = listAt.get(run.start)!;
    list.forEach((f, k) => (f.counted = table.counted[run.start + k] === 1));
    return list;
  });
}
/** dedupeFactRuns' figures as one list. */
export function dedupeFacts<F extends FactCore>(articles: ArticleFacts<F>[]): F[] {
  return dedupeFactRuns(articles).flat() as F[];
}
