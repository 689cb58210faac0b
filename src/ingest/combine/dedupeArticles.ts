// Step 7a: the same article found twice (two addresses, two formats) becomes one article with both sources.
// The copy whose source sorts first is kept; the others' figures are dropped with them (they are the same figures).
// The kept drafts are updated in place: with a hundred thousand articles, copies would double the memory.
import type { ArticleDraft } from '../processFile';
import type { FactCore } from '../types';
import type { Article } from '../../core/contract';
import { compareSource } from './order';
import { staleArticleBytes } from '../output/bankArticles';

function withKeysInOrder(article: Article): Article {
  return Object.fromEntries(Object.entries(article).sort((a, b) => (a[0] < b[0] ? -1 : 1))) as unknown as Article;
}

export function dedupeArticles<F extends FactCore>(drafts: ArticleDraft<F>[]): ArticleDraft<F>[] {
  const sorted = [...drafts].sort((a, b) => compareSource(a.article.source, b.article.source));
  const byHash = new Map<string, ArticleDraft<F>>();
  const kept: ArticleDraft<F>[] = [];
  for (const draft of sorted) {
    const first = byHash.get(draft.hash);
    if (first) {
      staleArticleBytes(first);
      first.article.sources = [...first.article.sources, draft.article.source];
      // Rebuilt rather than assigned, so the record keeps its keys in order (the writer relies on it).
      if (!first.article.url && draft.article.url) first.article = withKeysInOrder({ ...first.article, url: draft.article.url });
      continue;
    }
    byHash.set(draft.hash, draft);
    kept.push(draft);
  }
  return kept;
}
