// The whole ingest as one function: walk → per-file steps (processFile) → de-duplicate → aggregate → write.
// runIngest is what the command, the evaluation and the benchmark call; readDocs gives the dated documents alone.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Article, Fact, Reject, RegionsFile, Warning } from '../core/contract';
import { aggregateRegions } from './combine/aggregateRegions';
import { dedupeArticles } from './combine/dedupeArticles';
import { countFigures } from './combine/dedupeFacts';
import { factsOfRuns, FigureTable, type Figures } from './combine/figureTable';
import { compareFactPosition, inTextOrder } from './combine/order';
import { dropFutureDates } from './combine/futureDates';
import { collectGarbage, compact, StringPool } from './memory';
import { SPILL_TAG, recoverOutputDir } from './output/atomicDir';
import { bankArticle, bankArticles } from './output/bankArticles';
import { bankFigures, PackedReader } from './output/bankFigures';
import { bankSearchTexts } from './output/bankSearchTexts';
import { FactBlockWriter, type FactBytes, type SpillBlock } from './output/factBlocks';
import { startOutput, type FactBlocksAt, type PendingOutput } from './output/writeOutput';
import type { MapContext, OnOutcome } from './parallel/workerPool';
import { datedDocsOfFile, isBanked, processFile, type ArticleDraft, type FileOutcome } from './processFile';
import { walkFiles, type InputFile } from './read/walkFiles';
import type { DatedDoc, FactCore } from './types';

export interface IngestOptions {
  inputDir: string;
  /** Where to write the data files; nothing is written when absent. */
  outDir?: string;
  /** Keep each article's clean text in articles.json. */
  keepText?: boolean;
  /** Called after each file with (files done, files in all). */
  onProgress?: (done: number, total: number) => void;
  /** Runs the per-file steps elsewhere (worker threads); in this thread when absent. */
  mapFiles?: (files: InputFile[], onOutcome: OnOutcome, context: MapContext) => Promise<void>;
}

/**
 * What a run found. Its figures are whole when the run writes nothing; when it writes output they are banked
 * (FactCores: their sentences are in the files written, not in memory). They are made into records when `facts` is
 * first read: the run itself keeps them as rows of a figure table.
 */
export interface IngestResult<F extends FactCore = FactCore> {
  articles: Article[];
  facts: F[];
  regions: RegionsFile;
  rejects: Reject[];
  warnings: Warning[];
  counts: { files: number; articles: number; topicArticles: number; facts: number; rejects: number; warnings: number };
  seconds: number;
  /**
   * Seconds spent per stage: walk, files (per-file steps), combine (dedupe + aggregate; the copying of the banked
   * files starts in it), write.
   */
  phases: { walk: number; files: number; combine: number; write: number };
  /** Resident memory (MB) at the end of each stage: where a large corpus peaks. */
  rssMb: { walk: number; files: number; combine: number; write: number };
}

/**
 * From this many articles on, a full garbage collection starts before the write, where memory peaks: V8 left alone
 * lets the heap grow well past what is live (about 100 MB more at 100,000 articles). It runs beside this thread
 * (collectGarbage); during the files stage, V8's own collections keep up (one there changed the peak by less than
 * 10 MB).
 */
const GC_BEFORE_WRITE_ARTICLES = 50_000;

export const GENERATOR = { name: 'xunshi-atlas-ingest', version: readVersion() };

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}

/** The dated documents of a folder, file by file (for evaluation and tools; no analysis, nothing written). */
export function* readDocs(dir: string): Generator<DatedDoc> {
  const { files } = walkFiles(resolve(dir));
  for (const file of files) yield* datedDocsOfFile(file).docs;
}

