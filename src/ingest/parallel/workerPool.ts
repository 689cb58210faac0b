// Spreads the per-file steps over worker threads (one per core): the work per file is CPU-bound (parsing,
// extraction), files are independent, and the results are sorted afterwards, so arrival order does not matter.
// Outcomes cross the thread boundary as copies, which also frees each file's text as soon as it is analysed.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type FileOutcome, type ProcessOptions } from '../processFile';
import type { InputFile } from '../read/walkFiles';
import type { BatchRequest, BatchResponse } from './fileWorker';

const BATCH_FILES = 32;
/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 300;
/** A worker holds one batch of files at a time; a small heap makes it collect garbage early (peak RSS). */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };
// The worker runs from source through tsx's loader, like the command itself.
const WORKER_URL = new URL('./fileWorker.ts', import.meta.url);

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** A mapFiles for runIngest that runs processFile in `count` worker threads. */
export function workerMapFiles(count: number, options: ProcessOptions) {
  return (files: InputFile[], onOutcome: (outcome: FileOutcome, index: number) => void): Promise<void> =>
    new Promise((resolve, reject) => {
      if (files.length < MIN_FILES_FOR_WORKERS || count <= 0) {
        files.forEach((f, i) => onOutcome(processFile(f, options), i));
        return resolve();
      }
      const batches: InputFile[][] = [];
      for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
      if (batches.length === 0) return resolve();
      const workers: Worker[] = [];
      let next = 0;
      let finished = 0;
      let failed = false;
      const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
      const send = (worker: Worker) => {
        if (next >= batches.length) return;
        const batch = next++;
        worker.postMessage({ batch, files: batches[batch], options } satisfies BatchRequest);
      };
      for (let i = 0; i < Math.min(count, batches.length); i++) {
        const worker = WORKER_URL.pathname.endsWith('.ts')
          ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`, { eval: true, resourceLimits: WORKER_LIMITS })
          : new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS });
        workers.push(worker);
        worker.on('message', (res: BatchResponse) => {
          res.outcomes.forEach((o, j) => onOutcome(o, res.batch * BATCH_FILES + j));
          finished++;
          if (finished === batches.length) void stopAll().then(() => resolve());
          else send(worker);
        });
        worker.on('error', (err) => {
          if (failed) return;
          failed = true;
          void stopAll().then(() => reject(err));
        });
        // Two batches in flight per worker keep it busy while the main thread merges.
        send(worker);
        send(worker);
      }
    });
}
