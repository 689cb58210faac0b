import { describe, expect, it } from 'vitest';
import { compileColumns } from '../../../src/app/state/columns';
import type { Filters } from '../../../src/app/state/selectors';
import {
  featureOf,
  memoLast,
  selectArticleOrdinals,
  selectMatches,
  selectMetricFigures,
  selectMonthly,
  selectRegionFigures,
  selectTypeCounts,
  yearsOf,
} from '../../../src/app/state/selectors';
import { sampleIndex, sampleShard } from '../fixtures';

const columns = compileColumns(sampleIndex());
const ids = (ordinals: Int32Array) => [...ordinals].map((o) => sampleShard().articles[o].id);
const none: Filters = { range: null, types: [], level: null, matches: null };

describe('selectMatches', () => {
  const parts = [['内蒙古巡视', '广东巡察'], ['广东专项巡视', '中央巡视']];

  it('searches the parts that have arrived; a part still loading matches nothing', () => {
    expect([...selectMatches({ partSize: 2, parts: [parts[0], undefined] }, '广东')!]).toEqual([0, 1, 0, 0]);
    expect([...selectMatches({ partSize: 2, parts }, '广东')!]).toEqual([0, 1, 1, 0]);
  });

  it('filters nothing without a query or before any part has arrived', () => {
    expect(selectMatches({ partSize: 2, parts }, '  ')).toBeNull();
    expect(selectMatches({ partSize: 2, parts: [undefined, undefined] }, '广东')).toBeNull();
    expect(selectMatches(null, '广东')).toBeNull();
  });

  it('ignores case and surrounding spaces in the query', () => {
    expect([...selectMatches({ partSize: 1, parts: [['ccdi 通报'], ['其他']] }, ' CCDI ')!]).toEqual([1, 0]);
  });
});

describe('selectArticleOrdinals', () => {
  it('lists every article newest first without filters', () => {
    expect(ids(selectArticleOrdinals(columns, none, null))).toEqual(['a4', 'a5', 'a3', 'a2', 'a1', 'a6']);
  });

  it('follows the selected province, 全国 and a city', () => {
    expect(ids(selectArticleOrdinals(columns, none, 150000))).toEqual(['a2', 'a1', 'a6']);
    expect(ids(selectArticleOrdinals(columns, none, 100000))).toEqual(['a4']);
    expect(ids(selectArticleOrdinals(columns, none, 150100))).toEqual(['a1']);
  });

  it('filters by date range (a year-only date counts when its year overlaps; undated never)', () => {
    const f = { ...none, range: ['2022-07', '2023-06'] as [string, string] };
    expect(ids(selectArticleOrdinals(columns, f, null))).toEqual(['a4', 'a5', 'a3', 'a2']);
  });

  it('filters by inspection type and level', () => {
    expect(ids(selectArticleOrdinals(columns, { ...none, types: ['常规'] }, null))).toEqual(['a3', 'a1']);
    expect(ids(selectArticleOrdinals(columns, { ...none, level: 'central' }, null))).toEqual(['a4']);
  });

  it('filters by search matches', () => {
    const text = sampleShard().articles.map((a) => a.title.toLowerCase());
    const f = { ...none, matches: selectMatches({ partSize: text.length, parts: [text] }, '广东') };
    expect(ids(selectArticleOrdinals(columns, f, null))).toEqual(['a5', 'a3']);
  });
});

describe('selectRegionFigures', () => {
  it('sums counted figures per province, keeps the approximate flag, counts articles', () => {
    const figures = selectRegionFigures(columns, none, 'issues_found', null, null);
    expect(figures.get(150000)).toEqual({ adcode: 150000, value: 120 + 15000 + 7, approx: true, facts: 3, articles: 3 });
    // The reprinted 300 is counted once.
    expect(figures.get(440000)).toMatchObject({ value: 300, facts: 1, approx: false, articles: 2 });
  });

  it('has a region with articles but no figures apart from a region with figures', () => {
    const figures = selectRegionFigures(columns, none, 'issues_found', null, null);
    expect(figures.get(100000)).toMatchObject({ facts: 0, articles: 1 });
    expect(figures.has(110000)).toBe(false);
  });

  it('follows the date range', () => {
    const f = { ...none, range: ['2022-01', '2022-12'] as [string, string] };
    expect(selectRegionFigures(columns, f, 'issues_found', null, null).get(150000)).toMatchObject({ value: 15000, facts: 1 });
  });

  it('gives prefecture figures when drilled into a province, rolled up to the map features', () => {
    const figures = selectRegionFigures(columns, none, 'issues_found', 150000, new Set([150100, 150200]));
    expect([...figures.keys()]).toEqual([150100]);
    expect(figures.get(150100)).toMatchObject({ value: 120, facts: 1, articles: 1 });
  });
});

describe('other selectors', () => {
  it('counts articles and the metric per month for the selection, ignoring the range', () => {
    const m = selectMonthly(columns, { ...none, range: ['2021-01', '2021-01'] }, 'issues_found', 150000);
    expect(m.months[0]).toBe('2021-03');
    expect(m.months.at(-1)).toBe('2023-01');
    expect(m.articles[m.months.indexOf('2021-03')]).toBe(1);
    expect(m.values[m.months.indexOf('2022-07')]).toBe(15000);
    expect(m.articles.reduce((a, b) => a + b)).toBe(2); // a6 is undated
  });

  it('does not count the months again when only the range changes', () => {
    const first = selectMonthly(columns, { ...none, range: ['2021-01', '2021-12'] }, 'issues_found', null);
    expect(selectMonthly(columns, { ...none, range: ['2022-01', '2022-12'] }, 'issues_found', null)).toBe(first);
    expect(selectMonthly(columns, { ...none, types: ['专项'] }, 'issues_found', null)).not.toBe(first);
  });

  it('totals every metric for a selection', () => {
    const figures = selectMetricFigures(columns, none, 150000);
    expect(figures.find((f) => f.metric === 'problem_clues')).toMatchObject({ value: 30, facts: 1 });
    expect(figures.find((f) => f.metric === 'units_inspected')).toMatchObject({ value: 0, facts: 0 });
  });

  it('counts articles by type', () => {
    const counts = selectTypeCounts(columns, selectArticleOrdinals(columns, none, null));
    expect(counts).toMatchObject({ 常规: 2, 专项: 1, 回头看: 1, 机动: 0 });
  });

  it('lists the years to play through', () => {
    expect(yearsOf(columns)).toEqual([2021, 2022, 2023]);
  });

  it('rolls a county up to its prefecture only when the map lacks it', () => {
    expect(featureOf(150102, new Set([150100]))).toBe(150100);
    expect(featureOf(110105, new Set([110105]))).toBe(110105);
    expect(featureOf(150102, null)).toBe(150102);
  });

  it('memoises on argument identity', () => {
    let calls = 0;
    const f = memoLast((a: object, b: number) => (calls++, [a, b]));
    const a = {};
    expect(f(a, 1)).toBe(f(a, 1));
    f({}, 1);
    expect(calls).toBe(2);
    // Two callers alternating keep both results.
    f(a, 1);
    expect(calls).toBe(2);
    f({}, 2);
    f({}, 3);
    f(a, 1);
    expect(calls).toBe(5);
  });
});
