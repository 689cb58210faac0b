// A figure record as the ingest builds it (keys in order), for the output tests.
import type { Fact } from '../../../src/core/contract';

/** The `index`-th figure of an article, in the sentence at `offset` of its text. */
export function figure(articleId: string, index: number, offset: number, sentence: string, over: Partial<Fact> = {}): Fact {
  return {
    adcode: 150000,
    approx: false,
    articleId,
    counted: true,
    evidence: { end: 8, offset, sentence, start: 5 },
    id: `${articleId}.${index}`,
    metric: 'issues_found',
    province: '内蒙古',
    value: 100 + index,
    ...over,
  };
}
