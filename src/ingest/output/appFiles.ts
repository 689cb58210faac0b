// Files the dashboard reads besides the contract files: a compact columnar index of every article (enough to
// filter, count and draw every chart), article shards the list loads for the rows it shows, and the text the
// search box looks in, in shards too (loaded on the first query, newest first, searched as they arrive).
// With 100,000 articles the page loads the index only.
// Pure: same input, same output (the ingest writer serialises it).
import type { Article, RegionsFile } from '../../core/contract';
import type { FactCore } from '../types';
import { figuresOf, NONE, type FigureRun, type FigureTable, type Figures } from '../combine/figureTable';
import { searchTextOf } from './bankFigures';
import { AFTER_ALL_DATES, compareText, dayNumber, orderByKeyThenId } from '../combine/order';
import { SCHEMA_VERSION } from '../../core/contract';
import { shardFiguresOf } from '../../core/shardFigures';
import { INSPECTION_TYPES, METRIC_KEYS } from '../../core/metrics';
import { NATIONAL, PROVINCE_BY_SHORT } from '../../core/regions';
import type { ArticleIndex, ArticleShard, SearchText, Summary } from '../../core/schema';
import { APP_INDEX_PATH, APP_SUMMARY_PATH, appShardPath, appTextShardPath } from '../../core/schema';

/** Articles per shard: the list's visible rows come from scattered ordinals, so shards stay small. */
export const SHARD_SIZE = 100;

/**
 * Articles per search-text shard (about 2 MB at 100,000 articles): the first results show after one file,
 * not after the whole text (over 40 MB), and there are few enough files to search each as it arrives.
 */
export const TEXT_SHARD_SIZE = 5000;

/** Search-text shards for this many articles (at least one, empty for no articles). */
export function textShardCount(articles: number): number {
  return Math.max(1, Math.ceil(articles / TEXT_SHARD_SIZE));
}

const LEVEL_CODE = { central: 1, provincial: 2, 'city-county': 3 } as const;

/** Province code (adcode / 10000) of a short name, or undefined for a name not on the map. */
function provinceCode(short: string): number | undefined {
  if (short === NATIONAL.short) return NATIONAL.adcode / 10000;
  const p = PROVINCE_BY_SHORT.get(short);
  return p ? p.adcode / 10000 : undefined;
}

/** Newest first; undated last; ties by id so the order is stable. */
export function newestFirst(articles: Article[]): Article[] {
  return orderByKeyThenId(articles, (a) => a.id, (a) => AFTER_ALL_DATES - dayNumber(a.date), (x, y) => dayNumber(y.date) - dayNumber(x.date) || compareText(x.id, y.id));
}

function typeBits(article: Article): number {
  return article.types.reduce((bits, t) => bits | (1 << INSPECTION_TYPES.indexOf(t)), 0);
}

/**
 * The codes ascending, each once. An article has a handful: an array beats a Set here, and an insertion sort beats
 * Array.prototype.sort with a comparator (called a hundred thousand times).
 */
function sortedUnique(codes: number[]): number[] {
  for (let i = 1; i < codes.length; i++) {
    const code = codes[i];
    let j = i - 1;
    for (; j >= 0 && codes[j] > code; j--) codes[j + 1] = codes[j];
    codes[j + 1] = code;
  }
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (i === 0 || codes[i] !== codes[i - 1]) codes[n++] = codes[i];
  codes.length = n;
  return codes;
}

function articleProvinceCodes(article: Article, table: FigureTable, run: FigureRun): number[] {
  const codes: number[] = [];
  for (const name of article.provinces) {
    const code = provinceCode(name);
    if (code !== undefined) codes.push(code);
  }
  // An article's figures mostly share a province or two: each code is added once, so the sort sees a handful.
  for (let i = run.start; i < run.start + run.count; i++) {
    const code = Math.floor(table.adcode[i] / 10000);
    if (!codes.includes(code)) codes.push(code);
  }
  return sortedUnique(codes);
}

