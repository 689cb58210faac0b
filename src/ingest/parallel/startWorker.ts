// Starting a worker thread from one of the ingest's TypeScript modules. From source (the command runs through tsx)
// the module is bundled to plain JavaScript first (workerBundle), so the thread needs no TypeScript loader; from
// built JavaScript it starts as it is. The way is chosen once per module and kept for the process.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { bundleWorker } from './workerBundle';

type Start = { bundle: string } | 'tsx' | 'plain';

const starts = new Map<string, Start>();

function chooseStart(url: URL): Start {
  if (!url.pathname.endsWith('.ts')) return 'plain';
  try {
    return { bundle: bundleWorker(url) };
  } catch (e) {
    process.stderr.write(`ingest: worker threads start through tsx (slower): no worker bundle (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})\n`);
    return 'tsx';
  }
}

/** A worker thread running the module at `url` (a .ts source or built .js). */
export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  let start = starts.get(url.href);
  if (start === undefined) starts.set(url.href, (start = chooseStart(url)));
  if (start === 'plain') return new Worker(url, options);
  if (start === 'tsx') {
    return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { ...options, eval: true });
  }
  return new Worker(start.bundle, options);
}
