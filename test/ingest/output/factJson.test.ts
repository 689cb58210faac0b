import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/contract';
import { factJson } from '../../../src/ingest/output/factJson';
import { sortKeys } from '../../../src/ingest/output/stableJson';
import { checkFactJson } from '../../../src/ingest/output/factBlocks';
import { seededRandom } from '../../helpers/seededRandom';

function fact(over: Partial<Fact> = {}): Fact {
  return {
    adcode: 150000,
    approx: false,
    articleId: 'a1',
    counted: true,
    evidence: { end: 8, offset: 0, sentence: '共发现问题100个。', start: 5 },
    id: 'a1.0',
    metric: 'issues_found',
    province: '内蒙古',
    value: 100,
    ...over,
  };
}

const reference = (f: Fact) => JSON.stringify(sortKeys(f));

describe('factJson', () => {
  it('writes what JSON.stringify writes, optional fields and all', () => {
    const cases: Fact[] = [
      fact(),
      fact({ city: '呼和浩特市', cityAdcode: 150100, approx: true, counted: false, value: 1.5 }),
      fact({ period: { text: '2021年以来', from: '2021-01-01', to: '2021-06-30' } }),
      fact({ period: { text: '去年' } }),
      fact({ period: { text: '上半年', to: '2021-06-30' } }),
      fact({ evidence: { end: 3, offset: 7, sentence: 'a "quoted" \\ line\nbreak\t\u2028 \ud800 lone', start: 1 } }),
      fact({ evidence: { end: 3, offset: 7, sentence: 'a "quoted" \\ line\nbreak\t\u2028 \ud800 lone', start: 2 }, value: 0 }),
      fact({ evidence: { end: 3, offset: 9, sentence: '另一句', start: 2 }, id: 'x"y' }),
    ];
    for (const f of cases) expect(factJson(f)).toBe(reference(f));
  });

  it('reuses nothing from the figure before that differs from it (sentence, article, period, names)', () => {
    // Figures drawn from small pools, so consecutive ones often share some strings and differ in others.
    const sentences = ['共发现问题100个。', '共发现问题100个。 ', 'a "q" \\ \n'];
    const periods: (Fact['period'] | undefined)[] = [
      undefined,
      { text: '2021年' },
      { text: '2021年', from: '2021-01-01' },
      { text: '2021年', from: '2021-01-01', to: '2021-12-31' },
      { text: '2021年', to: '2021-12-31' },
      { text: '去年', from: '2021-01-01', to: '2021-12-31' },
    ];
    const { pick } = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const articleId = pick(['a1', 'a2', 'b"1']);
      const f = fact({
        articleId,
        id: `${articleId}.${i}`,
        city: pick([undefined, '呼和浩特市', '包头市']),
        metric: pick(['issues_found', 'problem_clues'] as Fact['metric'][]),
        province: pick(['内蒙古', '全国']),
        evidence: { end: 3, offset: i, sentence: pick(sentences), start: 1 },
      });
      const period = pick(periods);
      if (period) f.period = { ...period };
      expect(factJson(f)).toBe(reference(f));
    }
  });

  it('is checked before writing: a figure with a field it does not know stops the write', () => {
    expect(() => checkFactJson(fact())).not.toThrow();
    expect(() => checkFactJson(fact({ id: 'a1.1', period: { text: '去年' } }))).not.toThrow();
    const odd = { ...fact(), note: 'new field' } as Fact;
    expect(() => checkFactJson(odd)).toThrow(/fields the figure writer does not know/);
  });
});
