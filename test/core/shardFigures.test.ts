import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/contract';
import { ArticleShardSchema, checkFile } from '../../src/core/schema';
import { factsOfShardFigures, shardFiguresOf, type ShardFigure, type ShardFigures } from '../../src/core/shardFigures';
import { SCHEMA_VERSION } from '../../src/core/contract';

const ONE = '呼和浩特市巡察发现问题30个，移交线索5条。';
const TWO = '他说"引号"和\\反斜杠，问责7人。';

function fact(n: number | string, sentence: string, extra: Partial<Fact> = {}): Fact {
  const id = typeof n === 'number' ? `art1.${n}` : n;
  return { adcode: 150000, approx: false, articleId: 'art1', counted: true, evidence: { end: 12, offset: 40, sentence, start: 10 }, id, metric: 'issues_found', province: '内蒙古', value: 30, ...extra };
}

const FIGURES: Fact[] = [
  fact(0, ONE, { city: '呼和浩特市', cityAdcode: 150100, period: { from: '2021-01-01', text: '2021年', to: '2021-12-31' } }),
  fact(1, ONE, { metric: 'problem_clues', value: 5, approx: true, counted: false, period: { text: '近年来' } }),
  fact(2, TWO, { metric: 'accountability', value: 7.5, city: '某县' }),
  fact('art1-special', TWO, { adcode: 100000, province: '全国', cityAdcode: 110105 }),
  fact('art1.007', TWO, { value: 0 }), // not the usual form (leading zero): kept whole
];

describe('the shards’ form of an article’s figures', () => {
  it('holds each sentence once and gives back the records, counted flags from outside', () => {
    const entry = shardFiguresOf(FIGURES);
    expect(entry[0]).toEqual([ONE, TWO]);
    expect(entry[1]?.map((f) => f[0])).toEqual([0, 1, 2, 'art1-special', 'art1.007']);
    const back = factsOfShardFigures('art1', JSON.parse(JSON.stringify(entry)) as ShardFigures, (k) => FIGURES[k].counted);
    expect(back).toEqual(FIGURES);
    // The records come back with their keys in the facts file's (alphabetical) order, optional ones only when set.
    expect(JSON.stringify(back[2])).toBe(JSON.stringify(Object.fromEntries(Object.entries(FIGURES[2]).sort(([a], [b]) => (a < b ? -1 : 1)))));
  });

  it('is an empty list for an article without figures', () => {
    expect(shardFiguresOf([])).toEqual([]);
    expect(factsOfShardFigures('x', [], () => true)).toEqual([]);
  });

  it('is much smaller than the records when a sentence holds several figures', () => {
    const many = Array.from({ length: 4 }, (_, k) => fact(k, ONE, { value: k }));
    expect(JSON.stringify(shardFiguresOf(many)).length).toBeLessThan(JSON.stringify(many).length / 3);
  });

  it('refuses a figure that points at a sentence the entry does not have', () => {
    const [sentences, figures] = shardFiguresOf(FIGURES) as [string[], ShardFigure[]];
    expect(() => factsOfShardFigures('art1', [sentences.slice(0, 1), figures], () => true)).toThrow(/sentence 1/);
  });

  it('passes the shard schema whole, and the schema refuses entries of another shape', () => {
    const shard = (facts: unknown[]) => ({ schemaVersion: SCHEMA_VERSION, start: 0, articles: [], facts });
    const entry = shardFiguresOf(FIGURES);
    const checked = checkFile(ArticleShardSchema, shard([entry, []]));
    expect(checked).toEqual({ ok: true, value: shard([entry, []]) }); // nothing dropped on the way
    expect(checkFile(ArticleShardSchema, shard([[...entry, 'extra']])).ok).toBe(false);
    expect(checkFile(ArticleShardSchema, shard([[[ONE], [[0, 'issues_found', 1, 2, '内蒙古', 150000, null, null, 0, 0, 1, 0, null]]]])).ok).toBe(false); // approx 2
    expect(checkFile(ArticleShardSchema, shard([[[ONE], [[0, 'not_a_metric', 1, 0, '内蒙古', 150000, null, null, 0, 0, 1, 0, null]]]])).ok).toBe(false);
    expect(checkFile(ArticleShardSchema, shard([FIGURES])).ok).toBe(false); // records, the form before
  });
});
