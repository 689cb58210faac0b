import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/contract';
import { BatchStrings, factsOfRuns, figuresOf, figuresOfRuns, FigureTable, NONE } from '../../../src/ingest/combine/figureTable';
import type { FactCore } from '../../../src/ingest/types';
import { seededRandom } from '../../helpers/seededRandom';
import { figure } from '../output/figure';

/** A figure as the corpus-wide steps keep it once banked (no evidence, no id; optional fields present). */
function core(f: Fact): FactCore {
  return { adcode: f.adcode, approx: f.approx, articleId: f.articleId, city: f.city, cityAdcode: f.cityAdcode, counted: f.counted, metric: f.metric, period: f.period, province: f.province, value: f.value };
}

describe('FigureTable', () => {
  it('gives every figure back as it was added, whole ones as the same objects (generated figures)', () => {
    const random = seededRandom(21);
    const lists = Array.from({ length: 60 }, (_, a) =>
      Array.from({ length: Math.floor(random.next() * 5) }, (_, i) =>
        figure(`t${a}`, i, i, '句子', {
          approx: random.next() < 0.3,
          counted: random.next() < 0.8,
          city: random.pick([undefined, '呼和浩特市', '包头市']),
          cityAdcode: random.pick([undefined, 150100, 150200]),
          metric: random.pick(['issues_found', 'problem_clues', 'staff'] as Fact['metric'][]),
          period: random.pick([undefined, { text: '2021年' }, { from: '2021-01-01', text: '上半年', to: '2021-06-30' }, { text: '去年', to: '2020-12-31' }]),
          province: random.pick(['内蒙古', '全国', '广东']),
          value: random.pick([0, 7, 1.5, 123456789012, -3]),
        }),
      ),
    );
    const cores = lists.map((list) => list.map(core));
    const fromCores = figuresOfRuns(cores);
    expect(fromCores.runs.map((r) => r.count)).toEqual(lists.map((l) => l.length));
    expect(factsOfRuns(fromCores)).toEqual(cores.flat());
    const fromWhole = figuresOfRuns(lists);
    const back = factsOfRuns(fromWhole);
    back.forEach((f, i) => expect(f).toBe(lists.flat()[i]));
  });

  it('shares one period object and one string per distinct value', () => {
    const table = new FigureTable();
    const a = table.add(core(figure('a', 0, 0, 's', { period: { text: '2021年', from: '2021-01-01' } })));
    const b = table.add(core(figure('b', 0, 0, 's', { period: { from: '2021-01-01', text: '2021年' } })));
    const c = table.add(core(figure('c', 0, 0, 's', { period: { text: '2021年', to: '2021-01-01' } })));
    expect(table.period[a]).toBe(table.period[b]);
    expect(table.period[c]).not.toBe(table.period[a]);
    expect(table.periods[table.period[c]]).toEqual({ text: '2021年', to: '2021-01-01' });
    expect(table.strings.filter((s) => s === '内蒙古')).toHaveLength(1);
    expect(table.city[a]).toBe(NONE);
  });

  it('groups a list by article before making runs (sorted by article when it is not grouped)', () => {
    const f = (id: string, i: number) => core(figure(id, i, i, 's'));
    const { runs } = figuresOf([f('b', 0), f('a', 0), f('b', 1)]);
    expect(runs.map((r) => [r.articleId, r.count])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('BatchStrings', () => {
  it("maps a batch's strings and periods to the table's, also when the batch has too many strings for a numeric key", () => {
    for (const size of [10, (1 << 17) + 5]) {
      const strings = Array.from({ length: size }, (_, i) => `s${i}`);
      const table = new FigureTable();
      const batch = new BatchStrings(strings);
      const last = size - 1;
      const p1 = batch.period(table, last, last - 1, NONE);
      const p2 = batch.period(table, NONE, last - 1, last);
      const p3 = batch.period(table, last, last - 1, NONE);
      expect(p3).toBe(p1);
      expect(table.periods[p1]).toEqual({ from: `s${last}`, text: `s${last - 1}` });
      expect(table.periods[p2]).toEqual({ text: `s${last - 1}`, to: `s${last}` });
      expect(table.strings[batch.id(table, 3)]).toBe('s3');
    }
  });
});