function articleCityCodes(table: FigureTable, run: FigureRun, cityAdcodeByName: Map<string, number>, article: Article): number[] {
  const codes: number[] = [];
  for (let i = run.start; i < run.start + run.count; i++) if (table.cityAdcode[i] > 0) codes.push(table.cityAdcode[i]);
  for (const name of article.cities) {
    const code = cityAdcodeByName.get(name);
    if (code) codes.push(code);
  }
  return sortedUnique(codes);
}

/** City name → adcode, from the figures and the regions file (articles list cities by name only). */
function cityAdcodes({ table, runs }: Figures, regions: RegionsFile): Map<string, number> {
  const byName = new Map<string, number>();
  for (const c of Object.values(regions.cities)) byName.set(c.name, c.adcode);
  for (const run of runs) {
    for (let i = run.start; i < run.start + run.count; i++) {
      const city = table.city[i] === NONE ? '' : table.strings[table.city[i]];
      if (city && table.cityAdcode[i] > 0) byName.set(city, table.cityAdcode[i]);
    }
  }
  return byName;
}

/** Search text from whole figures (when the run did not bank them: their sentences are at hand). */
function searchTextOfFacts(article: Article, table: FigureTable, run: FigureRun): string {
  const sentences: string[] = [];
  for (let i = run.start; i < run.start + run.count; i++) {
    const f = table.whole[i];
    if (!f) throw new Error(`a figure of article ${article.id} was banked but the article has no search text`);
    sentences.push(f.evidence.sentence);
  }
  return searchTextOf(article.title, sentences);
}

/** Whole-corpus totals per province and 全国, by the same rules as the dashboard's own counting. */
export function buildSummary(index: ArticleIndex): Summary {
  const regions: Summary['regions'] = {};
  // Each province's entry by its code (a small number), found by index rather than by a key string per figure.
  const byCode: Summary['regions'][string][] = [];
  const at = (code: number) => (byCode[code] ??= regions[String(code * 10000)] ??= { articles: 0, metrics: {} });
  let j = 0;
  for (let i = 0; i < index.count; i++) {
    for (const code of index.provinces[i]) at(code).articles += 1;
    for (const end = j + index.factCount[i]; j < end; j++) {
      if (!(index.factFlags[j] & 2)) continue;
      const metric = index.metricKeys[index.factMetric[j]];
      const m = (at(index.factProvince[j]).metrics[metric] ??= [0, 0, 0]);
      m[0] += index.factValue[j];
      m[1] |= index.factFlags[j] & 1;
      m[2] += 1;
    }
  }
  return { schemaVersion: SCHEMA_VERSION, count: index.count, regions };
}


/** An article shard as the writer takes it: each article's figures as a run of rows (written from their bytes or whole). */
export type ShardValue = Omit<ArticleShard, 'facts'> & { facts: FigureRun[] };

/** The articles in the dashboard's order (newest first) with each one's figures: what the index and shards list. */
export interface AppOrder {
  ordered: Article[];
  /** The figures of ordered[i] (a run of no rows when it has none). */
  factsOf: FigureRun[];
}

/** `runs` are the articles' runs of figures, or the same by article id when they were mapped before. */
export function appOrder(articles: Article[], runs: FigureRun[] | Map<string, FigureRun>): AppOrder {
  const ordered = newestFirst(articles);
  const runOf = runs instanceof Map ? runs : new Map(runs.map((run) => [run.articleId, run]));
  return { ordered, factsOf: ordered.map((a) => runOf.get(a.id) ?? { articleId: a.id, start: 0, count: 0 }) };
}

/** The article shards, SHARD_SIZE articles each in the dashboard's order (at least one, empty for no articles). */
export function articleShards({ ordered, factsOf }: AppOrder): ShardValue[] {
  return Array.from({ length: Math.max(1, Math.ceil(ordered.length / SHARD_SIZE)) }, (_, i) => {
    const [from, to] = [i * SHARD_SIZE, (i + 1) * SHARD_SIZE];
    return { schemaVersion: SCHEMA_VERSION, start: from, articles: ordered.slice(from, to), facts: factsOf.slice(from, to) };
  });
}

