import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/core/contract';
import { aggregateRegions } from '../../../src/ingest/combine/aggregateRegions';
import { dedupeArticles } from '../../../src/ingest/combine/dedupeArticles';
import { dropFutureDates } from '../../../src/ingest/combine/futureDates';
import { contentHash } from '../../../src/ingest/ids';
import { seededRandom } from '../../helpers/seededRandom';
import { article, dedupeFactRuns, dedupeFacts, draft, fact } from './helpers';

describe('dedupeArticles', () => {
  it('merges the same article from two files into one with both sources, keeping the first source', () => {
    const a = draft(article('a', { source: { file: 'b/t1.html' } }), 'h1', [fact('f1', 'a')]);
    const b = draft(article('b', { source: { file: 'a/t2.html' }, url: 'https://x.invalid/2' }), 'h1', [fact('f2', 'b')]);
    const c = draft(article('c'), 'h2');
    const out = dedupeArticles([a, b, c]);
    expect(out).toHaveLength(2);
    expect(out[0].article.id).toBe('b');
    expect(out[0].article.sources).toEqual([{ file: 'a/t2.html' }, { file: 'b/t1.html' }]);
    expect(out[0].facts.map((f) => f.id)).toEqual(['f2']);
  });

  it('takes the address of a later copy when the first has none, keeping the record keys in order', () => {
    const first = draft(article('a', { source: { file: 'a.txt' } }), 'same');
    const second = draft(article('b', { source: { file: 'b.html' }, url: 'https://example.org/b' }), 'same');
    const [kept] = dedupeArticles([second, first]);
    expect(kept.article.url).toBe('https://example.org/b');
    expect(kept.article.sources.map((s) => s.file)).toEqual(['a.txt', 'b.html']);
    const keys = Object.keys(kept.article);
    expect(keys).toEqual([...keys].sort());
  });

  it('drops the banked bytes of a record it changes, and keeps those of the others', () => {
    const banked = { file: 'w.bin', offset: 0, length: 10 };
    const a = { ...draft(article('a', { source: { file: 'a.txt' } }), 'same'), articleBytes: banked };
    const b = { ...draft(article('b', { source: { file: 'b.txt' } }), 'same'), articleBytes: banked };
    const c = { ...draft(article('c', { source: { file: 'c.txt' } }), 'other'), articleBytes: banked };
    const kept = dedupeArticles([a, b, c]);
    expect(kept.map((d) => [d.article.id, d.articleBytes])).toEqual([['a', undefined], ['c', banked]]);
  });

  it('fingerprints text blind to spacing and punctuation differences', () => {
    const long = '巡视发现问题'.repeat(50);
    expect(contentHash('题一', long)).toBe(contentHash('题二', long.replace(/问题/g, '问题 ')));
    expect(contentHash('题一', '短文')).not.toBe(contentHash('题二', '短文'));
  });
});

