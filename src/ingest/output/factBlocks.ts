// An article's figures as JSON bytes, written once by the worker thread that found them and copied into the
// output files by the writer. On a large corpus, writing every figure's JSON twice (facts file and article
// shards) in the one thread that writes is most of the write; the workers are idle by then, the disk is not.
// The bytes live in spill files beside the output folder, so the main thread's memory does not grow with them.
import { closeSync, openSync, readSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact } from '../../core/contract';
import { compareFactPosition, inTextOrder } from '../combine/order';
import type { FactCore } from '../types';
import { appendFactJson, factJson } from './factJson';
import { appendShardFiguresJson } from './shardFigureJson';
import { shardFiguresOf } from '../../core/shardFigures';
import { SpillBuffer } from './spillBuffer';
import { sortKeys } from './stableJson';

/** Where some bytes are in a spill file. */
export interface SpillBlock {
  file: string;
  offset: number;
  length: number;
}

/** Where an article's figures are in a spill file: the block holds them in text order, joined by ",\n". */
export interface FactBytes extends SpillBlock {
  /** Byte position (in the block) of each figure's `true` after "counted":, in the block's order. */
  counted: number[];
}

const CHECK_FIRST = 200;
const CHECK_EVERY = 1000;
/** What is held is written once it reaches this size, and at close. */
const WRITE_BYTES = 1 << 20;

/** Figures whose shard entry the byte writer would not write as JSON.stringify does stop the run. */
export function checkShardFiguresJson(facts: Fact[], json: string): void {
  if (json !== JSON.stringify(shardFiguresOf(facts))) throw new Error(`Refusing to write the figures of article ${facts[0]?.articleId}: the shard writer does not write them as they are.`);
}

/** A figure whose fields factJson does not know (a field added to the contract, say) stops the run. */
export function checkFactJson(fact: Fact, json: string = factJson(fact)): void {
  if (json !== JSON.stringify(sortKeys(fact))) throw new Error(`Refusing to write figure ${fact.id}: it has fields the figure writer does not know.`);
}

/**
 * Appends articles' figure blocks to one spill file (one per worker thread). Records are encoded into one reusable
 * buffer (output/spillBuffer) that goes to the file a megabyte at a time. The file is opened for each batch and
 * closed after it (a thread that is terminated leaves no open file behind).
 */
export class FactBlockWriter {
  private fd: number | null = null;
  private appended = 0;
  private shardEntries = 0;
  private readonly out = new SpillBuffer(2 * WRITE_BYTES);
  private readonly openFile = (): number => (this.fd ??= openSync(join(this.dir, this.file), 'a'));

  constructor(
    private readonly dir: string,
    private readonly file: string,
  ) {}

  /** Appends the figures (counted: true, as built) in text order and says where they are (readable after close). */
  append(facts: Fact[]): FactBytes {
    return this.appendInOrder(inTextOrder(facts) ? facts : [...facts].sort(compareFactPosition));
  }

  /** append, for figures known to be in text order already. */
  appendInOrder(ordered: Fact[]): FactBytes {
    // Each figure's bytes go straight into the buffer (appendFactJson), which notes where its counted flag falls.
    const out = this.out;
    const counted: number[] = [];
    let offset = -1;
    for (let i = 0; i < ordered.length; i++, this.appended++) {
      if (i > 0) {
        out.room(2, this.openFile);
        out.buf[out.used++] = 0x2c; // ",\n" between figures
        out.buf[out.used++] = 0x0a;
      }
      const from = out.position;
      if (offset < 0) offset = from;
      counted.push(appendFactJson(ordered[i], out, this.openFile) - offset);
      // The bytes must be what JSON.stringify would write; the first figures and then every thousandth are checked.
      if (this.appended < CHECK_FIRST || this.appended % CHECK_EVERY === 0) checkFactJson(ordered[i], this.heldText(from));
      this.flushIfFull();
    }
    if (offset < 0) offset = out.position;
    return { file: this.file, offset, length: out.position - offset, counted };
  }

  /** The text of what was appended from file position `from` on (still held: a figure is flushed only after it). */
  private heldText(from: number): string {
    const out = this.out;
    return out.buf.toString('utf8', out.used - (out.position - from), out.used);
  }

