import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/contract';
import { shardFiguresOf } from '../../../src/core/shardFigures';
import { checkShardFiguresJson } from '../../../src/ingest/output/factBlocks';
import { appendShardFiguresJson } from '../../../src/ingest/output/shardFigureJson';
import { SpillBuffer } from '../../../src/ingest/output/spillBuffer';
import { seededRandom } from '../../helpers/seededRandom';
import { figure } from './figure';

const noFile = (): number => {
  throw new Error('held whole in these tests');
};

function written(facts: Fact[], out = new SpillBuffer(64)): string {
  const from = out.used;
  appendShardFiguresJson(facts, out, noFile);
  return out.buf.toString('utf8', from, out.used);
}

/** A figure of article a1 (the output tests' figure), with changes. */
const fact = (over: Partial<Fact> = {}): Fact => figure('a1', 0, 0, '共发现问题100个。', { value: 100, ...over });

describe('the shards’ form written as bytes', () => {
  it('is what JSON.stringify writes of the entry made as lists, for none, one and many figures', () => {
    const tricky = 'a "quoted" \\ line\nbreak\t\u2028 \ud800 lone';
    const cases: Fact[][] = [
      [],
      [fact()],
      [
        fact({ city: '呼和浩特市', cityAdcode: 150100, approx: true, value: 1.5, period: { text: '2021年以来', from: '2021-01-01', to: '2021-06-30' } }),
        fact({ id: 'a1.1', cityAdcode: 150100, value: 0, period: { text: '去年' } }),
        fact({ id: 'a1.02', evidence: { end: 3, offset: 7, sentence: tricky, start: 1 }, period: { text: '上半年', to: '2021-06-30' } }),
        fact({ id: 'x"y', evidence: { end: 3, offset: 9, sentence: '另一句', start: 2 }, city: '某县', value: 3.2e8 }),
        // The first sentence again, after others: one entry for it.
        fact({ id: 'a1.4', evidence: { end: 9, offset: 40, sentence: '共发现问题100个。', start: 6 }, adcode: 100000, province: '全国' }),
      ],
    ];
    for (const facts of cases) {
      const json = written(facts);
      expect(json).toBe(JSON.stringify(shardFiguresOf(facts)));
      expect(() => checkShardFiguresJson(facts, json)).not.toThrow();
    }
  });

  it('stays exact over many articles written one after another with one buffer', () => {
    const { pick } = seededRandom(5);
    const sentences = ['共发现问题100个。', '移交问题线索5件。', 'a "q" \\ \n'];
    const out = new SpillBuffer(16);
    for (let a = 0; a < 300; a++) {
      const articleId = `art${a}`;
      const facts = Array.from({ length: a % 7 }, (_, k) =>
        fact({
          articleId,
          id: pick([`${articleId}.${k}`, `${articleId}.0${k}`, `other.${k}`]),
          city: pick([undefined, '呼和浩特市', '包头市']),
          cityAdcode: pick([undefined, 150100]),
          metric: pick(['issues_found', 'problem_clues'] as Fact['metric'][]),
          approx: pick([true, false]),
          value: pick([0, 7, 15000, 2.5, 123456789012]),
          period: pick([undefined, { text: '2021年' }, { text: '2021年', from: '2021-01-01', to: '2021-12-31' }]),
          evidence: { end: 3 + k, offset: 10 * k, sentence: pick(sentences), start: 1 },
        }),
      );
      out.used = 0; // as if flushed: the buffer is reused, and grows when an entry needs it
      expect(written(facts, out)).toBe(JSON.stringify(shardFiguresOf(facts)));
    }
  });

  it('refuses bytes that are not the entry', () => {
    expect(() => checkShardFiguresJson([fact()], '[]')).toThrow(/article a1/);
  });
});
