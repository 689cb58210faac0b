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
import { withCountedFlags, writeAll, type FactBytes } from './factBlocks';

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

/** Writes the facts file by the plan (in whichever thread calls it). */
export function writeFactsFile(job: FactsFileJob): void {
  const fds = job.files.map((f) => openSync(join(job.spillDir, f), 'r'));
  const out = openSync(job.path, 'w');
  try {
    let pending: Buffer[] = [Buffer.from(HEAD)];
    let pendingBytes = 0;
    const flush = () => {
      writeAll(out, pending);
      pending = [];
      pendingBytes = 0;
    };
    const { plan } = job;
    for (let at = 0, first = true; at < plan.length; first = false) {
      const [file, offset, length, n] = [plan[at], plan[at + 1], plan[at + 2], plan[at + 3]];
      const positions = new Array<number>(n);
      const flags = new Array<boolean>(n);
      for (let i = 0; i < n; i++) {
        positions[i] = plan[at + 4 + 2 * i];
        flags[i] = plan[at + 5 + 2 * i] === 1;
      }
      at += 4 + 2 * n;
      const raw = Buffer.allocUnsafe(length);
      if (readSync(fds[file], raw, 0, length, offset) !== length) throw new Error(`figure bytes cut short in ${job.files[file]}`);
      if (!first) pending.push(SEPARATOR);
      const block = withCountedFlags(raw, positions, (i) => flags[i]);
      pending.push(block);
      pendingBytes += block.length + SEPARATOR.length;
      if (pendingBytes >= WRITE_BYTES) flush();
    }
    pending.push(Buffer.from(TAIL));
    pendingBytes += TAIL.length;
    flush();
  } finally {
    closeSync(out);
    for (const fd of fds) closeSync(fd);
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