describe('dedupeFacts', () => {
  const of = (id: string, date: string | null, facts: Fact[]) => ({ article: { id, date }, facts });

  it('counts the same figure for the same region once: earliest article, then smaller id', () => {
    const input = [
      of('late', '2022-01-01', [fact('f1', 'late'), fact('f5', 'late', { value: 7 })]),
      of('undated', null, [fact('f2', 'undated')]),
      of('early', '2021-01-01', [fact('f3', 'early')]),
      of('also', '2021-01-01', [fact('f4', 'also')]),
    ];
    const out = dedupeFacts(input);
    const counted = Object.fromEntries(out.map((f) => [f.id, f.counted]));
    expect(counted).toEqual({ f3: false, f4: true, f1: false, f2: false, f5: true });
  });

  it('counts the first mention within one article, and returns figures by article id then position', () => {
    const at = (offset: number) => ({ sentence: '发现问题100个', start: 4, end: 8, offset });
    const input = [
      of('b', '2021-01-01', [fact('b2', 'b', { evidence: at(50) }), fact('b1', 'b', { evidence: at(10) })]),
      of('a', '2022-01-01', [fact('a1', 'a', { evidence: at(0), value: 3 })]),
    ];
    const out = dedupeFacts(input);
    expect(out.map((f) => [f.id, f.counted])).toEqual([['a1', true], ['b1', true], ['b2', false]]);
  });

  it('gives the same figures in runs of one article, in article id order, with no run for an article without figures', () => {
    const input = [of('c', '2021-01-01', [fact('c1', 'c'), fact('c2', 'c', { value: 5 })]), of('a', null, []), of('b', '2020-01-01', [fact('b1', 'b')])];
    const runs = dedupeFactRuns(input);
    expect(runs.map((run) => run.map((f) => f.id))).toEqual([['b1'], ['c1', 'c2']]);
    expect(runs.flat().map((f) => [f.id, f.counted])).toEqual(dedupeFacts(input).map((f) => [f.id, f.counted]));
  });

  it('keeps figures of different regions, metrics or periods apart', () => {
    const facts = [fact('a', 'x'), fact('b', 'y', { adcode: 320000, province: '江苏' }), fact('c', 'z', { metric: 'problem_clues' }), fact('d', 'w', { period: { text: '2020年', from: '2020-01-01', to: '2020-12-31' } })];
    expect(dedupeFacts(facts.map((f) => of(f.articleId, null, [f]))).every((f) => f.counted)).toBe(true);
  });

  it('takes the same period written in separate records as one, and a relative period by its words', () => {
    const year = () => ({ text: '2020年', from: '2020-01-01', to: '2020-12-31' });
    const facts = [
      fact('a', 'x', { period: year() }),
      fact('b', 'y', { period: year() }),
      fact('c', 'z', { period: { text: '2020年全年', from: '2020-01-01', to: '2020-12-31' } }),
      fact('d', 'w', { period: { text: '去年' } }),
      fact('e', 'v', { period: { text: '去年' } }),
      fact('f', 'u', { period: { text: '上半年' } }),
      fact('g', 't'),
    ];
    // Undated articles: the one with the smaller id holds the counted copy.
    const counted = Object.fromEntries(dedupeFacts(facts.map((f) => of(f.articleId, null, [f]))).map((f) => [f.id, f.counted]));
    expect(counted).toEqual({ a: true, b: false, c: false, d: false, e: true, f: true, g: true });
  });

  it('tells several values for one region, metric and period apart', () => {
    const values = [5, 7, 5, 9, 7, 5, 11];
    const facts = values.map((value, i) => fact(`f${i}`, `a${i}`, { value }));
    const counted = dedupeFacts(facts.map((f) => of(f.articleId, null, [f]))).map((f) => f.counted);
    expect(counted).toEqual([true, true, false, true, false, false, true]);
  });

  it('orders articles by date as text (a year or month before the days within it), then by id, with ids of any form', () => {
    const dates = ['2021-03-01', '2021', '2021-03', null, '2020-12-31', '2021-03-01'];
    for (const ids of [['0a', '0b', '0c', '0d', '0e', '09'], ['f', 'e', 'd', 'c', 'b', 'a']]) {
      const input = dates.map((date, i) => of(ids[i], date, [fact(`f${i}`, ids[i])]));
      const counted = dedupeFacts(input).filter((f) => f.counted).map((f) => f.articleId);
      // The earliest date holds the counted copy: 2020-12-31.
      expect(counted).toEqual([ids[4]]);
      // Without it, the year alone (2021) comes first.
      const withoutEarliest = input.filter((_, i) => i !== 4);
      expect(dedupeFacts(withoutEarliest).filter((f) => f.counted).map((f) => f.articleId)).toEqual([ids[1]]);
      // Two articles of the same day: the smaller id.
      const sameDay = [input[0], input[5]];
      expect(dedupeFacts(sameDay).filter((f) => f.counted).map((f) => f.articleId)).toEqual([[ids[0], ids[5]].sort()[0]]);
    }
  });
  it('agrees with key strings on many generated figures (cities by code or by name alone, -0, NaN, periods)', () => {
    const random = seededRandom(7);
    const periods = [undefined, { text: '2020年', from: '2020-01-01', to: '2020-12-31' }, { text: '去年' }, { text: '上半年' }];
    const values = [0, -0, NaN, 1, 1.5, 2, 3, 100, 1e9, 320000000, 65];
    const input = Array.from({ length: 3000 }, (_, i) => {
      const byName = random.next() < 0.2;
      const withCode = !byName && random.next() < 0.4;
      const f = fact(`f${i}`, `a${String(i).padStart(5, '0')}`, {
        adcode: random.pick([150000, 320000, 440000]),
        metric: random.pick(['issues_found', 'problem_clues', 'accountability'] as const),
        value: random.pick(values),
        period: random.pick(periods),
        ...(byName ? { city: random.pick(['呼和浩特', '南京']) } : withCode ? { city: '包头', cityAdcode: random.pick([150200, 150100, 320100]) } : {}),
      });
      return of(f.articleId, random.pick(['2020-01-01', '2021-06-01', null]), [f]);
    });
    // The definition: the first figure in (date, id) order of each key string counts.
    const keyOf = (f: Fact) => {
      const p = f.period ? `${f.period.from ?? ''}~${f.period.to ?? ''}~${f.period.from || f.period.to ? '' : f.period.text}` : '';
      const value = Object.is(f.value, -0) ? 0 : f.value;
      return JSON.stringify([f.cityAdcode ?? f.adcode, f.cityAdcode === undefined ? (f.city ?? '') : '', f.metric, p, String(value)]);
    };
    const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const byDate = [...input].sort((x, y) => text(x.article.date ?? '9999', y.article.date ?? '9999') || text(x.article.id, y.article.id));
    const seen = new Set<string>();
    const expected = new Map<string, boolean>();
    for (const { facts: [f] } of byDate) {
      expected.set(f.id, !seen.has(keyOf(f)));
      seen.add(keyOf(f));
    }
    const out = dedupeFacts(input);
    expect(out.filter((f) => f.counted).length).toBeGreaterThan(50);
    expect(out.filter((f) => !f.counted).length).toBeGreaterThan(1000);
    expect(Object.fromEntries(out.map((f) => [f.id, f.counted]))).toEqual(Object.fromEntries(expected));
  });
});

