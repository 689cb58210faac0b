// Micro-benchmark of the per-document ingest steps: every file of a folder is read into memory first, then each
// step (read → decode → split → clean → date → analyse → years → fingerprint, then banking the figures, records
// and search texts as a worker thread does) is timed over all documents on its own. The read step reads every file
// again as the ingest does (from the page cache once warm); the later steps start from the bytes in memory, so they
// are the steps' cost, not the disk's. Time is the process's CPU time (user + system, garbage collection included),
// which other work on a shared machine disturbs far less than the wall clock. Prints CPU milliseconds per document
// per step, and a digest of each step's output: two versions of the code that print the same digests produce the
// same documents. The last line runs a worker thread's whole path (processFiles on batches of files, then the
// banking) one batch at a time.
//
//   npx tsx bench/docSteps.ts <input-dir> [--limit N] [--repeat N] [--dump FILE]
//
// --repeat runs every step N times and keeps the fastest (the machine is shared: the minimum is the steps' own
// cost, the rest is other work). --dump writes every step's output, one JSON line per document, to compare two versions line by line.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanItem } from '../src/ingest/clean/cleanItem';
import { yearsInText } from '../src/ingest/date/inferYear';
import { resolveDate } from '../src/ingest/date/resolveDate';
import { analyzeDoc } from '../src/ingest/extract/index';
import { contentHash } from '../src/ingest/ids';
import { bankArticles } from '../src/ingest/output/bankArticles';
import { bankFigures } from '../src/ingest/output/bankFigures';
import { bankSearchTexts } from '../src/ingest/output/bankSearchTexts';
import { FactBlockWriter } from '../src/ingest/output/factBlocks';
import { processFile, processFiles, readWhole, type FileOutcome } from '../src/ingest/processFile';
import { decode } from '../src/ingest/read/decode';
import { walkFiles, type InputFile } from '../src/ingest/read/walkFiles';
import { splitItems, type SplitResult } from '../src/ingest/split/index';
import type { Analysis, CleanDoc, DatedDoc, FactCore, RawItem } from '../src/ingest/types';

interface Options {
  dir: string;
  limit: number;
  repeat: number;
  dump?: string;
}

function parseArgs(argv: string[]): Options {
  const dir = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  if (!dir) throw new Error('usage: npx tsx bench/docSteps.ts <input-dir> [--limit N] [--repeat N] [--dump FILE]');
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { dir, limit: Number(value('--limit') ?? Infinity), repeat: Number(value('--repeat') ?? 1), dump: value('--dump') };
}

interface StepTiming {
  name: string;
  ms: number;
  digest: string;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `step` over every input, timing the whole loop; the outputs are kept for the next step and the digest. */
function timeStep<I, O>(name: string, inputs: I[], step: (input: I) => O, timings: StepTiming[]): O[] {
  const outputs: O[] = new Array<O>(inputs.length);
  const t0 = cpuMs();
  for (let i = 0; i < inputs.length; i++) outputs[i] = step(inputs[i]);
  const ms = cpuMs() - t0;
  const hash = createHash('sha1');
  for (const o of outputs) hash.update(JSON.stringify(o) ?? 'undefined').update('\n');
  timings.push({ name, ms, digest: hash.digest('hex').slice(0, 12) });
  return outputs;
}

interface FileInput extends InputFile {
  bytes: Buffer;
}

function readAll(dir: string, limit: number): FileInput[] {
  return walkFiles(dir)
    .files.slice(0, limit)
    .map((f) => ({ ...f, bytes: readFileSync(f.path) }));
}

/** What the read step gives: the file's length (its bytes are only lent by readWhole), negative when too large. */
function readLength(file: FileInput): number {
  const read = readWhole(file.path);
  return typeof read === 'number' ? -read : read.length;
}

function textOf(file: FileInput, decoded: ReturnType<typeof decode>): { rel: string; text: string } | null {
  return decoded.ok ? { rel: file.rel, text: decoded.text } : null;
}

interface ItemInput {
  item: RawItem;
  fileName: string;
  containerDate?: string;
}

function itemsOf(files: { rel: string }[], splits: SplitResult[]): ItemInput[] {
  const out: ItemInput[] = [];
  splits.forEach((s, i) => {
    const fileName = files[i].rel.split('/').pop() ?? files[i].rel;
    for (const item of s.items) out.push({ item, fileName, containerDate: s.containerDate });
  });
  return out;
}

/** Files are handed to a worker thread in batches of up to this many (parallel/workerPool: 256 one-article files), its figures banked per batch. */
const BATCH_FILES = 256;

function batchesOf<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_FILES) out.push(items.slice(i, i + BATCH_FILES));
  return out;
}

