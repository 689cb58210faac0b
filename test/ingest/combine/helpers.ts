// Small builders for corpus-wide step tests.
import type { Article, Fact } from '../../../src/core/contract';
import type { ArticleDraft } from '../../../src/ingest/processFile';

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