describe('dropFutureDates', () => {
  it('drops a date years after everything else the corpus shows, and keeps the newest plausible one', () => {
    const drafts = [
      draft(article('a', { date: '2021-05-01' }), 'a'),
      draft(article('b', { date: '2022-07-01' }), 'b', [], 2022),
      draft(article('c', { date: '2099-01-01' }), 'c'),
    ];
    for (const d of drafts) d.articleBytes = { file: 'w.bin', offset: 0, length: 1 };
    const warnings = dropFutureDates(drafts);
    expect(drafts.map((d) => d.article.date)).toEqual(['2021-05-01', '2022-07-01', null]);
    // The changed record's banked bytes no longer hold.
    expect(drafts.map((d) => d.articleBytes !== undefined)).toEqual([true, true, false]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'future-date', source: { file: 'c.txt' } });
  });
});

describe('aggregateRegions', () => {
  it('sums counted figures per province and city adcode, counts articles by month and type', () => {
    const articles = [
      article('a', { provinces: ['内蒙古'], date: '2021-11-04', types: ['专项'] }),
      article('b', { provinces: ['内蒙古', '全国'], date: '2021-12-01' }),
      article('off', { provinces: ['内蒙古'], topic: false }),
    ];
    const facts = [
      fact('1', 'a', { value: 100, approx: true }),
      fact('2', 'b', { value: 100, counted: false }),
      fact('3', 'b', { value: 5, city: '呼和浩特市', cityAdcode: 150100, metric: 'problem_clues' }),
    ];
    const r = aggregateRegions(articles, facts);
    expect(Object.keys(r.provinces)).toEqual(['100000', '150000']);
    const nm = r.provinces['150000'];
    expect(nm.name).toBe('内蒙古');
    expect(nm.articles).toBe(2);
    expect(nm.totals.issues_found).toEqual({ value: 100, approx: true, facts: 1, articles: 1 });
    expect(nm.totals.problem_clues).toEqual({ value: 5, approx: false, facts: 1, articles: 1 });
    expect(nm.byMonth['2021-11']).toEqual({ articles: 1, metrics: { issues_found: 100 } });
    expect(nm.byType).toEqual({ 专项: 1 });
    expect(r.provinces['100000'].name).toBe('全国');
    expect(r.cities['150100']).toMatchObject({ name: '呼和浩特市', parent: 150000, articles: 1 });
  });

  it('counts each article once per total, whether or not its figures come together', () => {
    const articles = [article('a', { provinces: ['内蒙古'] }), article('b', { provinces: ['内蒙古'] })];
    const city = { city: '呼和浩特市', cityAdcode: 150100 };
    const interleaved = [
      fact('a1', 'a', { value: 1, ...city }),
      fact('b1', 'b', { value: 2, ...city }),
      fact('a2', 'a', { value: 3, ...city }),
      fact('b2', 'b', { value: 4 }),
    ];
    for (const facts of [interleaved, [interleaved[0], interleaved[2], interleaved[1], interleaved[3]]]) {
      const r = aggregateRegions(articles, facts);
      expect(r.provinces['150000'].totals.issues_found).toEqual({ value: 10, approx: false, facts: 4, articles: 2 });
      expect(r.cities['150100'].articles).toBe(2);
      expect(r.cities['150100'].totals.issues_found).toEqual({ value: 6, approx: false, facts: 3, articles: 2 });
    }
  });
});
