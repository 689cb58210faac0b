// CSV out of the current view: the figures of the listed articles (their shards fetched as needed) and the
// per-region table of the map being shown, with the imported layer when it is drawn. Loaded on first use.
import { METRIC_KEYS, type MetricKey } from '../../core/metrics';
import { regionName } from '../charts/format';
import { ShardCache } from '../data/shards';
import { loadGeo } from '../geo/loadGeo';
import { importedRegionFigures, inRange, mergeRegionFigures } from '../importCsv/layer';
import type { ImportedFigure } from '../importCsv/parseImport';
import type { Columns } from '../state/columns';
import { isProvinceAdcode, prefectureOf, selectArticleOrdinals, selectRegionFigures } from '../state/selectors';
import type { Store } from '../state/store';
import { exportFileName } from './captions';
import { figuresCsv, regionTableCsv, toCsv, type FigureRecord, type RegionTableRow } from './csvOut';
import { saveBlob } from './download';
import { filtersOf, viewFiltersOf } from './viewContext';

const caches = new WeakMap<Columns, ShardCache>();
function shardCacheOf(columns: Columns): ShardCache {
  let cache = caches.get(columns);
  if (!cache) caches.set(columns, (cache = new ShardCache(columns.index)));
  return cache;
}

function readyColumns(state: Store): Columns {
  if (state.data.status !== 'ready') throw new Error('the data is not loaded yet');
  return state.data.columns;
}

/** Whether a figure is about the selected region (province, 全国, or a city and its counties). */
function factInSelection(adcode: number, cityAdcode: number | undefined, selection: number | null): boolean {
  if (selection === null) return true;
  if (isProvinceAdcode(selection)) return adcode === selection;
  return cityAdcode !== undefined && (cityAdcode === selection || prefectureOf(cityAdcode) === selection);
}

/** The figures of the articles in the view, newest article first. */
export async function viewFigureRecords(state: Store): Promise<FigureRecord[]> {
  const columns = readyColumns(state);
  const ordinals = selectArticleOrdinals(columns, filtersOf(state), state.view.selection);
  const withFacts = [...ordinals].filter((i) => columns.factStart[i + 1] > columns.factStart[i]);
  const cache = shardCacheOf(columns);
  await cache.ensure(withFacts);
  const records: FigureRecord[] = [];
  for (const i of withFacts) {
    const record = cache.get(i);
    if (!record) continue;
    for (const fact of record.facts) {
      if (factInSelection(fact.adcode, fact.cityAdcode, state.view.selection)) records.push({ fact, article: record.article });
    }
  }
  return records;
}

function importedInView(state: Store): ImportedFigure[] {
  if (!state.imported || state.layer === 'extracted') return [];
  return state.imported.figures.filter((f) => inRange(f.date, state.view.range) && factInSelection(f.adcode, f.cityAdcode, state.view.selection));
}

/** The imported figures of the view as rows of the same columns (no article: the user's source instead). */
function importedRows(figures: ImportedFigure[], fileName: string, lang: Store['view']['lang']): string {
  const header = lang === 'zh' ? ['地区', '日期', '指标', '数值', '来源', '省份', '行政区划代码', '导入文件', '行号'] : ['region', 'date', 'metric', 'value', 'source', 'province', 'adcode', 'imported file', 'line'];
  return toCsv(header, figures.map((f) => [f.city ?? f.province, f.date ?? '', f.metric, f.value, f.source, f.province, f.cityAdcode ?? f.adcode, fileName, f.line]));
}

export async function downloadFiguresCsv(state: Store): Promise<void> {
  const lang = state.view.lang;
  const name = exportFileName(viewFiltersOf(state), lang, lang === 'zh' ? '数字' : 'figures');
  saveBlob(new Blob([figuresCsv(await viewFigureRecords(state), lang)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  const imported = importedInView(state);
  if (imported.length > 0 && state.imported) {
    const csv = importedRows(imported, state.imported.fileName, lang);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}-${lang === 'zh' ? '导入' : 'imported'}.csv`);
  }
}

/** Per region of the map being shown: articles and every metric's total, with the imported layer if drawn. */
export async function regionTableRows(state: Store): Promise<RegionTableRow[]> {
  const columns = readyColumns(state);
  const { drill, lang, range } = state.view;
  const geo = drill === null ? null : await loadGeo(drill);
  const featureIds = geo?.featureIds ?? null;
  const rows = new Map<number, RegionTableRow>();
  for (const metric of METRIC_KEYS) {
    let figures = selectRegionFigures(columns, filtersOf(state), metric, drill, featureIds);
    if (state.imported && state.layer !== 'extracted') {
      figures = mergeRegionFigures(figures, importedRegionFigures(state.imported.figures, metric, range, drill, featureIds), state.layer);
    }
    for (const [adcode, f] of figures) {
      const row = rows.get(adcode) ?? { name: regionName(adcode, lang, geo?.names), adcode, articles: f.articles, totals: {} };
      if (f.facts > 0) row.totals[metric as MetricKey] = { value: f.value, approx: f.approx, facts: f.facts };
      row.articles = Math.max(row.articles, f.articles);
      rows.set(adcode, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.adcode - b.adcode);
}

export async function downloadRegionTableCsv(state: Store): Promise<void> {
  const lang = state.view.lang;
  const csv = regionTableCsv(await regionTableRows(state), METRIC_KEYS, lang);
  const name = exportFileName(viewFiltersOf(state), lang, lang === 'zh' ? '地区表' : 'regions');
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}
