// Fetches the data files at run time from the app's own origin and validates them. Every way a file can be
// wrong (missing, cut off, another schema version, another shape) becomes a DataProblem the page explains.
import type * as v from 'valibot';
import type { Manifest } from '../../core/contract';
import type { ArticleIndex, ArticleShardFile, SearchText, Summary } from '../../core/schema';
import {
  APP_INDEX_PATH,
  APP_SUMMARY_PATH,
  SummarySchema,
  ArticleIndexSchema,
  ArticleShardSchema,
  checkFile,
  ManifestSchema,
  SearchTextSchema,
} from '../../core/schema';

export interface DataProblem {
  kind: 'missing' | 'truncated' | 'version' | 'shape';
  /** The file, relative to the data dir. */
  file: string;
  detail: string;
}

export class DataError extends Error {
  constructor(readonly problem: DataProblem) {
    super(`${problem.file}: ${problem.detail}`);
  }
}

/** Where the data dir is served (copied into dist/data at build; see vite.config.ts). */
export const DATA_BASE = `${import.meta.env?.BASE_URL ?? '/'}data/`;

export async function fetchChecked<T>(file: string, schema: v.GenericSchema<unknown, T>, base = DATA_BASE): Promise<T> {
  let response: Response;
  try {
    response = await fetch(base + file);
  } catch (e) {
    throw new DataError({ kind: 'missing', file, detail: String(e) });
  }
  if (!response.ok) throw new DataError({ kind: 'missing', file, detail: `HTTP ${response.status}` });
  let json: unknown;
  const body = await response.text();
  try {
    json = JSON.parse(body);
  } catch (e) {
    throw new DataError({ kind: 'truncated', file, detail: (e as Error).message });
  }
  const checked = checkFile(schema, json);
  if (!checked.ok) throw new DataError({ kind: checked.problem, file, detail: checked.detail });
  return checked.value;
}

/**
 * A summary left over from an earlier ingest (its article count is not the manifest's) would draw figures
 * the index then contradicts: it is ignored, and the map waits for the index instead.
 */
export function isCurrentSummary(summary: Summary, manifest: Manifest): boolean {
  return summary.count === manifest.counts.articles;
}

export interface LoadedData {
  manifest: Manifest;
  /** Small: arrives first, so the map can be drawn while the index loads. */
  preview: Promise<{ manifest: Manifest; summary: Summary | null; summaryProblem?: DataProblem }>;
  index: Promise<ArticleIndex>;
}

/** Starts every fetch at once; each promise settles on its own. */
export function loadData(base = DATA_BASE): { preview: LoadedData['preview']; index: LoadedData['index'] } {
  const manifest = fetchChecked('manifest.json', ManifestSchema, base);
  // The summary only lets the map appear sooner; a data dir written before it existed (its manifest does
  // not list it) still works, and nothing is requested that is not there. A listed summary that is broken
  // costs nothing but speed: the page works from the index and names the broken file.
  type SummaryOutcome = { summary: Summary | null; summaryProblem?: DataProblem };
  const summary: Promise<SummaryOutcome> = manifest.then((m) =>
    Object.values(m.files).includes(APP_SUMMARY_PATH)
      ? fetchChecked(APP_SUMMARY_PATH, SummarySchema, base).then(
          (s) => ({ summary: isCurrentSummary(s, m) ? s : null }),
          (e: unknown) => ({ summary: null, summaryProblem: asProblem(e, APP_SUMMARY_PATH) }),
        )
      : { summary: null },
  );
  const index = fetchChecked(APP_INDEX_PATH, ArticleIndexSchema, base);
  const preview = Promise.all([manifest, summary]).then(([m, s]) => ({ manifest: m, ...s }));
  // Handled by whoever awaits them; avoid unhandled-rejection noise when one fails first.
  preview.catch(() => undefined);
  index.catch(() => undefined);
  return { preview, index };
}

export function loadShard(file: string, base = DATA_BASE): Promise<ArticleShardFile> {
  return fetchChecked(file, ArticleShardSchema, base);
}

export function loadSearchText(file: string, base = DATA_BASE): Promise<SearchText> {
  return fetchChecked(file, SearchTextSchema, base);
}

export function asProblem(e: unknown, file: string): DataProblem {
  return e instanceof DataError ? e.problem : { kind: 'shape', file, detail: String(e) };
}