/**
 * What banking starts from: each file's outcome as processFile gives it, and every draft's figures set aside,
 * since banking empties the drafts' lists (each pass puts them back first).
 */
interface BankInput {
  outcomes: FileOutcome[];
  facts: FileOutcome['drafts'][number]['facts'][];
  spillDir: string;
}

function bankInputOf(files: FileInput[], spillDir: string): BankInput {
  const outcomes = files.map((f) => processFile(f));
  return { outcomes, facts: outcomes.flatMap((o) => o.drafts.map((d) => d.facts)), spillDir };
}

/**
 * Banks every batch's figures and article records into a new spill file (the same name each pass, for the
 * digest), as a worker thread does.
 */
function bankAll(input: BankInput): { file: string; packed: ReturnType<typeof bankFigures>[] } {
  let k = 0;
  for (const o of input.outcomes) {
    for (const d of o.drafts) {
      d.facts = input.facts[k++];
      d.factBytes = undefined;
      d.articleBytes = undefined;
      d.searchText = undefined;
      d.searchTextBytes = undefined;
    }
  }
  const file = 'bank.bin';
  rmSync(join(input.spillDir, file), { force: true });
  const writer = new FactBlockWriter(input.spillDir, file);
  const packed = batchesOf(input.outcomes).map((batch) => {
    const p = bankFigures(batch, writer);
    bankArticles(batch as FileOutcome<FactCore>[], writer);
    bankSearchTexts(batch as FileOutcome<FactCore>[], writer);
    writer.close();
    return p;
  });
  return { file, packed };
}

/** The bank step's digest: the spill file's bytes (figures, records, search texts), the packed numbers and strings, and where each block went. */
function bankDigest(input: BankInput, banked: ReturnType<typeof bankAll>): string {
  const hash = createHash('sha1').update(readFileSync(join(input.spillDir, banked.file)));
  for (const p of banked.packed) hash.update(new Uint8Array(p.numbers.buffer)).update(JSON.stringify(p.strings));
  for (const o of input.outcomes) for (const d of o.drafts) hash.update(JSON.stringify([d.factBytes, d.articleBytes, d.searchTextBytes]));
  return hash.digest('hex').slice(0, 12);
}

function timeBank(input: BankInput, timings: StepTiming[]): void {
  const t0 = cpuMs();
  const banked = bankAll(input);
  const ms = cpuMs() - t0;
  timings.push({ name: 'bank', ms, digest: bankDigest(input, banked) });
}

/** One pass of all steps over `files`, with each step timed on its own. */
function runSteps(files: FileInput[], bank?: BankInput): { timings: StepTiming[]; docs: number; outputs: unknown[][] } {
  const timings: StepTiming[] = [];
  timeStep('read', files, readLength, timings);
  const decoded = timeStep('decode', files, (f) => decode(f.bytes), timings);
  const texts = files.map((f, i) => textOf(f, decoded[i])).filter((t) => t !== null);
  const splits = timeStep('split', texts, (t) => splitItems(t.text, { file: t.rel }), timings);
  const items = itemsOf(texts, splits);
  const cleaned = timeStep('clean', items, (x) => cleanItem(x.item, { fileName: x.fileName, containerDate: x.containerDate }), timings);
  const kept = cleaned.filter((c) => c.text.trim() || c.title.trim());
  const dated = timeStep('date', kept, (c: CleanDoc) => resolveDate(c), timings).map((r) => r.doc);
  const analyses = timeStep('analyze', dated, (d: DatedDoc): Analysis => analyzeDoc(d), timings);
  const years = timeStep('years', dated, (d) => yearsInText(d.text), timings);
  const hashes = timeStep('hash', dated, (d) => contentHash(d.title, d.text), timings);
  if (bank) timeBank(bank, timings);
  return { timings, docs: dated.length, outputs: [dated, analyses, years, hashes] };
}

