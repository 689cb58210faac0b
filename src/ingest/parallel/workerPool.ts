// Spreads the per-file steps over worker threads (one per core): the work per file is CPU-bound (parsing,
// extraction), files are independent, and the results are sorted afterwards, so arrival order does not matter.
// Outcomes cross the thread boundary as copies, which also frees each file's text as soon as it is analysed.
// A worker that dies (out of memory on a huge file, say) is replaced and its batches are redone in this thread.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { PackedReader, type PackedFigures } from '../output/bankFigures';
import { processFile, type FileOutcome, type ProcessOptions } from '../processFile';
import type { FactCore } from '../types';
import type { InputFile } from '../read/walkFiles';
import type { BatchRequest, BatchResponse } from './fileWorker';
import { startWorker } from './startWorker';

/**
 * Batch sizes. Large batches cost less per article (a message each way, the spill file opened and written once,
 * the main thread's merge): on 100,000 one-article files, 256 files a batch instead of 32 took about a tenth off
 * the CPU time. But a file may hold many articles (a day of broadcast holds about fifteen), and a batch's articles
 * are held whole in both threads: so batches aim at TARGET_ARTICLES articles, from the articles per file seen so
 * far (the first batches, before any is back, are small). Each worker still gets at least BATCHES_PER_WORKER
 * batches, so the last ones end close together.
 */
const TARGET_ARTICLES = 256;
const MIN_BATCH_FILES = 32;
const MAX_BATCH_FILES = 256;
const BATCHES_PER_WORKER = 16;

function batchSize(files: number, workers: number, filesDone: number, articlesDone: number): number {
  const limit = Math.min(MAX_BATCH_FILES, Math.max(MIN_BATCH_FILES, Math.ceil(files / (workers * BATCHES_PER_WORKER))));
  if (filesDone === 0) return MIN_BATCH_FILES;
  const articlesPerFile = Math.max(articlesDone, 1) / filesDone;
  return Math.max(MIN_BATCH_FILES, Math.min(limit, Math.round(TARGET_ARTICLES / articlesPerFile)));
}

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 300;
/**
 * A worker holds one batch of files at a time, so little of what it allocates survives: a large young generation
 * means fewer scavenges (each costs about as much whatever the garbage) and less promoted by accident, which on
 * 100,000 articles took about a sixth off the CPU time. The old generation stays small (RSS: workers and the main
 * thread's data share the 1 GB).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 128 };
/** The worker's module (started through startWorker: bundled from source, or as built). */
const WORKER_URL = new URL('./fileWorker.ts', import.meta.url);
/** After this many workers died, the rest of the files are read in this thread (no endless restarts). */
const MAX_WORKER_DEATHS = 4;

/** What the pipeline offers the threads: a folder for the figures' JSON bytes (output/factBlocks), when it writes. */
export interface MapContext {
  spillDir?: string;
}

/**
 * What the pipeline does with each file's outcome. `figures` reads the outcome's banked figures, when they came
 * packed from a worker thread (output/bankFigures); they are then not in its drafts.
 */
export type OnOutcome = (outcome: FileOutcome<FactCore>, index: number, figures?: PackedReader) => void;

/** How the last pool run went (for the benchmark's stage figures). */
export const poolStats = { workers: 0, deaths: 0, batchesInMainThread: 0 };

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * A mapFiles for runIngest that runs the per-file steps in `count` worker threads (processFiles, a batch at a time;
 * a batch left by a thread that died is run here file by file, with the same outcomes). The threads start at once,
 * so they load their code while the input folder is listed; they do not keep the process alive until given files.
 */
export function workerMapFiles(count: number, options: ProcessOptions) {
  const early: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = startWorker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
    worker.unref();
    // An early thread that fails before it has work is replaced by a fresh one when work comes.
    worker.once('error', () => {
      const at = early.indexOf(worker);
      if (at >= 0) early.splice(at, 1);
    });
    early.push(worker);
  }
  return (files: InputFile[], onOutcome: OnOutcome, context: MapContext = {}): Promise<void> =>
    new Promise((resolve) => {
      if (files.length < MIN_FILES_FOR_WORKERS || count <= 0) {
        for (const worker of early.splice(0)) void worker.terminate();
        files.forEach((f, i) => onOutcome(processFile(f, options), i));
        return resolve();
      }
      // Batches are cut as workers ask for them (their size follows the articles per file seen so far).
      const batches: { start: number; files: InputFile[] }[] = [];
      const inFlight = new Map<Worker, Set<number>>();
      Object.assign(poolStats, { workers: 0, deaths: 0, batchesInMainThread: 0 });
      let nextFile = 0;
      let filesDone = 0;
      let articlesDone = 0;
      const allCut = () => nextFile >= files.length;

      const nextBatch = (): number | undefined => {
        if (allCut()) return undefined;
        const size = batchSize(files.length, count, filesDone, articlesDone);
        batches.push({ start: nextFile, files: files.slice(nextFile, nextFile + size) });
        nextFile += size;
        return batches.length - 1;
      };
      const deliver = (batch: number, outcomes: FileOutcome<FactCore>[], packed?: PackedFigures) => {
        const figures = packed ? new PackedReader(packed) : undefined;
        outcomes.forEach((o, j) => {
          articlesDone += o.drafts.length;
          onOutcome(o, batches[batch].start + j, figures);
        });
        figures?.finish();
        filesDone += outcomes.length;
        if (filesDone === files.length) {
          // Every outcome is in (the spill bytes were flushed before each was posted): the run goes on while the
          // threads are taken down (tens of milliseconds each, on the core they free).
          for (const w of inFlight.keys()) void w.terminate();
          resolve();
        }
      };
      const runHere = (batch: number) => {
        poolStats.batchesInMainThread++;
        deliver(batch, batches[batch].files.map((f) => processFile(f, options)));
      };
      const send = (worker: Worker) => {
        const batch = nextBatch();
        if (batch === undefined) return;
        inFlight.get(worker)!.add(batch);
        worker.postMessage({ batch, files: batches[batch].files, options, spillDir: context.spillDir } satisfies BatchRequest);
      };
      const hire = () => {
        poolStats.workers++;
        const worker = early.shift() ?? startWorker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
        worker.ref();
        inFlight.set(worker, new Set());
        worker.on('message', (res: BatchResponse) => {
          inFlight.get(worker)?.delete(res.batch);
          send(worker);
          deliver(res.batch, res.outcomes, res.packed);
        });
        const lost = () => {
          const pending = inFlight.get(worker);
          if (!pending) return;
          inFlight.delete(worker);
          if (filesDone >= files.length) return; // terminated at the end
          poolStats.deaths++;
          for (const batch of [...pending].sort((a, b) => a - b)) runHere(batch);
          if (allCut()) return;
          if (poolStats.deaths < MAX_WORKER_DEATHS) hire();
          else if (inFlight.size === 0) for (let b = nextBatch(); b !== undefined; b = nextBatch()) runHere(b);
        };
        worker.on('error', lost);
        worker.on('exit', (code) => {
          if (code !== 0 || (inFlight.get(worker)?.size ?? 0) > 0) lost();
        });
        // Two batches in flight per worker keep it busy while this thread merges.
        send(worker);
        send(worker);
      };
      for (let i = 0; i < Math.min(count, Math.ceil(files.length / MIN_BATCH_FILES)); i++) hire();
      for (const worker of early.splice(0)) void worker.terminate();
    });
}
