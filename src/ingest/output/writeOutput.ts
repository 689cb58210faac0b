// Step 9: the data files of the contract (+ the dashboard's own files from buildAppFiles), written
// deterministically (sorted records and keys, no timestamps, no absolute paths) and atomically.
import { rmSync } from 'node:fs';
import { SCHEMA_VERSION, type Article, type Fact, type Manifest, type Reject, type RegionsFile, type Warning } from '../../core/contract';
import { METRIC_KEYS, METRICS } from '../../core/metrics';
import { compareFacts, compareSource, compareText } from '../combine/order';
import { ArticlesFileSchema, checkFile, FactsFileSchema, ManifestSchema, RegionsFileSchema, RejectsFileSchema } from '../../core/schema';
import { appOrder, buildAppFiles, SHARD_SIZE, textShardCount, type AppOrder } from './appFiles';
import { prepareTemporaryDir, replaceDirAtomically, type FileContent, type WrittenElsewhere } from './atomicDir';
import type { FactCore } from '../types';
import { factsOfRuns, figuresOf, type FigureRun, type FigureTable, type Figures } from '../combine/figureTable';
import { checkFactJson, FactBlockReader, type FactBytes, type SpillBlock } from './factBlocks';
import { BankedFilesThread, spillFiles } from './bankedFiles';
import { startAppFiles, startContractFiles, type Banked } from './bankedOutput';
import { factJson } from './factJson';
import { shardFiguresOf } from '../../core/shardFigures';
import { stableJsonChunks, stableStringify } from './stableJson';

/** The records of the output: known once the corpus-wide de-duplication is done. */
export interface OutputRecords {
  articles: Article[];
  /** Whole figures, or banked ones (FactCores) whose bytes the FactBlockReader gives; or, instead, `figures`. */
  facts?: FactCore[];
  /** The figures as a table with their runs in the facts file's order (countFigures gives them so). */
  figures?: Figures;
  /** Each article's search text, when its figures were banked and the texts were not (else FactBlocksAt's). */
  searchTexts?: Map<string, string>;
}

/** The rest of the output: known after aggregation. */
export interface OutputSummary {
  corpusName: string;
  generator: { name: string; version: string };
  regions: RegionsFile;
  rejects: Reject[];
  warnings: Warning[];
  /** Number of input files (each is an article's source or a reject). */
  files: number;
}

export type OutputData = OutputRecords & OutputSummary;

export const CONTRACT_FILES = ['articles.json', 'facts.json', 'regions.json', 'manifest.json', 'rejects.json'] as const;

/** The first and last date in compareText order (found in one pass: sorting a hundred thousand dates costs more). */
function dateRange(articles: Article[]): Manifest['dateRange'] {
  let from: string | null = null;
  let to: string | null = null;
  for (const { date } of articles) {
    if (date === null) continue;
    if (from === null || compareText(date, from) < 0) from = date;
    if (to === null || compareText(date, to) > 0) to = date;
  }
  return { from, to };
}

const bySource = <T extends { source: Reject['source'] }>(a: T, b: T) => compareSource(a.source, b.source);

