// Runtime validation of the data files (src/core/contract.ts) and of the app's own files (index, shards,
// search text), with valibot. The dashboard validates every file it loads; the ingest writer may too.
// A file of another schemaVersion is refused with its own message before its shape is looked at, so an
// old data dir is explained as "made by another version", not as a list of shape errors.
import * as v from 'valibot';
import { SCHEMA_VERSION } from './contract';
import type { Article, ArticlesFile, Fact, FactsFile, Manifest, RegionsFile, RejectsFile } from './contract';
import type { ShardFigures } from './shardFigures';
import { INSPECTION_TYPES, METRIC_KEYS } from './metrics';

const Metric = v.picklist(METRIC_KEYS);
const InspectionType = v.picklist(INSPECTION_TYPES);
const SourceRef = v.object({ file: v.string(), item: v.optional(v.union([v.number(), v.string()])) });
const Position = v.object({ line: v.optional(v.number()), offset: v.optional(v.number()) });
const DateString = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

export const ArticleSchema = v.object({
  id: v.string(),
  source: SourceRef,
  sources: v.array(SourceRef),
  title: v.string(),
  date: v.nullable(DateString),
  dateSource: v.object({
    kind: v.picklist(['front-matter', 'meta', 'text', 'file-name', 'item', 'inferred', 'none']),
    inferred: v.boolean(),
    reason: v.optional(v.string()),
  }),
  url: v.optional(v.string()),
  outlet: v.optional(v.string()),
  topic: v.boolean(),
  provinces: v.array(v.string()),
  cities: v.array(v.string()),
  types: v.array(InspectionType),
  level: v.nullable(v.picklist(['central', 'provincial', 'city-county'])),
  chars: v.number(),
  text: v.optional(v.string()),
});

export const FactSchema = v.object({
  id: v.string(),
  articleId: v.string(),
  province: v.string(),
  adcode: v.number(),
  city: v.optional(v.string()),
  cityAdcode: v.optional(v.number()),
  metric: Metric,
  value: v.number(),
  approx: v.boolean(),
  evidence: v.object({ sentence: v.string(), start: v.number(), end: v.number(), offset: v.number() }),
  period: v.optional(v.object({ text: v.string(), from: v.optional(v.string()), to: v.optional(v.string()) })),
  counted: v.boolean(),
});

const MetricTotal = v.object({ value: v.number(), approx: v.boolean(), facts: v.number(), articles: v.number() });
const RegionAggregate = v.object({
  adcode: v.number(),
  name: v.string(),
  parent: v.optional(v.number()),
  articles: v.number(),
  totals: v.record(v.string(), MetricTotal),
  byMonth: v.record(v.string(), v.object({ articles: v.number(), metrics: v.record(v.string(), v.number()) })),
  byType: v.record(v.string(), v.number()),
});

export const ManifestSchema = v.object({
  schemaVersion: v.number(),
  generator: v.object({ name: v.string(), version: v.string() }),
  corpus: v.string(),
  counts: v.object({
    files: v.number(),
    articles: v.number(),
    topicArticles: v.number(),
    facts: v.number(),
    rejected: v.number(),
    warnings: v.number(),
  }),
  dateRange: v.object({ from: v.nullable(v.string()), to: v.nullable(v.string()) }),
  metrics: v.array(
    v.object({ key: Metric, zh: v.string(), en: v.string(), unitZh: v.string(), unitEn: v.string(), core: v.boolean() }),
  ),
  files: v.record(v.string(), v.string()),
});

export const RegionsFileSchema = v.object({
  schemaVersion: v.number(),
  provinces: v.record(v.string(), RegionAggregate),
  cities: v.record(v.string(), RegionAggregate),
});
export const ArticlesFileSchema = v.object({ schemaVersion: v.number(), articles: v.array(ArticleSchema) });
export const FactsFileSchema = v.object({ schemaVersion: v.number(), facts: v.array(FactSchema) });
export const RejectsFileSchema = v.object({
  schemaVersion: v.number(),
  rejects: v.array(v.object({ source: SourceRef, code: v.string(), reason: v.string(), position: v.optional(Position) })),
  warnings: v.array(
    v.object({ source: SourceRef, code: v.string(), message: v.string(), position: v.optional(Position) }),
  ),
});

// ---- The app's own files (written by src/ingest/output/appFiles.ts) ----------------------------------

/** Paths of the app files, relative to the data dir. */
export const APP_INDEX_PATH = 'app/index.json';
export const appShardPath = (n: number) => `app/articles-${String(n).padStart(4, '0')}.json`;
/** The search text in one file: data dirs written before the text was sharded. */
export const APP_TEXT_PATH = 'app/text.json';
export const appTextShardPath = (n: number) => `app/text-${String(n).padStart(4, '0')}.json`;
export const APP_SUMMARY_PATH = 'app/summary.json';

// A plain loop, not a schema per element: the index holds a million numbers at 100,000 articles.
const isNumberList = (x: unknown): x is number[] => {
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== 'number') return false;
  return true;
};
const Ints = v.custom<number[]>(isNumberList, 'Expected a list of numbers');
const IntLists = v.custom<number[][]>((x) => Array.isArray(x) && x.every(isNumberList), 'Expected a list of number lists');

/**
 * Columnar index of every article, newest first (an article's ordinal is its position). Enough to filter,
 * count and draw every chart without the articles themselves; the list loads shards for the rows it shows.
 */