/**
 * All steps one document after another, as the ingest runs them: the steps share the caches, so this total is
 * nearer a real run than the sum of the steps timed apart.
 */
function runInterleaved(files: FileInput[]): { ms: number; docs: number } {
  let docs = 0;
  const t0 = cpuMs();
  for (const f of files) {
    const decoded = decode(f.bytes);
    if (!decoded.ok) continue;
    const split = splitItems(decoded.text, { file: f.rel });
    const fileName = f.rel.split('/').pop() ?? f.rel;
    for (const item of split.items) {
      const clean = cleanItem(item, { fileName, containerDate: split.containerDate });
      if (!clean.text.trim() && !clean.title.trim()) continue;
      const { doc } = resolveDate(clean);
      analyzeDoc(doc);
      yearsInText(doc.text);
      contentHash(doc.title, doc.text);
      docs++;
    }
  }
  return { ms: cpuMs() - t0, docs };
}

/** A worker thread's whole path, batch after batch: processFiles on the batch (from disk), then the batch banked. */
function runWorkerPath(files: FileInput[], spillDir: string, pass: number): { ms: number; docs: number } {
  let docs = 0;
  const writer = new FactBlockWriter(spillDir, `worker-${pass}.bin`);
  const t0 = cpuMs();
  for (const batch of batchesOf(files)) {
    const outcomes = processFiles(batch);
    bankFigures(outcomes, writer);
    bankArticles(outcomes as FileOutcome<FactCore>[], writer);
    bankSearchTexts(outcomes as FileOutcome<FactCore>[], writer);
    writer.close();
    for (const o of outcomes) docs += o.drafts.length;
  }
  return { ms: cpuMs() - t0, docs };
}

function minOf(repeat: number, run: (pass: number) => { ms: number; docs: number }): { ms: number; docs: number } {
  let best = run(0);
  for (let r = 1; r < repeat; r++) {
    const again = run(r);
    if (again.ms < best.ms) best = again;
  }
  return best;
}

function dump(path: string, outputs: unknown[][]): void {
  const [dated] = outputs;
  const lines: string[] = [];
  for (let i = 0; i < dated.length; i++) lines.push(JSON.stringify(outputs.map((o) => o[i])));
  writeFileSync(path, lines.join('\n') + '\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const files = readAll(options.dir, options.limit);
  const spillDir = mkdtempSync(join(tmpdir(), 'doc-steps-'));
  // Warm-up: the first pass pays for compilation and the place catalogue.
  runSteps(files.slice(0, Math.min(files.length, 500)));
  const bank = bankInputOf(files, spillDir);
  const { timings, docs, outputs } = runSteps(files, bank);
  for (let r = 1; r < options.repeat; r++) {
    runSteps(files, bank).timings.forEach((t, i) => {
      timings[i].ms = Math.min(timings[i].ms, t.ms);
      if (t.digest !== timings[i].digest) throw new Error(`${t.name}: a second pass gave other output`);
    });
  }
  const interleaved = minOf(options.repeat, () => runInterleaved(files));
  const worker = minOf(options.repeat, (pass) => runWorkerPath(files, spillDir, pass));
  rmSync(spillDir, { recursive: true, force: true });
  const total = timings.reduce((a, t) => a + t.ms, 0);
  console.log(`${files.length} files, ${docs} documents`);
  for (const t of timings) {
    console.log(`${t.name.padEnd(8)} ${(t.ms / docs).toFixed(4)} ms/doc  ${t.ms.toFixed(0).padStart(6)} ms  digest ${t.digest}`);
  }
  console.log(`${'total'.padEnd(8)} ${(total / docs).toFixed(4)} ms/doc  ${total.toFixed(0).padStart(6)} ms`);
  console.log(`${'one doc at a time'} ${(interleaved.ms / interleaved.docs).toFixed(4)} ms/doc  ${interleaved.ms.toFixed(0).padStart(6)} ms (all steps per document, in turn)`);
  console.log(`${'worker path'} ${(worker.ms / worker.docs).toFixed(4)} ms/doc  ${worker.ms.toFixed(0).padStart(6)} ms (read to banked, ${BATCH_FILES} files a batch)`);
  if (options.dump) dump(options.dump, outputs);
}

main();