/** True when the list is in the comparator's order already. */
function inOrder<T>(list: T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** The figures in all the runs. */
function figureCount({ runs }: Figures): number {
  let n = 0;
  for (const run of runs) n += run.count;
  return n;
}

/** Articles in the order of their files, and the figures as a table in the facts file's order (normalised here). */
function sortedRecords(records: OutputRecords): OutputRecords & { figures: Figures } {
  const articles = [...records.articles].sort(bySource);
  if (records.figures) return { ...records, articles, figures: records.figures };
  const list = records.facts ?? [];
  const facts = inOrder(list, compareFacts) ? list : [...list].sort(compareFacts);
  return { ...records, articles, facts, figures: figuresOf(facts) };
}

/** Rejects and warnings in the order of their file. */
function sortedSummary(summary: OutputSummary): OutputSummary {
  return {
    ...summary,
    rejects: [...summary.rejects].sort((a, b) => bySource(a, b) || compareText(a.code, b.code)),
    warnings: [...summary.warnings].sort((a, b) => bySource(a, b) || compareText(a.code, b.code) || compareText(a.message, b.message)),
  };
}

export function buildManifest(data: OutputData, appFiles: string[]): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: data.generator,
    corpus: data.corpusName,
    counts: {
      files: data.files,
      articles: data.articles.length,
      topicArticles: data.articles.filter((a) => a.topic).length,
      facts: data.figures ? figureCount(data.figures) : (data.facts?.length ?? 0),
      rejected: data.rejects.length,
      warnings: data.warnings.length,
    },
    dateRange: dateRange(data.articles),
    metrics: METRIC_KEYS.map((k) => METRICS[k]).map((m) => ({ key: m.key, zh: m.zh, en: m.en, unitZh: m.unitZh, unitEn: m.unitEn, core: m.core })),
    files: Object.fromEntries(appFiles.map((f) => [f.replace(/\.json$/, ''), f])),
  };
}

/**
 * Records checked one by one against the schema; beyond this, an even sample. The records are typed by
 * construction, so the check guards against a writer and a schema drifting apart, which any sample shows: at
 * 100,000 articles the checks take about a fifth of a second with 5,000 of each kind, over half a second with 20,000.
 */
const FULL_CHECK_LIMIT = 5_000;

function sampled<T>(records: T[]): T[] {
  if (records.length <= FULL_CHECK_LIMIT) return records;
  const step = records.length / FULL_CHECK_LIMIT;
  return Array.from({ length: FULL_CHECK_LIMIT }, (_, i) => records[Math.floor(i * step)]);
}

/**
 * Checks the contract files against the schemas the dashboard loads them with; a mismatch stops the write. The
 * figures checked are the records as written (`figureRecords`: banked ones read back from their bytes).
 */
export function validateOutput(data: OutputData, manifest: Manifest, figureRecords: unknown[] = sampled(data.facts ?? (data.figures ? factsOfRuns(data.figures) : []))): void {
  const checks = [
    ['articles.json', checkFile(ArticlesFileSchema, { schemaVersion: SCHEMA_VERSION, articles: sampled(data.articles) })],
    ['facts.json', checkFile(FactsFileSchema, { schemaVersion: SCHEMA_VERSION, facts: figureRecords })],
    ['regions.json', checkFile(RegionsFileSchema, data.regions)],
    ['rejects.json', checkFile(RejectsFileSchema, { schemaVersion: SCHEMA_VERSION, rejects: data.rejects, warnings: data.warnings })],
    ['manifest.json', checkFile(ManifestSchema, manifest)],
  ] as const;
  for (const [file, result] of checks) {
    if (!result.ok) throw new Error(`Refusing to write ${file}: it does not match the data contract (${result.detail}).`);
  }
}

/**
 * Writes records as they are built: articles and figures have their keys in order (buildDraft, toFact), so they skip
 * the key sort (a test checks every record written has its keys in order, and checkFactJson that factJson writes
 * what JSON.stringify would). Banked figures come as their bytes (FactBlockReader), when the copying thread does not
 * write their file; whole ones are written here.
 */
function recordWriters(banked: Banked | undefined, table: FigureTable) {
  const blocks = banked?.reader;
  const counted = (run: FigureRun) => (i: number) => table.counted[run.start + i] === 1;
  const figures = (run: FigureRun): string | Buffer => blocks?.blockOf(run.articleId, run.count, counted(run)) ?? table.wholeFactsOf(run).map(factJson).join(',\n');
  return {
    articles: (a: unknown) => JSON.stringify(a),
    /** The facts file's runs of one article's figures. */
    factRuns: (run: unknown) => figures(run as FigureRun),
    /** An article shard's entry of each article's figures (core/shardFigures), banked or made from whole figures. */
    shardFigures: (item: unknown) => {
      const run = item as FigureRun;
      const at = banked?.shardFigures?.get(run.articleId);
      if (at && blocks) return blocks.bytes(at);
      // Figures banked without their shards' form are read back from the facts file's form.
      const bytes = run.count > 0 ? blocks?.blockOf(run.articleId, run.count, counted(run)) : null;
      return JSON.stringify(shardFiguresOf(bytes ? (JSON.parse(`[${bytes.toString('utf8')}]`) as Fact[]) : table.wholeFactsOf(run)));
    },
  };
}


