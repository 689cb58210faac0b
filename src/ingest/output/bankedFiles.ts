// Output files made of banked bytes (facts.json, articles.json and the article shards: figures and article
// records), written by a thread of its own while the main thread writes the other files. They are most of the
// output (about 800 MB at 100,000 articles) and writing them is copying: each record's block read from its spill
// file, figures' counted flags set, the blocks joined. The copying needs no objects, only a plan of numbers (where
// each block is, which figures are not counted) and the text around the blocks, so it runs beside the rest of the
// write, on the core that would otherwise be idle.
import { closeSync, fsyncSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { startWorker } from '../parallel/startWorker';
import type { FigureRun } from '../combine/figureTable';
import { withFalseAt, writeAll, type FactBytes, type SpillBlock } from './factBlocks';

/**
 * Blocks of banked bytes, one per record in a file's order, joined by ",\n". The plan has per record: spill file
 * index, offset, length, k, then the block positions of the k figures not counted (their `true` becomes `false`;
 * k is 0 for other records). Only these few numbers per record wait in the copying thread's queue.
 */
export interface BlockRun {
  plan: Float64Array;
}

/** A whole file: text (or bytes) made by the thread that hands the file over, and runs of banked blocks between. */
export interface BankedFile {
  parts: (string | Buffer | BlockRun)[];
}

/** Where the spill files are; plans refer to them by index. */
export interface SpillFiles {
  dir: string;
  files: string[];
}

const SEPARATOR = Buffer.from(',\n');
/** Output is written in one system call per this many bytes. */
const WRITE_BYTES = 1 << 20;

/** The spill files named in the maps of where blocks are, indexed. */
export function spillFiles(dir: string, ...wheres: Map<string, SpillBlock>[]): SpillFiles {
  const files = new Set<string>();
  for (const where of wheres) for (const bytes of where.values()) files.add(bytes.file);
  return { dir, files: [...files].sort() };
}

/** The plan for records whose bytes were banked whole (article records), in the file's order; null when one has none. */
export function planBlocks(ids: string[], where: Map<string, SpillBlock>, spill: SpillFiles): Float64Array | null {
  const fileIndex = new Map(spill.files.map((f, i) => [f, i]));
  const plan = new Float64Array(4 * ids.length);
  for (let i = 0; i < ids.length; i++) {
    const bytes = where.get(ids[i]);
    const file = bytes && fileIndex.get(bytes.file);
    if (!bytes || file === undefined) return null;
    plan[4 * i] = file;
    plan[4 * i + 1] = bytes.offset;
    plan[4 * i + 2] = bytes.length;
  }
  return plan;
}

/**
 * The plan for articles' figures (`runs`, one per article with figures, in the file's order), with the counted flag
 * of each row in `counted`. Null when an article has no figures or no bytes, or not one counted position per
 * figure: the file is then written from the figures themselves.
 */
export function planRuns(runs: FigureRun[], counted: Uint8Array, where: Map<string, FactBytes>, spill: SpillFiles): Float64Array | null {
  const fileIndex = new Map(spill.files.map((f, i) => [f, i]));
  // Made for every figure not counted (the most there can be), filled in one pass over the figures, then cut to
  // what was filled: a second pass to count them first read a million figures again.
  let most = 0;
  for (const run of runs) most += 4 + run.count;
  const plan = new Float64Array(most);
  let at = 0;
  for (const run of runs) {
    const bytes = where.get(run.articleId);
    const file = bytes && fileIndex.get(bytes.file);
    if (run.count === 0 || !bytes || file === undefined || bytes.counted.length !== run.count) return null;
    plan[at++] = file;
    plan[at++] = bytes.offset;
    plan[at++] = bytes.length;
    const count = at++;
    for (let i = 0; i < run.count; i++) if (counted[run.start + i] !== 1) plan[at++] = bytes.counted[i];
    plan[count] = at - count - 1;
  }
  return at === most ? plan : plan.slice(0, at);
}

/**
 * Copies into one output buffer, written out when full: nothing is allocated per block (a thread that allocates a
 * buffer per block holds tens of megabytes of them between its collections).
 */
class ChunkedOut {
  private readonly chunk = Buffer.allocUnsafe(WRITE_BYTES);
  private used = 0;
  private fd = -1;

  /** Starts on a file (one ChunkedOut serves file after file; what a failed file left is dropped). */
  begin(fd: number): void {
    this.fd = fd;
    this.used = 0;
  }

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

/** Writes banked files (in whichever thread calls it), keeping the spill files open between them. */
export class BankedFileWriter {
  private readonly fds: number[];
  private block = Buffer.allocUnsafe(1 << 16);
  private readonly out = new ChunkedOut();

  constructor(private readonly spill: SpillFiles) {
    this.fds = spill.files.map((f) => openSync(join(spill.dir, f), 'r'));
  }

  /** Writes the file at `path` (flushing it to disk is left to the caller). */
  write(path: string, file: BankedFile): void {
    const fd = openSync(path, 'w');
    try {
      const out = this.out;
      out.begin(fd);
      for (const part of file.parts) {
        if (typeof part === 'string') out.put(Buffer.from(part));
        else if (Buffer.isBuffer(part)) out.put(part);
        else this.copyRun(out, part);
      }
      out.flush();
    } finally {
      closeSync(fd);
    }
  }

  private copyRun(out: ChunkedOut, { plan }: BlockRun): void {
    for (let at = 0; at < plan.length; ) {
      const [spillIndex, offset, length, k] = [plan[at], plan[at + 1], plan[at + 2], plan[at + 3]];
      if (at > 0) out.put(SEPARATOR);
      this.copyBlock(out, spillIndex, offset, length, plan.subarray(at + 4, at + 4 + k));
      at += 4 + k;
    }
  }

  /** The block with "false" in place of "true" at the given positions (the figures not counted). */
  private copyBlock(out: ChunkedOut, spillIndex: number, offset: number, length: number, notCounted: Float64Array): void {
    if (length > this.block.length) this.block = Buffer.allocUnsafe(length);
    if (readSync(this.fds[spillIndex], this.block, 0, length, offset) !== length) throw new Error(`figure bytes cut short in ${this.spill.files[spillIndex]}`);
    const block = this.block.subarray(0, length);
    if (notCounted.length === 0) out.put(block);
    else for (const piece of withFalseAt(block, notCounted)) out.put(piece);
  }

  close(): void {
    for (const fd of this.fds) closeSync(fd);
  }
}

/** Flushes a written file to disk (an fd of its own: fsync flushes the file, whichever descriptor wrote it). */
function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const WORKER_URL = new URL('./bankedFilesWorker.ts', import.meta.url);
/** A file taking longer than this to copy means a hung disk; the run stops with a message. */
const STALL_MS = 600_000;
/** The copying thread allocates almost nothing (its buffers are reused): a small heap keeps the write's peak down. */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 48 };
/** Status words: 0 waiting, 1 written, 2 failed (the reason is posted before). */
const WRITTEN = 1;

/**
 * The thread that writes banked files. `write` hands it a file and returns at once with a function that blocks
 * until that file is written (and throws what went wrong). Files are written in the order handed over.
 */
export class BankedFilesThread {
  private readonly status: Int32Array;
  private readonly errors: MessagePort;
  private worker: Worker | null = null;
  private writer: BankedFileWriter | null = null;
  private next = 0;

  constructor(spill: SpillFiles, capacity: number) {
    this.status = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, capacity)));
    const channel = new MessageChannel();
    this.errors = channel.port1;
    try {
      this.worker = startWorker(WORKER_URL, {
        workerData: { spill, status: this.status.buffer, errors: channel.port2 },
        transferList: [channel.port2],
        resourceLimits: THREAD_LIMITS,
      });
      this.worker.unref();
    } catch {
      // No thread can start here: files are written in this thread when handed over.
      this.writer = new BankedFileWriter(spill);
    }
  }

  /** Hands the file over. */
  write(path: string, file: BankedFile): () => void {
    const slot = this.next++;
    if (slot >= this.status.length) throw new Error('more banked files than the thread was made for');
    if (this.writer) {
      this.writer.write(path, file);
      flushFile(path);
      return () => {};
    }
    const plans = file.parts.flatMap((p) => (typeof p === 'string' || Buffer.isBuffer(p) ? [] : [p.plan.buffer as ArrayBuffer]));
    this.worker!.postMessage({ slot, path, file }, plans);
    return () => {
      if (Atomics.wait(this.status, slot, 0, STALL_MS) === 'timed-out') throw new Error(`Writing ${path} stalled`);
      if (Atomics.load(this.status, slot) !== WRITTEN) {
        const failure = receiveMessageOnPort(this.errors);
        throw new Error(`Could not write ${path}: ${String(failure?.message ?? 'the writing thread stopped')}`);
      }
    };
  }

  close(): void {
    this.writer?.close();
    this.errors.close();
    void this.worker?.terminate();
  }
}