/** A fresh folder beside the output for the figures' bytes (removed at the end, or by the next run). */
function makeSpillDir(outDir: string): string {
  recoverOutputDir(outDir);
  const dir = join(dirname(outDir), `.${basename(outDir)}${SPILL_TAG}${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function mapInThisThread(files: InputFile[], keepText: boolean, onOutcome: OnOutcome): Promise<void> {
  for (let i = 0; i < files.length; i++) {
    onOutcome(processFile(files[i], { keepText }), i);
    // Let a progress bar redraw and signals arrive on long runs.
    if (i % 500 === 499) await new Promise((r) => setImmediate(r));
  }
}

/**
 * An outcome whose figures were not banked yet (found in this thread) is banked here when the run writes: its
 * figures then come packed, as a worker's do.
 */
function bankedHere(outcome: FileOutcome<FactCore>, spill: FactBlockWriter | undefined, figures: PackedReader | undefined): PackedReader | undefined {
  if (figures || !spill || outcome.drafts.every(isBanked)) return figures;
  const whole = [outcome as FileOutcome]; // not banked: its figures are whole Facts
  const packed = bankFigures(whole, spill);
  bankArticles([outcome], spill);
  bankSearchTexts([outcome], spill);
  return new PackedReader(packed);
}

/** A draft's whole figures (a run that writes nothing) become rows of the table, in text order. */
function addWholeFigures(table: FigureTable, draft: ArticleDraft<FactCore>): void {
  const facts = inTextOrder(draft.facts) ? draft.facts : [...(draft.facts as Fact[])].sort(compareFactPosition);
  const start = table.length;
  for (const f of facts) table.add(f);
  draft.rows = { start, count: facts.length };
  draft.facts = [];
}

/** Where each draft's banked bytes are (figures, record, search text, shard figures), by article id, in one pass. */
function bankedBlocks(dir: string, drafts: ArticleDraft<FactCore>[]): FactBlocksAt {
  const blocks = {
    dir,
    where: new Map<string, FactBytes>(),
    articles: new Map<string, SpillBlock>(),
    searchTexts: new Map<string, SpillBlock>(),
    shardFigures: new Map<string, SpillBlock>(),
  };
  for (const d of drafts) {
    const id = d.article.id;
    if (d.factBytes) blocks.where.set(id, d.factBytes);
    if (d.articleBytes) blocks.articles.set(id, d.articleBytes);
    if (d.searchTextBytes) blocks.searchTexts.set(id, d.searchTextBytes);
    if (d.shardFigureBytes) blocks.shardFigures.set(id, d.shardFigureBytes);
  }
  return blocks;
}

export async function runIngest(options: IngestOptions & { outDir?: undefined }): Promise<IngestResult<Fact>>;
export async function runIngest(options: IngestOptions): Promise<IngestResult>;
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const inputDir = resolve(options.inputDir);
  let mark = started;
  const rssMb = { walk: 0, files: 0, combine: 0, write: 0 };
  const lap = (stage?: keyof typeof rssMb): number => {
    if (stage) rssMb[stage] = Math.round(process.memoryUsage.rss() / 1048576);
    const now = performance.now();
    const s = (now - mark) / 1000;
    mark = now;
    return s;
  };
  const walk = walkFiles(inputDir);
  const phases = { walk: lap('walk'), files: 0, combine: 0, write: 0 };
  const drafts: ArticleDraft<FactCore>[] = [];
  const rejects: Reject[] = [...walk.rejects];
  const warnings: Warning[] = [];
  let done = 0;
  const pool = new StringPool();
  // When the run writes, each article's figures are banked as soon as they are found (in the worker thread that
  // found them, or here): their JSON bytes go to a spill folder beside the output and only their numbers stay, as
  // rows of the figure table (the article records and search texts are banked beside them).
  const spillDir = options.outDir ? makeSpillDir(resolve(options.outDir)) : undefined;
  const spill = spillDir ? new FactBlockWriter(spillDir, 'facts-main.bin') : undefined;
  let output: PendingOutput | undefined;
  // Every figure becomes a row of one table (combine/figureTable): the corpus-wide steps read its columns.
  const table = new FigureTable();
  const onOutcome: OnOutcome = (outcome, _index, found) => {
    const figures = bankedHere(outcome, spill, found);
    figures?.add(table, outcome.drafts);
    if (figures && figures !== found) figures.finish(); // banked here, one outcome: read whole
    for (const d of outcome.drafts) {
      const draft = compact(d, pool, outcome.detached ?? false);
      if (!draft.rows) addWholeFigures(table, draft);
      drafts.push(draft);
    }
    rejects.push(...outcome.rejects);
    warnings.push(...outcome.warnings);
    done++; // not inside the optional call below: its arguments are not evaluated when there is no callback
    options.onProgress?.(done, walk.files.length);
  };
  try {
    if (options.mapFiles) await options.mapFiles(walk.files, onOutcome, { spillDir });
    else await mapInThisThread(walk.files, options.keepText ?? false, onOutcome);
    spill?.close();

    phases.files = lap('files');
    warnings.push(...dropFutureDates(drafts));
    const unique = dedupeArticles(drafts);
    const articles = unique.map((d) => d.article);
    const figures: Figures = { table, runs: countFigures(table, unique.map((d) => ({ article: d.article, start: d.rows!.start, count: d.rows!.count }))) };
    if (options.outDir) {
      // Records the corpus-wide steps changed are banked again, here (the spill file reopens for them).
      if (spill) for (const d of unique) if (!d.articleBytes) bankArticle(d, spill);
      spill?.close();
      const blocks = spillDir ? bankedBlocks(spillDir, unique) : undefined;
      // The files copied from banked bytes need the records alone: they are copied (by another thread) from now on,
      // while this one aggregates and renders the rest.
      output = startOutput(resolve(options.outDir), { articles, figures }, blocks);
    }
    const regions = aggregateRegions(articles, figures);
    const files = walk.files.length + walk.rejects.length;
    phases.combine = lap('combine');

    if (output) {
      if (drafts.length >= GC_BEFORE_WRITE_ARTICLES) collectGarbage();
      output.finish({ corpusName: basename(inputDir), generator: GENERATOR, regions, rejects, warnings, files });
    }
    phases.write = lap('write');
    let figureCount = 0;
    for (const run of figures.runs) figureCount += run.count;
    const seconds = (performance.now() - started) / 1000;
    let facts: FactCore[] | undefined;
    return {
      articles,
      // As records only when asked for: a large run's figures stay in their table.
      get facts() {
        return (facts ??= factsOfRuns(figures));
      },
      regions,
      rejects,
      warnings,
      counts: {
        files,
        articles: articles.length,
        topicArticles: articles.filter((a) => a.topic).length,
        facts: figureCount,
        rejects: rejects.length,
        warnings: warnings.length,
      },
      seconds,
      phases,
      rssMb,
    };
  } finally {
    // A failure between start and finish: the started copies end before their spill files go.
    output?.abandon();
    spill?.close();
    if (spillDir) rmSync(spillDir, { recursive: true, force: true });
  }
}