/**
 * The figure records to validate, as they will be written (an even sample of articles on a large corpus): banked
 * figures read back from their bytes, whole ones as they are (checked against JSON.stringify, as the bank does).
 */
function figureRecords({ table, runs }: Figures, blocks: FactBlockReader | undefined): unknown[] {
  const records: unknown[] = [];
  for (const run of sampled(runs)) {
    if (records.length >= FULL_CHECK_LIMIT) break;
    const bytes = blocks?.blockOf(run.articleId, run.count, (i) => table.counted[run.start + i] === 1);
    if (bytes) records.push(...(JSON.parse(`[${bytes.toString('utf8')}]`) as unknown[]));
    else {
      for (const f of table.wholeFactsOf(run)) {
        checkFactJson(f);
        records.push(f);
      }
    }
  }
  return records;
}

/** The records sorted and grouped as the files list them, and the files of banked bytes already started. */
interface StartedRender {
  records: OutputRecords & { figures: Figures };
  /** The figures in runs of one article (the facts file's order). */
  runs: FigureRun[];
  order: AppOrder;
  writers: ReturnType<typeof recordWriters>;
  started: Map<string, WrittenElsewhere>;
}

/**
 * The first half of rendering, from the records alone. From banked bytes, a thread of its own copies facts.json,
 * articles.json, the shards and the search-text shards (output/bankedOutput): they depend on nothing else, so their
 * copying starts here and runs while this thread aggregates and renders the rest.
 */
function startRender(input: OutputRecords, banked?: Banked): StartedRender {
  const records = sortedRecords(input);
  const { table, runs } = records.figures;
  const writers = recordWriters(banked, table);
  const started = new Map<string, WrittenElsewhere>();
  if (banked) {
    banked.counted = table.counted;
    startContractFiles(banked, records.articles, runs, started);
  }
  // The shards (the dashboard's order) start once it is worked out.
  const order = appOrder(records.articles, runs);
  if (banked) startAppFiles(banked, order, writers.articles, started);
  return { records, runs, order, writers, started };
}

/**
 * The second half: every output file as relative path → content; the same data always gives the same bytes.
 * Output content is written piece by piece when it is read (large files are never one string).
 */
function finishRender({ records, runs, order, writers, started }: StartedRender, summary: OutputSummary, banked?: Banked): Map<string, FileContent> {
  const data: OutputData = { ...sortedSummary(summary), ...records };
  const chunked = (value: unknown): FileContent => () => stableJsonChunks(value, { records: { articles: writers.articles, facts: writers.shardFigures } });
  const files = new Map<string, FileContent>();
  const appFiles = buildAppFiles(data.articles, records.figures, data.regions, banked?.searchTexts ? 'banked' : data.searchTexts, order);
  files.set('articles.json', started.get('articles.json') ?? chunked({ schemaVersion: SCHEMA_VERSION, articles: data.articles }));
  // Written run by run (an article's figures together): the same bytes as one record per line.
  files.set('facts.json', started.get('facts.json') ?? (() => stableJsonChunks({ schemaVersion: SCHEMA_VERSION, facts: runs }, { records: { facts: writers.factRuns } })));
  files.set('regions.json', chunked(data.regions));
  files.set('rejects.json', chunked({ schemaVersion: SCHEMA_VERSION, rejects: data.rejects, warnings: data.warnings }));
  const appPaths = Object.keys(appFiles).sort(compareText);
  for (const rel of appPaths) {
    if ((CONTRACT_FILES as readonly string[]).includes(rel)) continue;
    files.set(rel, started.get(rel) ?? chunked(appFiles[rel]));
  }
  const manifest = buildManifest(data, appPaths);
  validateOutput(data, manifest, figureRecords(records.figures, banked?.reader));
  files.set('manifest.json', stableStringify(manifest));
  return files;
}

