import { describe, expect, it } from 'vitest';
import { importedRegionFigures, inRange, mergeMetricFigures, mergeMonthly, mergeRegionFigures, monthsCovering } from '../../../src/app/importCsv/layer';
import type { ImportedFigure } from '../../../src/app/importCsv/parseImport';

const fig = (over: Partial<ImportedFigure>): ImportedFigure => ({
  line: 2, province: '内蒙古', adcode: 150000, date: '2021-06', metric: 'issues_found', value: 10, approx: false, source: '', ...over,
});

const figures = [
  fig({}),
  fig({ line: 3, city: '呼和浩特市', cityAdcode: 150100, value: 5, approx: true }),
  fig({ line: 4, city: '新城区', cityAdcode: 150102, value: 2, date: '2022' }),
  fig({ line: 5, province: '广东', adcode: 440000, value: 7, date: null }),
  fig({ line: 6, metric: 'problem_clues', value: 99 }),
];

describe('inRange', () => {
  it('compares months, years by overlap, and keeps undated figures out of a range', () => {
    expect(inRange('2021-06-15', ['2021-06', '2021-06'])).toBe(true);
    expect(inRange('2021-07', ['2021-01', '2021-06'])).toBe(false);
    expect(inRange('2021', ['2020-11', '2021-02'])).toBe(true);
    expect(inRange(null, ['2020-01', '2021-01'])).toBe(false);
    expect(inRange(null, null)).toBe(true);
  });
});

describe('importedRegionFigures', () => {
  it('sums the metric per province on the China map, keeping approx', () => {
    const m = importedRegionFigures(figures, 'issues_found', null, null, null);
    expect(m.get(150000)).toEqual({ adcode: 150000, value: 17, approx: true, facts: 3, articles: 0 });
    expect(m.get(440000)?.value).toBe(7);
  });

  it('filters by the date range', () => {
    const m = importedRegionFigures(figures, 'issues_found', ['2021-01', '2021-12'], null, null);
    expect(m.get(150000)?.value).toBe(15);
    expect(m.has(440000)).toBe(false);
  });

  it('draws cities on the drilled province map, a county in its prefecture when the map lacks it', () => {
    const m = importedRegionFigures(figures, 'issues_found', null, 150000, new Set([150100, 150200]));
    expect([...m.entries()].map(([k, r]) => [k, r.value])).toEqual([[150100, 7]]);
  });
});

describe('mergeRegionFigures', () => {
  const extracted = new Map([[150000, { adcode: 150000, value: 100, approx: false, facts: 4, articles: 3 }]]);
  const imported = importedRegionFigures(figures, 'issues_found', null, null, null);

  it('shows one layer alone or both added together', () => {
    expect(mergeRegionFigures(extracted, imported, 'extracted').get(150000)?.value).toBe(100);
    expect(mergeRegionFigures(extracted, imported, 'imported').get(150000)?.value).toBe(17);
    const both = mergeRegionFigures(extracted, imported, 'both');
    expect(both.get(150000)).toEqual({ adcode: 150000, value: 117, approx: true, facts: 7, articles: 3 });
    expect(both.get(440000)?.value).toBe(7);
    expect(extracted.get(150000)?.value).toBe(100);
  });
});

describe('mergeMonthly', () => {
  const series = { months: ['2021-05', '2021-06'], articles: [1, 2], values: [0, 30] };

  it('adds imported values per month and widens the axis to cover them', () => {
    const merged = mergeMonthly(series, figures, 'issues_found', null, 'both');
    expect(merged.months[0]).toBe('2021-05');
    expect(merged.months.at(-1)).toBe('2022-01');
    expect(merged.values[1]).toBe(45);
    expect(merged.values.at(-1)).toBe(2);
    expect(merged.articles.slice(0, 2)).toEqual([1, 2]);
  });

  it('shows only the imported layer when asked, and follows the selection', () => {
    const only = mergeMonthly(series, figures, 'issues_found', 150100, 'imported');
    expect(only.values[1]).toBe(5);
    expect(only.values.at(-1)).toBe(2);
    expect(mergeMonthly(series, figures, 'issues_found', null, 'extracted')).toBe(series);
  });

  it('lists every month between the first and last', () => {
    expect(monthsCovering(['2021-11', '2022-02'])).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsCovering([])).toEqual([]);
  });
});

describe('mergeMetricFigures', () => {
  const extracted = [
    { metric: 'issues_found' as const, value: 100, approx: false, facts: 2 },
    { metric: 'problem_clues' as const, value: 3, approx: false, facts: 1 },
  ];

  it('adds the selection’s imported figures per metric, or shows them alone', () => {
    const both = mergeMetricFigures(extracted, figures, null, 150000, 'both');
    expect(both).toEqual([
      { metric: 'issues_found', value: 117, approx: true, facts: 5 },
      { metric: 'problem_clues', value: 102, approx: false, facts: 2 },
    ]);
    const alone = mergeMetricFigures(extracted, figures, ['2021-01', '2021-12'], 440000, 'imported');
    expect(alone.map((m) => m.value)).toEqual([0, 0]);
    expect(mergeMetricFigures(extracted, figures, null, null, 'extracted')).toEqual(extracted);
  });
});
