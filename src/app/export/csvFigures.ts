// CSV out of the figures of the current view: every figure of the listed articles, with its evidence sentence,
// article title, date and source, written shard by shard; and the imported figures of the view when they are
// drawn. Loaded on first use.
import { SCHEMA_VERSION } from '../../core/contract';
import type { ArticleShard, ArticleShardFile } from '../../core/schema';
import { expandShard } from '../data/shards';
import { DATA_BASE } from '../data/loadData';
import { inRange, inRegion } from '../importCsv/layer';
import type { ImportedFigure } from '../importCsv/parseImport';
import type { Columns } from '../state/columns';
import { selectArticleOrdinals } from '../state/selectors';
import type { Store } from '../state/store';
import { exportFileName } from './captions';
import { figuresCsvHead, figuresCsvPart, toCsv, type FigureRecord } from './csvOut';
import { saveBlob } from './download';
import { filtersOf, viewFiltersOf } from './viewContext';

export function readyColumns(state: Store): Columns {
  if (state.data.status !== 'ready') throw new Error('the data is not loaded yet');
  return state.data.columns;
}

/** Ordinals of the view's articles that have figures, grouped by the shard that holds them, in list order. */
function ordinalsByShard(columns: Columns, state: Store): [number, number[]][] {
  const groups = new Map<number, number[]>();
  const { shardSize } = columns.index;
  for (const i of selectArticleOrdinals(columns, filtersOf(state), state.view.selection)) {
    if (columns.factStart[i + 1] === columns.factStart[i]) continue;
    const n = Math.floor(i / shardSize);
    const group = groups.get(n);
    if (group) group.push(i);
    else groups.set(n, [i]);
  }
  return [...groups];
}

function recordsOf(shard: ArticleShard, ordinals: readonly number[], selection: number | null): FigureRecord[] {
  const records: FigureRecord[] = [];
  for (const i of ordinals) {
    const k = i - shard.start;
    const article = shard.articles[k];
    for (const fact of shard.facts[k] ?? []) {
      if (article && inRegion(fact.adcode, fact.cityAdcode, selection)) records.push({ fact, article });
    }
  }
  return records;
}

/**
 * A shard for the CSV: parsed and checked for version and alignment only. The full schema check costs ~75 ms a
 * shard (15 s for 100,000 articles); the CSV writer only reads fields into text, so a bad value shows in the file
 * instead of stopping it, and a shard of another version or shape is refused with its name.
 */
async function loadShardForCsv(file: string, columns: Columns): Promise<ArticleShard> {
  const response = await fetch(DATA_BASE + file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  const shard = (await response.json()) as ArticleShardFile;
  if (shard?.schemaVersion !== SCHEMA_VERSION) throw new Error(`${file}: schema version ${String(shard?.schemaVersion)}, expected ${SCHEMA_VERSION}`);
  if (!Array.isArray(shard.articles) || !Array.isArray(shard.facts) || shard.articles.length !== shard.facts.length || typeof shard.start !== 'number') {
    throw new Error(`${file}: not an article shard`);
  }
  if (!shard.facts.every((entry) => Array.isArray(entry) && (entry.length === 0 || (Array.isArray(entry[0]) && Array.isArray(entry[1]))))) {
    throw new Error(`${file}: not an article shard (its figures are not in the shard form)`);
  }
  return expandShard(shard, columns, file);
}

/** Shards fetched at once: enough to overlap network and parsing, few enough to keep memory flat. */
const SHARD_CONCURRENCY = 3;

/**
 * The figures CSV of the view, in parts (header, then one part per shard in list order). Each shard is fetched,
 * turned into CSV lines and let go, so a 100,000-article corpus does not sit in memory as objects.
 */
export async function figuresCsvParts(state: Store, onProgress?: (done: number, total: number) => void): Promise<string[]> {
  const columns = readyColumns(state);
  const lang = state.view.lang;
  const groups = ordinalsByShard(columns, state);
  const parts = new Array<string>(groups.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < groups.length) {
      const k = next++;
      const [n, ordinals] = groups[k];
      const shard = await loadShardForCsv(columns.index.shards[n], columns);
      parts[k] = figuresCsvPart(recordsOf(shard, ordinals, state.view.selection), lang);
      onProgress?.(++done, groups.length);
    }
  };
  await Promise.all(Array.from({ length: SHARD_CONCURRENCY }, worker));
  return [figuresCsvHead(lang), ...parts];
}

function importedInView(state: Store): ImportedFigure[] {
  if (!state.imported || state.layer === 'extracted') return [];
  return state.imported.figures.filter((f) => inRange(f.date, state.view.range) && inRegion(f.adcode, f.cityAdcode, state.view.selection));
}

/** The imported figures of the view as rows of the same columns (no article: the user's source instead). */
function importedRows(figures: ImportedFigure[], fileName: string, lang: Store['view']['lang']): string {
  const header = lang === 'zh' ? ['地区', '日期', '指标', '数值', '来源', '省份', '行政区划代码', '导入文件', '行号'] : ['region', 'date', 'metric', 'value', 'source', 'province', 'adcode', 'imported file', 'line'];
  return toCsv(header, figures.map((f) => [f.city ?? f.province, f.date ?? '', f.metric, f.value, f.source, f.province, f.cityAdcode ?? f.adcode, fileName, f.line]));
}

export async function downloadFiguresCsv(state: Store, onProgress?: (done: number, total: number) => void): Promise<void> {
  const lang = state.view.lang;
  const name = exportFileName(viewFiltersOf(state), lang, lang === 'zh' ? '数字' : 'figures');
  saveBlob(new Blob(await figuresCsvParts(state, onProgress), { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  const imported = importedInView(state);
  if (imported.length > 0 && state.imported) {
    const csv = importedRows(imported, state.imported.fileName, lang);
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}-${lang === 'zh' ? '导入' : 'imported'}.csv`);
  }
}