/** All output files as relative path → content (both halves of rendering at once). */
export function renderOutput(input: OutputData, banked?: Banked): Map<string, FileContent> {
  return finishRender(startRender(input, banked), input, banked);
}

/** The text of a rendered file (for tests and small outputs); not of one another thread writes. */
export function textOf(content: FileContent | undefined): string {
  if (content === undefined) throw new Error('no such output file');
  if (typeof content === 'object') throw new Error('this file is written by another thread');
  return typeof content === 'string' ? content : [...content()].map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join('');
}

/** Figure blocks written by worker threads (spill folder and where each article's block is). */
export interface FactBlocksAt {
  dir: string;
  where: Map<string, FactBytes>;
  /** Where article records were banked, when they were. */
  articles?: Map<string, SpillBlock>;
  /** Where search texts were banked, when they were. */
  searchTexts?: Map<string, SpillBlock>;
  /** Where each article's figures in the shards' form were banked, when they were. */
  shardFigures?: Map<string, SpillBlock>;
}

/** An output being written: its banked files copy from the moment it starts; finish renders the rest and swaps it in. */
export interface PendingOutput {
  finish(summary: OutputSummary): Map<string, FileContent>;
  /** Gives up (a step between start and finish failed): started copies finish, then the temporary folder goes. */
  abandon(): void;
}

/** Starts writing the output to outDir from its records (see startRender); nothing replaces outDir before finish. */
export function startOutput(outDir: string, records: OutputRecords, factBlocks?: FactBlocksAt): PendingOutput {
  let banked: Banked | undefined;
  let tmp: string | undefined;
  if (factBlocks) {
    const articles = factBlocks.articles ?? new Map<string, SpillBlock>();
    const { searchTexts, shardFigures } = factBlocks;
    const spill = spillFiles(factBlocks.dir, factBlocks.where, articles, ...(searchTexts ? [searchTexts] : []), ...(shardFigures ? [shardFigures] : []));
    // A slot for each file the thread copies: the shards, the search-text shards, facts.json and articles.json.
    const copied = Math.ceil(records.articles.length / SHARD_SIZE) + textShardCount(records.articles.length) + 2;
    tmp = prepareTemporaryDir(outDir);
    banked = { reader: new FactBlockReader(factBlocks.dir, factBlocks.where), articles, searchTexts, shardFigures, spill, thread: new BankedFilesThread(spill, copied), dir: tmp, started: [] };
  }
  let open = true;
  const close = (failed: boolean): void => {
    open = false;
    // A failure before the swap: what was started in the temporary folder goes with it, once it is written.
    if (failed) {
      for (const written of banked?.started ?? []) {
        try {
          written();
        } catch {
          // the failure being reported already stops the write
        }
      }
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
    banked?.reader.close();
    banked?.thread.close();
  };
  let started: StartedRender;
  try {
    started = startRender(records, banked);
  } catch (e) {
    close(true);
    throw e;
  }
  return {
    finish(summary) {
      if (!open) throw new Error('this output was finished or abandoned already');
      let failed = true;
      try {
        const files = finishRender(started, summary, banked);
        replaceDirAtomically(outDir, files, undefined, tmp);
        failed = false;
        return files;
      } finally {
        close(failed);
      }
    },
    abandon() {
      if (open) close(true);
    },
  };
}

export function writeOutput(outDir: string, data: OutputData, factBlocks?: FactBlocksAt): Map<string, FileContent> {
  return startOutput(outDir, data, factBlocks).finish(data);
}
