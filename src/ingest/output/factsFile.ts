// facts.json from the figures' banked bytes, written by a thread of its own while the main thread writes the other
// files. The file is the largest of the output (about 360 MB at 100,000 articles) and writing it is copying:
// each article's block read from the spill file, its counted flags set, the blocks joined. The copying needs no
// objects, only a plan of numbers (where each block is, which figures are counted), so it runs beside the rest
// of the write instead of after it, on the core that would otherwise be idle.
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { SCHEMA_VERSION } from '../../core/contract';
import { startWorker } from '../parallel/startWorker';
import type { FactCore } from '../types';
import { writeAll, type FactBytes } from './factBlocks';

/** What the thread needs to write the file: the spill files, and per article the plan's numbers. */
export interface FactsFileJob {
  path: string;
  spillDir: string;
  /** Spill file names; the plan refers to them by index. */
  files: string[];
  /** Per article, in the file's order: file index, offset, length, n, then n pairs (counted position, counted 0/1). */
  plan: Float64Array;
}

// The text around the records: what the generic writer (stableJsonChunks) gives for { facts, schemaVersion }.
const HEAD = '{"facts":[\n';
const SEPARATOR = Buffer.from(',\n');
const FALSE = Buffer.from('false');
const TRUE_LENGTH = 'true'.length;
const TAIL = `\n],\n"schemaVersion":${SCHEMA_VERSION}}\n`;
/** Blocks are written in one system call per this many bytes. */
const WRITE_BYTES = 1 << 20;

/**
 * The plan for the facts file: each article's figures in `runs` (the file's order) must have their bytes, with one
 * counted position per figure. Null when one has not (the writer then writes the file itself, from the figures).
 */
export function planFactsFile(runs: FactCore[][], where: Map<string, FactBytes>): Pick<FactsFileJob, 'files' | 'plan'> | null {
  if (runs.length === 0) return null;
  const fileIndex = new Map<string, number>();
  let size = 0;
  for (const run of runs) size += 4 + 2 * run.length;
  const plan = new Float64Array(size);
  let at = 0;
  for (const run of runs) {
    const bytes = where.get(run[0].articleId);
    if (!bytes || bytes.counted.length !== run.length) return null;
    let file = fileIndex.get(bytes.file);
    if (file === undefined) fileIndex.set(bytes.file, (file = fileIndex.size));
    plan[at++] = file;
    plan[at++] = bytes.offset;
    plan[at++] = bytes.length;
    plan[at++] = run.length;
    for (let i = 0; i < run.length; i++) {
      plan[at++] = bytes.counted[i];
      plan[at++] = run[i].counted ? 1 : 0;
    }
  }
  return { files: [...fileIndex.keys()], plan };
}

/**
 * Copies into one output buffer, written out when full: nothing is allocated per block (a thread that allocates a
 * buffer per block holds tens of megabytes of them between its collections).
 */
class ChunkedOut {
  private readonly chunk = Buffer.allocUnsafe(WRITE_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  put(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.chunk.length) this.flush();
    if (bytes.length > this.chunk.length) {
      writeAll(this.fd, [Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)]);
      return;
    }
    this.chunk.set(bytes, this.used);
    this.used += bytes.length;
  }

  flush(): void {
    if (this.used > 0) writeAll(this.fd, [this.chunk.subarray(0, this.used)]);
    this.used = 0;
  }
}

/** Writes the facts file by the plan (in whichever thread calls it). */
export function writeFactsFile(job: FactsFileJob): void {
  const fds = job.files.map((f) => openSync(join(job.spillDir, f), 'r'));
  const fd = openSync(job.path, 'w');
  try {
    const out = new ChunkedOut(fd);
    let block = Buffer.allocUnsafe(1 << 16);
    out.put(Buffer.from(HEAD));
    const { plan } = job;
    for (let at = 0; at < plan.length; ) {
      const [file, offset, length, n] = [plan[at], plan[at + 1], plan[at + 2], plan[at + 3]];
      if (length > block.length) block = Buffer.allocUnsafe(length);
      if (readSync(fds[file], block, 0, length, offset) !== length) throw new Error(`figure bytes cut short in ${job.files[file]}`);
      if (at > 0) out.put(SEPARATOR);
      // The block with "false" in place of "true" at the counted position of each figure not counted.
      let from = 0;
      for (let i = 0; i < n; i++) {
        if (plan[at + 5 + 2 * i] === 1) continue;
        const position = plan[at + 4 + 2 * i];
        out.put(block.subarray(from, position));
        out.put(FALSE);
        from = position + TRUE_LENGTH;
      }
      out.put(block.subarray(from, length));
      at += 4 + 2 * n;
    }
    out.put(Buffer.from(TAIL));
    out.flush();
  } finally {
    closeSync(fd);
    for (const f of fds) closeSync(f);
  }
}

const WORKER_URL = new URL('./factsFileWorker.ts', import.meta.url);
/** A facts file taking longer than this to copy means a hung disk; the run stops with a message. */
const STALL_MS = 600_000;

/**
 * Starts writing the facts file in a thread of its own; the function returned blocks until it is written and
 * throws what went wrong. Without a thread (none can start here), the file is written before this returns.
 */
export function startFactsFile(job: FactsFileJob): () => void {
  const status = new Int32Array(new SharedArrayBuffer(4));
  const errors = new MessageChannel();
  let worker;
  try {
    worker = startWorker(WORKER_URL, { workerData: { job, status: status.buffer, errors: errors.port2 }, transferList: [errors.port2] });
  } catch {
    errors.port1.close();
    writeFactsFile(job);
    return () => {};
  }
  worker.unref();
  return () => {
    try {
      if (Atomics.wait(status, 0, 0, STALL_MS) === 'timed-out') throw new Error('Writing facts.json stalled');
      const failure = receiveMessageOnPort(errors.port1);
      if (Atomics.load(status, 0) !== 1) throw new Error(`Could not write facts.json: ${String(failure?.message ?? 'the writing thread stopped')}`);
    } finally {
      errors.port1.close();
      void worker.terminate();
    }
  };
}
