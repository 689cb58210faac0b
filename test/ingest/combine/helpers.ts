// Small builders for corpus-wide step tests.
import type { Article, Fact } from '../../../src/core/contract';
import { countFigures } from '../../../src/ingest/combine/dedupeFacts';
import { figuresOfRuns } from '../../../src/ingest/combine/figureTable';
import { compareFactPosition, inTextOrder } from '../../../src/ingest/combine/order';
import type { ArticleDraft } from '../../../src/ingest/processFile';
import type { FactCore } from '../../../src/ingest/types';

export function article(id: string, over: Partial<Article> = {}): Article {
  const source = over.source ?? { file: `${id}.txt` };
  return {
    id,
    source,
    sources: [source],
    title: id,
    date: '2021-01-01',
    dateSource: { kind: 'text', inferred: false },
    topic: true,
    provinces: [],
    cities: [],
    types: [],
    level: null,
    chars: 10,
    ...over,
  };
}

export function fact(id: string, articleId: string, over: Partial<Fact> = {}): Fact {
  return {
    id,
    articleId,
    province: '内蒙古',
    adcode: 150000,
    metric: 'issues_found',
    value: 100,
    approx: false,
    evidence: { sentence: '发现问题100个', start: 4, end: 8, offset: 0 },
    counted: true,
    ...over,
  };
}

export function draft(a: Article, hash: string, facts: Fact[] = [], maxYear?: number): ArticleDraft {
  return { article: a, facts, hash, maxYear };
}

/**
 * De-duplication of figure records, as the pipeline runs it (combine/dedupeFacts' countFigures on a figure table):
 * each article's list put in text order, each figure marked counted or not in place; the lists in the facts file's
 * order (articles with figures only).
 */
export function dedupeFactRuns<F extends FactCore>(articles: { article: Pick<Article, 'id' | 'date'>; facts: F[] }[]): F[][] {
  for (const { facts } of articles) if (!inTextOrder(facts)) (facts as FactCore[] as Fact[]).sort(compareFactPosition);
  const { table, runs } = figuresOfRuns(articles.map((a) => a.facts));
  const ordered = countFigures(table, articles.map((a, k) => ({ article: a.article, start: runs[k].start, count: runs[k].count })));
  const byStart = new Map<number, F[]>();
  articles.forEach((a, k) => runs[k].count > 0 && byStart.set(runs[k].start, a.facts));
  return ordered.map((run) => {
    const list = byStart.get(run.start)!;
    list.forEach((f, k) => (f.counted = table.counted[run.start + k] === 1));
    return list;
  });
}

/** dedupeFactRuns' figures as one list. */
export function dedupeFacts<F extends FactCore>(articles: { article: Pick<Article, 'id' | 'date'>; facts: F[] }[]): F[] {
  return dedupeFactRuns(articles).flat();
}
