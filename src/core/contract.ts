// The data contract between ingest (writer) and dashboard (reader): the files in data/.
// Bump SCHEMA_VERSION on any incompatible change; the app refuses files of another version with an explanation.
import type { InspectionType, MetricKey } from './metrics';

export const SCHEMA_VERSION = 2;

/** Where something came from: a file relative to the input dir, the item inside a multi-item file, a position. */
export interface SourceRef {
  file: string;
  /** Index (or key) of the item inside a multi-item file (JSON list, CSV row); absent for one-article files. */
  item?: number | string;
}

export interface Position {
  /** 1-based line in the decoded file, when known. */
  line?: number;
  /** Character offset in the article's clean text, when the warning is about the text. */
  offset?: number;
}

export type Level = 'central' | 'provincial' | 'city-county';

export type DateSourceKind = 'front-matter' | 'meta' | 'text' | 'file-name' | 'item' | 'inferred' | 'none';

export interface DateSource {
  kind: DateSourceKind;
  /** True when part of the date (usually the year) was inferred rather than read. */
  inferred: boolean;
  /** Why, in words a person understands: "year from file name 20211013.json", "日期:06-15 without a year; year from 去年 in text". */
  reason?: string;
}

export interface Article {
  id: string;
  source: SourceRef;
  /** Every source of the same article (duplicates merged: two URLs, two formats); source is the first. */
  sources: SourceRef[];
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY in China time (Asia/Shanghai), or null when unknown. */
  date: string | null;
  dateSource: DateSource;
  url?: string;
  outlet?: string;
  /** About inspection work (巡视/巡察) or not. Off-topic articles are listed and yield no figures. */
  topic: boolean;
  /** Short province names as on the map, or 全国, whose inspection work the article reports. */
  provinces: string[];
  /** Full city / county names (呼和浩特市) whose inspection work the article reports. */
  cities: string[];
  types: InspectionType[];
  level: Level | null;
  /** Number of characters of clean text (the text itself is not stored unless ingest ran with --text). */
  chars: number;
  text?: string;
}

export interface Evidence {
  /** The sentence the figure was read from. */
  sentence: string;
  /** Offsets of the number (with its unit/approx words) inside `sentence`: sentence.slice(start, end). */
  start: number;
  end: number;
  /** Offset of the sentence in the article's clean text. */
  offset: number;
}

export interface Period {
  /** As written: 2021年, 上半年, 去年, 今年以来. */
  text: string;
  /** Resolved bounds when known (YYYY-MM-DD), relative to publication for 去年 / 今年. */
  from?: string;
  to?: string;
}

export interface Fact {
  id: string;
  articleId: string;
  /** Short province name as on the map, or 全国. */
  province: string;
  /** Province-level adcode (100000 for 全国). */
  adcode: number;
  /** Full city/county name when the figure is about one (呼和浩特市). */
  city?: string;
  cityAdcode?: number;
  metric: MetricKey;
  value: number;
  approx: boolean;
  evidence: Evidence;
  period?: Period;
  /** False when the same figure for the same region was already counted from another article (reprints). */
  counted: boolean;
}

export interface Reject {
  source: SourceRef;
  /** Stable machine code: unreadable, empty, binary, unsupported, parse-error, no-articles, duplicate-file … */
  code: string;
  /** A sentence a person understands. */
  reason: string;
  position?: Position;
}

export interface Warning {
  source: SourceRef;
  code: string;
  message: string;
  position?: Position;
}

export interface MetricTotal {
  /** Sum of the counted figures. */
  value: number;
  /** True when any summed figure is approximate (余/多/近/约). */
  approx: boolean;
  facts: number;
  articles: number;
}

export interface RegionAggregate {
  adcode: number;
  name: string;
  /** For a city: its province's adcode. */
  parent?: number;
  articles: number;
  totals: Partial<Record<MetricKey, MetricTotal>>;
  /** 'YYYY-MM' → article count and metric sums for that month (publication month). */
  byMonth: Record<string, { articles: number; metrics: Partial<Record<MetricKey, number>> }>;
  byType: Partial<Record<InspectionType, number>>;
}

export interface RegionsFile {
  schemaVersion: number;
  /** Keyed by province adcode as a string ("150000"; "100000" for 全国). */
  provinces: Record<string, RegionAggregate>;
  /** Keyed by city adcode as a string. */
  cities: Record<string, RegionAggregate>;
}

export interface ArticlesFile {
  schemaVersion: number;
  articles: Article[];
}

export interface FactsFile {
  schemaVersion: number;
  facts: Fact[];
}

export interface RejectsFile {
  schemaVersion: number;
  rejects: Reject[];
  warnings: Warning[];
}

export interface Manifest {
  schemaVersion: number;
  generator: { name: string; version: string };
  /** Name of the input folder (not an absolute path: output is deterministic across machines). */
  corpus: string;
  counts: { files: number; articles: number; topicArticles: number; facts: number; rejected: number; warnings: number };
  dateRange: { from: string | null; to: string | null };
  metrics: { key: MetricKey; zh: string; en: string; unitZh: string; unitEn: string; core: boolean }[];
  /** Other files the app may read (index, shards), relative to the data dir. */
  files: Record<string, string>;
}