/**
 * `searchTexts` holds each article's search text when its figures were banked (their sentences are not in memory),
 * or is 'banked' when the texts were banked too: the search-text shards are then copied from their bytes by the
 * writer, and only listed here (with no text). `order` is appOrder's, when it was worked out before (the writer
 * starts the shards first).
 */
export function buildAppFiles(articles: Article[], facts: FactCore[] | Figures, regions: RegionsFile, searchTexts?: Map<string, string> | 'banked', order?: AppOrder): Record<string, unknown> {
  const figures = Array.isArray(facts) ? figuresOf(facts) : facts;
  const { table } = figures;
  const { ordered, factsOf } = order ?? appOrder(articles, figures.runs);
  const byName = cityAdcodes(figures, regions);
  const metricNumber = table.metricNumbers();
  // An article's figures are written from their bytes (banked) or whole (output/writeOutput's record writers).
  const shards = articleShards({ ordered, factsOf });
  const textShards = Array.from({ length: textShardCount(ordered.length) }, (_, i) => appTextShardPath(i));
  let count = 0;
  for (const own of factsOf) count += own.count;
  const index: ArticleIndex = {
    schemaVersion: SCHEMA_VERSION,
    count: ordered.length,
    shardSize: SHARD_SIZE,
    shards: shards.map((_, i) => appShardPath(i)),
    textShards,
    textShardSize: TEXT_SHARD_SIZE,
    metricKeys: [...METRIC_KEYS],
    day: [],
    provinces: [],
    cities: [],
    types: [],
    level: [],
    topic: [],
    factCount: [],
    // The figure columns are made at their full length and filled in place: pushed onto, a million-long array is
    // copied each time it grows.
    factProvince: new Array<number>(count),
    factCity: new Array<number>(count),
    factMetric: new Array<number>(count),
    factValue: new Array<number>(count),
    factFlags: new Array<number>(count),
  };
  const texts: SearchText[] = textShards.map((_, i) => ({ schemaVersion: SCHEMA_VERSION, start: i * TEXT_SHARD_SIZE, text: [] }));
  const files: Record<string, unknown> = {};

  let at = 0;
  ordered.forEach((article, ordinal) => {
    const own = factsOf[ordinal];
    index.day.push(dayNumber(article.date));
    index.provinces.push(articleProvinceCodes(article, table, own));
    index.cities.push(articleCityCodes(table, own, byName, article));
    index.types.push(typeBits(article));
    index.level.push(article.level ? LEVEL_CODE[article.level] : 0);
    index.topic.push(article.topic ? 1 : 0);
    index.factCount.push(own.count);
    for (let i = own.start; i < own.start + own.count; i++) {
      index.factProvince[at] = Math.floor(table.adcode[i] / 10000);
      index.factCity[at] = table.cityAdcode[i] === NONE ? 0 : table.cityAdcode[i];
      index.factMetric[at] = metricNumber[table.metric[i]];
      index.factValue[at] = table.value[i];
      index.factFlags[at] = table.approx[i] | (table.counted[i] << 1);
      at++;
    }
    if (searchTexts !== 'banked') texts[Math.floor(ordinal / TEXT_SHARD_SIZE)].text.push(searchTexts?.get(article.id) ?? searchTextOfFacts(article, table, own));
  });

  files[APP_INDEX_PATH] = index;
  files[APP_SUMMARY_PATH] = buildSummary(index);
  texts.forEach((text, i) => (files[textShards[i]] = text));
  // Shards of runs are for the writer (ingest/output/writeOutput), which writes each run's figures in the shards'
  // form (core/shardFigures); given the figures as records, the shards hold them in that form.
  shards.forEach((shard, i) => (files[index.shards[i]] = Array.isArray(facts) ? { ...shard, facts: shard.facts.map((run) => shardFiguresOf(table.wholeFactsOf(run))) } : shard));
  return files;
}