  /**
   * Appends the figures' entry in the shards' form (core/shardFigures; `[]` for none), given in text order, and says
   * where it is (readable after close). The first entries and then every thousandth are checked against
   * JSON.stringify of the entry made as lists.
   */
  appendShardFigures(ordered: Fact[]): SpillBlock {
    const out = this.out;
    const offset = out.position;
    appendShardFiguresJson(ordered, out, this.openFile);
    if (this.shardEntries < CHECK_FIRST || this.shardEntries % CHECK_EVERY === 0) checkShardFiguresJson(ordered, this.heldText(offset));
    this.shardEntries++;
    this.flushIfFull();
    return { file: this.file, offset, length: out.position - offset };
  }

  /** Appends bytes as they are (an article record's JSON, say) and says where they are (readable after close). */
  appendBytes(block: Uint8Array): SpillBlock {
    const out = this.out;
    out.room(block.length, this.openFile);
    const offset = out.position;
    out.bytes(block);
    this.flushIfFull();
    return { file: this.file, offset, length: block.length };
  }

  /** Appends a string's UTF-8 bytes (an article record's JSON) and says where they are (readable after close). */
  appendText(text: string): SpillBlock {
    // Room is made for 3 bytes per UTF-16 unit, the most there can be; a text that would not fit the buffer so is
    // encoded first, so that the buffer grows to its real byte length, not to three times its length.
    if (3 * text.length > this.out.buf.length) return this.appendBytes(Buffer.from(text));
    const out = this.out;
    out.room(3 * text.length, this.openFile);
    const offset = out.position;
    out.utf8(text);
    const length = out.position - offset;
    this.flushIfFull();
    return { file: this.file, offset, length };
  }

  private flushIfFull(): void {
    if (this.out.used >= WRITE_BYTES) this.out.flush(this.openFile);
  }

  /** Writes what is held and closes the file (a thread that is terminated leaves no open file behind). */
  close(): void {
    this.out.flush(this.openFile);
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** Writes the buffers in order with as few system calls as writev allows (it may take fewer, or write less). */
export function writeAll(fd: number, buffers: Buffer[]): void {
  let next = 0;
  while (next < buffers.length) {
    let written = writevSync(fd, next === 0 ? buffers : buffers.slice(next));
    while (next < buffers.length && written >= buffers[next].length) written -= buffers[next++].length;
    if (written > 0) buffers[next] = buffers[next].subarray(written);
  }
}

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

/** Reads blocks back for the writer, with each figure's counted flag as the corpus-wide de-duplication set it. */
export class FactBlockReader {
  private readonly fds = new Map<string, number>();

  constructor(
    readonly dir: string,
    readonly where: Map<string, FactBytes>,
  ) {}

  /**
   * The JSON of an article's figures joined by ",\n" (exactly what factJson gives), or null when no block was
   * written for it. `facts` are the article's figures in text order, as the facts file lists them.
   */
  block(articleId: string, facts: FactCore[]): Buffer | null {
    return this.blockOf(articleId, facts.length, (i) => facts[i].counted);
  }

  /** block, for an article of `count` figures whose i-th one counts when `counted(i)`. */
  blockOf(articleId: string, count: number, counted: (i: number) => boolean): Buffer | null {
    const at = this.where.get(articleId);
    if (!at || at.counted.length !== count) return null;
    return withCounted(this.bytes(at), at.counted, counted);
  }

  /** The bytes of a block as they were written. */
  bytes(at: SpillBlock): Buffer {
    let fd = this.fds.get(at.file);
    if (fd === undefined) this.fds.set(at.file, (fd = openSync(join(this.dir, at.file), 'r')));
    const raw = Buffer.allocUnsafe(at.length);
    if (readSync(fd, raw, 0, at.length, at.offset) !== at.length) throw new Error(`spilled bytes cut short in ${at.file}`);
    return raw;
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

/** The block with `false` in place of `true` for the figures that are not counted. */
function withCounted(raw: Buffer, positions: number[], counted: (i: number) => boolean): Buffer {
  const uncounted = positions.filter((_, i) => !counted(i));
  return uncounted.length === 0 ? raw : Buffer.concat(withFalseAt(raw, uncounted));
}

/** A block in pieces, with `false` in place of the `true` at each position (ascending; FactBytes.counted's). */
export function withFalseAt(raw: Buffer, positions: Iterable<number>): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  for (const at of positions) {
    pieces.push(raw.subarray(from, at), FALSE);
    from = at + TRUE.length;
  }
  pieces.push(raw.subarray(from));
  return pieces;
}
