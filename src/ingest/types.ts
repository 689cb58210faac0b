// Types passed between ingest steps. One document travels the pipeline:
//   walkFiles → readFile/decode → splitItems → cleanItem (RawItem → CleanDoc) → resolveDate
//   → analyzeDoc (topic, places, facts; src/ingest/extract) → dedupe → aggregate → writeOutput
// Every reject and warning carries the SourceRef (and position when known) it came from.
import type { DateSource, DateSourceKind, Fact, Level, Reject, SourceRef, Warning } from '../core/contract';
import type { InspectionType } from '../core/metrics';

/** One article-sized item as found in a file, before cleaning. */
export interface RawItem {
  source: SourceRef;
  /** 'hexo' (front matter + HTML), 'text', 'html', 'json-item', 'csv-row'. */
  format: string;
  /** Raw body: HTML or plain text. */
  body: string;
  bodyIsHtml: boolean;
  /** Fields a structured container already gave (front matter, JSON keys, CSV columns). */
  fields: { title?: string; date?: string; url?: string; outlet?: string };
}

/** An article's clean text and metadata, ready for date resolution and extraction. */
export interface CleanDoc {
  source: SourceRef;
  format: string;
  title: string;
  /** Plain text, paragraphs separated by "\n". Offsets of evidence refer to this string. */
  text: string;
  url?: string;
  outlet?: string;
  /** The date as written somewhere in the file (front matter, meta tag, 日期: line), not yet normalised. */
  dateRaw?: string;
  /** Where dateRaw was read: front matter, a meta tag, a line of the text, a JSON/CSV field. */
  dateRawKind?: DateSourceKind;
  /** Context for a missing year: the file name, the container's date (a daily JSON's day). */
  dateContext: { fileName: string; containerDate?: string };
}

/** A CleanDoc with its publication date resolved (China time). */
export interface DatedDoc extends CleanDoc {
  date: string | null;
  dateSource: DateSource;
}

/** A figure as the extractor finds it, before ids and de-duplication. */
export type FactDraft = Omit<Fact, 'id' | 'articleId' | 'counted'>;

/**
 * A figure as the corpus-wide steps (de-duplication, aggregation, the dashboard's index) see it: everything but its
 * evidence and id. When a run writes output, each article's figures are written out as JSON bytes as soon as they
 * are found (output/bankFigures) and only this much of them stays in memory, in text order within each article
 * (about 110 bytes a figure instead of 250 with its evidence and id). A Fact is a FactCore too.
 */
export type FactCore = Omit<Fact, 'evidence' | 'id'>;

/** A whole figure (evidence and id at hand), not a banked one. */
export function isWhole(f: FactCore): f is Fact {
  return 'evidence' in f;
}

/** What extraction says about one dated document. */
export interface Analysis {
  topic: boolean;
  provinces: string[];
  cities: string[];
  types: InspectionType[];
  level: Level | null;
  facts: FactDraft[];
  warnings: Warning[];
}

export type { Reject, Warning, SourceRef };
