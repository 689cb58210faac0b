import { describe, expect, it } from 'vitest';
import type { Article, Fact } from '../../../src/core/contract';
import { predictionsByFile } from '../../../src/ingest/eval/predictions';

function article(id: string, file: string, item: number | undefined, topic: boolean, date: string | null, provinces: string[]): Article {
  const source = item === undefined ? { file } : { file, item };
  return { id, source, sources: [source], title: id, date, dateSource: { kind: 'item', inferred: false }, topic, provinces, cities: [], types: [], level: null, chars: 1 };
}

function fact(articleId: string, value: number): Fact {
  return {
    id: `${articleId}-${value}`,
    articleId,
    province: '全国',
    adcode: 100000,
    metric: 'inspection_teams',
    value,
    approx: false,
    evidence: { sentence: 's', start: 0, end: 1, offset: 0 },
    counted: true,
  };
}

describe('predictionsByFile', () => {
  it('folds the items of a daily file into one prediction: any on-topic item, their figures, the usual date', () => {
    const articles = [
      article('a0', 'day.json', 0, false, '2021-10-13', []),
      article('a1', 'day.json', 1, true, '2021-10-13', ['全国']),
      article('a2', 'day.json', 2, false, '2021-10-14', ['河北']),
    ];
    const p = predictionsByFile(articles, [fact('a1', 15), fact('a2', 9)]).get('day.json');
    expect(p).toMatchObject({ topic: true, date: '2021-10-13', provinces: ['全国'] });
    expect(p?.facts.map((f) => f.value)).toEqual([15]);
  });

  it('gives a merged duplicate article to every file it came from', () => {
    const a = article('x', 'one.html', undefined, true, '2023-02-01', ['全国']);
    a.sources.push({ file: 'two.html' });
    const out = predictionsByFile([a], [fact('x', 3)]);
    expect([...out.keys()].sort()).toEqual(['one.html', 'two.html']);
    expect(out.get('two.html')?.facts).toHaveLength(1);
  });
});
