// Micro-benchmark of the per-document ingest steps: every file of a folder is read into memory first, then each
// step (decode → split → clean → date → analyse → years → fingerprint) is timed over all documents on its own, so
// the figures are the steps' cost, not the disk's. Time is the process's CPU time (user + system, garbage
// collection included), which other work on a shared machine disturbs far less than the wall clock.
// Prints CPU milliseconds per document per step, and a digest of
// each step's output: two versions of the code that print the same digests produce the same documents.
//
//   npx tsx bench/docSteps.ts <input-dir> [--limit N] [--repeat N] [--dump FILE]
//
// --repeat runs every step N times and keeps the fastest (the machine is shared: the minimum is the steps' own
// cost, the rest is other work). --dump writes every step's output, one JSON line per document, to compare two versions line by line.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { cleanItem } from '../src/ingest/clean/cleanItem';
import { yearsInText } from '../src/ingest/date/inferYear';
import { resolveDate } from '../src/ingest/date/resolveDate';
import { analyzeDoc } from '../src/ingest/extract/index';
import { contentHash } from '../src/ingest/ids';
import { decode } from '../src/ingest/read/decode';
import { walkFiles } from '../src/ingest/read/walkFiles';
import { splitItems, type SplitResult } from '../src/ingest/split/index';
import type { Analysis, CleanDoc, DatedDoc, RawItem } from '../src/ingest/types';

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

interface FileInput {
  rel: string;
  bytes: Buffer;
}

function readAll(dir: string, limit: number): FileInput[] {
  return walkFiles(dir)
    .files.slice(0, limit)
    .map((f) => ({ rel: f.rel, bytes: readFileSync(f.path) }));
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

/** One pass of all steps over `files`, with each step timed on its own. */
function runSteps(files: FileInput[]): { timings: StepTiming[]; docs: number; outputs: unknown[][] } {
  const timings: StepTiming[] = [];
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

function dump(path: string, outputs: unknown[][]): void {
  const [dated] = outputs;
  const lines: string[] = [];
  for (let i = 0; i < dated.length; i++) lines.push(JSON.stringify(outputs.map((o) => o[i])));
  writeFileSync(path, lines.join('\n') + '\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const files = readAll(options.dir, options.limit);
  // Warm-up: the first pass pays for compilation and the place catalogue.
  runSteps(files.slice(0, Math.min(files.length, 500)));
  const { timings, docs, outputs } = runSteps(files);
  for (let r = 1; r < options.repeat; r++) {
    runSteps(files).timings.forEach((t, i) => {
      timings[i].ms = Math.min(timings[i].ms, t.ms);
      if (t.digest !== timings[i].digest) throw new Error(`${t.name}: a second pass gave other output`);
    });
  }
  let interleaved = runInterleaved(files);
  for (let r = 1; r < options.repeat; r++) {
    const again = runInterleaved(files);
    if (again.ms < interleaved.ms) interleaved = again;
  }
  const total = timings.reduce((a, t) => a + t.ms, 0);
  console.log(`${files.length} files, ${docs} documents`);
  for (const t of timings) {
    console.log(`${t.name.padEnd(8)} ${(t.ms / docs).toFixed(4)} ms/doc  ${t.ms.toFixed(0).padStart(6)} ms  digest ${t.digest}`);
  }
  console.log(`${'total'.padEnd(8)} ${(total / docs).toFixed(4)} ms/doc  ${total.toFixed(0).padStart(6)} ms`);
  console.log(`${'one doc at a time'} ${(interleaved.ms / interleaved.docs).toFixed(4)} ms/doc  ${interleaved.ms.toFixed(0).padStart(6)} ms (all steps per document, in turn)`);
  if (options.dump) dump(options.dump, outputs);
}

main();
