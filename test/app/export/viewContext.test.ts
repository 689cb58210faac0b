import { beforeEach, describe, expect, it } from 'vitest';
import { captionsOf, chartTitle, nationalAside, sourceInfoOf, viewFiltersOf } from '../../../src/app/export/viewContext';
import { compileColumns } from '../../../src/app/state/columns';
import { DEFAULT_VIEW, useStore, type Store, type ViewState } from '../../../src/app/state/store';
import { sampleIndex, sampleManifest } from '../fixtures';

function stateWith(view: Partial<ViewState>, extra: Partial<Store> = {}): Store {
  return { ...useStore.getState(), view: { ...DEFAULT_VIEW, ...view }, ...extra };
}

beforeEach(() => {
  useStore.setState({ data: { status: 'ready', manifest: sampleManifest(), columns: compileColumns(sampleIndex()) }, imported: null, layer: 'extracted' });
});

describe('viewFiltersOf', () => {
  it('names the selected region, the range and the types', () => {
    const state = stateWith({ selection: 150000, range: ['2021-01', '2022-12'], types: ['常规'] });
    expect(viewFiltersOf(state)).toEqual({
      metric: 'issues_found', region: '内蒙古', dateFrom: '2021-01', dateTo: '2022-12', types: ['常规'], level: null, query: '', layer: undefined,
    });
  });

  it('names the layer only when figures were imported', () => {
    const imported = { fileName: 'x.csv', figures: [], problems: [], rows: 0 };
    expect(viewFiltersOf(stateWith({}, { imported, layer: 'both' })).layer).toBe('both');
  });
});

describe('sourceInfoOf', () => {
  it('counts the articles the view lists against the corpus', () => {
    expect(sourceInfoOf(stateWith({}))).toEqual({ corpus: 'fixture', dateFrom: '2021-03-05', dateTo: '2023-01-10', articles: 6, totalArticles: 6 });
    expect(sourceInfoOf(stateWith({ selection: 150000 }))?.articles).toBe(3);
    expect(sourceInfoOf(stateWith({ range: ['2022-01', '2022-12'] }))?.articles).toBe(2);
  });
});

describe('captions', () => {
  it('gives the map its title, filters, source and 示意图 note, and 全国 beside it', () => {
    const c = captionsOf('map', stateWith({ metric: 'units_inspected' }));
    expect(c.title).toBe('被巡视巡察单位 · 全国地图');
    expect(c.filters).toContain('指标：被巡视巡察单位');
    expect(c.source).toContain('文章 6 篇（共 6 篇）');
    expect(c.note).toContain('示意图');
    expect(c.aside).toBe('全国（中央层面）：42');
  });

  it('says when 全国 has no figures, and gives other charts no note', () => {
    expect(nationalAside(stateWith({ metric: 'issues_found' }))).toBe('全国（中央层面）：未报告数字');
    expect(nationalAside(stateWith({ drill: 150000 }))).toBeNull();
    expect(captionsOf('bars-top', stateWith({})).note).toBeNull();
  });

  it('adds imported figures to 全国 when both layers are shown', () => {
    const figures = [{ line: 2, province: '全国', adcode: 100000, date: '2023', metric: 'units_inspected' as const, value: 8, approx: false, source: '' }];
    const state = stateWith({ metric: 'units_inspected' }, { imported: { fileName: 'x.csv', figures, problems: [], rows: 1 }, layer: 'both' });
    expect(nationalAside(state)).toBe('全国（中央层面）：50');
  });

  it('titles every chart in the language chosen', () => {
    expect(chartTitle('bars-metrics', stateWith({ selection: 440000, lang: 'en' }))).toBe('Figures of the selection by metric: Guangdong');
    expect(chartTitle('timeline', stateWith({}))).toContain('发现问题');
  });
});