export const ArticleIndexSchema = v.object({
  schemaVersion: v.number(),
  count: v.number(),
  shardSize: v.number(),
  shards: v.array(v.string()),
  /** Titles and evidence for the search box in one file (data dirs written before `textShards`). */
  text: v.optional(v.string()),
  /**
   * Titles and evidence for the search box in files of `textShardSize` articles each, by ordinal: loaded
   * newest first on the first query, and searched as they arrive.
   */
  textShards: v.optional(v.array(v.string())),
  textShardSize: v.optional(v.number()),
  metricKeys: v.array(Metric),
  /** yyyymmdd; dd = 00 for a month-only date, mmdd = 0000 for a year-only date, 0 when unknown. */
  day: Ints,
  /** Province codes (adcode / 10000; 10 = 全国) per article. */
  provinces: IntLists,
  /** City adcodes per article, as reported by its facts and places. */
  cities: IntLists,
  /** Bit i set = INSPECTION_TYPES[i]. */
  types: Ints,
  /** 0 unknown, 1 central, 2 provincial, 3 city-county. */
  level: Ints,
  topic: Ints,
  /** Facts per article; the fact columns below hold them in article order. */
  factCount: Ints,
  factProvince: Ints,
  /** City adcode or 0. */
  factCity: Ints,
  /** Index into metricKeys. */
  factMetric: Ints,
  factValue: Ints,
  /** Bit 0 approximate, bit 1 counted (not a reprint of a figure already counted). */
  factFlags: Ints,
});
export type ArticleIndex = v.InferOutput<typeof ArticleIndexSchema>;

const NullableString = v.nullable(v.string());
/** core/shardFigures: a figure as a tuple, its sentence by number. */
const ShardFigureSchema = v.strictTuple([
  v.union([v.number(), v.string()]),
  Metric,
  v.number(),
  v.picklist([0, 1]),
  v.string(),
  v.number(),
  NullableString,
  v.nullable(v.number()),
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  v.number(),
  v.number(),
  v.number(),
  v.nullable(v.strictTuple([v.string(), NullableString, NullableString])),
]);
const ShardFiguresSchema = v.union([v.strictTuple([]), v.strictTuple([v.array(v.string()), v.array(ShardFigureSchema)])]);

export const ArticleShardSchema = v.object({
  schemaVersion: v.number(),
  /** Ordinal of the first article in the shard. */
  start: v.number(),
  articles: v.array(ArticleSchema),
  /** The figures of each article, aligned with `articles` (core/shardFigures; whether each counts is in the index). */
  facts: v.array(ShardFiguresSchema),
});
/** An article shard as its file holds it. */
export type ArticleShardFile = v.InferOutput<typeof ArticleShardSchema>;
/** An article shard with each article's figures as records (core/shardFigures, counted flags from the index). */
export interface ArticleShard {
  schemaVersion: number;
  start: number;
  articles: Article[];
  facts: Fact[][];
}

export const SearchTextSchema = v.object({
  schemaVersion: v.number(),
  /** Ordinal of the first article (a shard of the text); absent for the whole text in one file. */
  start: v.optional(v.number()),
  /** Per ordinal: title and evidence sentences, lower-cased, joined by newlines. */
  text: v.array(v.string()),
});
export type SearchText = v.InferOutput<typeof SearchTextSchema>;

/**
 * Per-region totals of the whole corpus (no filters), small whatever the corpus size: the map is drawn from
 * it while the index is still loading. Per region adcode ("150000", "100000" for 全国): its article count
 * and, per metric, [sum of counted figures, 1 if any is approximate else 0, number of counted figures].
 */
export const SummarySchema = v.object({
  schemaVersion: v.number(),
  count: v.number(),
  regions: v.record(
    v.string(),
    v.object({ articles: v.number(), metrics: v.record(v.string(), v.tuple([v.number(), v.number(), v.number()])) }),
  ),
});
export type Summary = v.InferOutput<typeof SummarySchema>;

// ---- Checking a loaded file ----------------------------------------------------------------------------

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: 'version' | 'shape'; detail: string };

/** Validates a parsed JSON value: first its schemaVersion, then its shape. */
export function checkFile<T>(schema: v.GenericSchema<unknown, T>, json: unknown): Checked<T> {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof json === 'object' && json !== null && version !== SCHEMA_VERSION) {
    return { ok: false, problem: 'version', detail: `schemaVersion ${String(version)}, expected ${SCHEMA_VERSION}` };
  }
  const result = v.safeParse(schema, json);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const where = v.getDotPath(issue) ?? '(top level)';
  return { ok: false, problem: 'shape', detail: `${where}: ${issue.message}` };
}

// Compile-time checks that the schemas describe the contract's types exactly enough for both sides.
type Assignable<A, B> = A extends B ? true : false;
export const contractMatches: [
  Assignable<v.InferOutput<typeof ManifestSchema>, Manifest>,
  Assignable<v.InferOutput<typeof ArticlesFileSchema>, ArticlesFile>,
  Assignable<v.InferOutput<typeof FactsFileSchema>, FactsFile>,
  Assignable<v.InferOutput<typeof RegionsFileSchema>, RegionsFile>,
  Assignable<v.InferOutput<typeof RejectsFileSchema>, RejectsFile>,
  Assignable<v.InferOutput<typeof ShardFiguresSchema>, ShardFigures>,
] = [true, true, true, true, true, true];
