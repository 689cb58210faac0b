// One input file through the per-file steps: read → decode → split → clean → date → analyse.
// Pure apart from reading the file, so it can run in a worker thread; the raw body is dropped once cleaned.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Article, Fact, Period, Reject, Warning } from '../core/contract';
import { analyzeDoc } from './extract/index';
import { cleanItem } from './clean/cleanItem';
import { resolveDate } from './date/resolveDate';
import { yearsInText } from './date/inferYear';
import { articleId, contentHash } from './ids';
import type { FactBytes, SpillBlock } from './output/factBlocks';
import { decode } from './read/decode';
import type { InputFile } from './read/walkFiles';
import { splitItems } from './split/index';
import type { Analysis, DatedDoc, FactCore, FactDraft } from './types';

/** Files larger than this are not read at all (memory safety); a file is streamed into memory whole. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** An article's text beyond this is cut (with a warning): no news article is this long, a runaway file can be. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export interface ProcessOptions {
  /** Keep each article's clean text in the output (--text). */
  keepText?: boolean;
}

/**
 * An article as one file yields it, with what the later corpus-wide steps need. Its figures are whole Facts as found;
 * FactCores once banked (output/bankFigures), their JSON bytes then being at `factBytes`.
 */
export interface ArticleDraft<F extends FactCore = Fact> {
  article: Article;
  facts: F[];
  /** Fingerprint for de-duplication across files. */
  hash: string;
  /** Latest year the text names (evidence for judging a date as being in the future). */
  maxYear?: number;
  /** Where the figures' JSON bytes were written (output/factBlocks), once banked. */
  factBytes?: FactBytes;
  /** Where the figures' JSON in the article shards' form (core/shardFigures) was written, once banked. */
  shardFigureBytes?: SpillBlock;
  /** Where the article record's JSON was written (output/bankArticles); dropped when the record changes after. */
  articleBytes?: SpillBlock;
  /** What the dashboard's search looks in (title and evidence sentences), kept when the sentences are banked. */
  searchText?: string;
  /** Where the search text's JSON was written (output/bankSearchTexts), which then stands in for the text. */
  searchTextBytes?: SpillBlock;
  /** The draft's figures once they are rows of the run's figure table (combine/figureTable): `facts` is then empty. */
  rows?: { start: number; count: number };
}

/** True once the draft's figures were banked (bankFigures gives it a search text, bankSearchTexts then its bytes). */
export function isBanked(draft: ArticleDraft<FactCore>): boolean {
  return draft.searchText !== undefined || draft.searchTextBytes !== undefined;
}

export interface FileOutcome<F extends FactCore = Fact> {
  drafts: ArticleDraft<F>[];
  rejects: Reject[];
  warnings: Warning[];
  /** Its strings are fresh copies (it crossed from a worker thread), not slices that keep a file's text alive. */
  detached?: boolean;
}

/**
 * Where files are read: one buffer per thread, reused, so a file costs no allocation. Its bytes are only lent to
 * the caller, who must be done with them (decode copies them into a string) before the next file is read.
 */
const readBuffer = Buffer.allocUnsafeSlow(1 << 20);

/**
 * The file's bytes (lent when they fit readBuffer), or its size when it is over the limit. A read that does not fill
 * the buffer has met the end of a regular file: open, one read and close, with no fstat (nor the Stats object it
 * makes). A larger file is measured, then read whole into a buffer of its own.
 */
export function readWhole(path: string): Uint8Array | number {
  const fd = openSync(path, 'r');
  try {
    const first = readSync(fd, readBuffer, 0, readBuffer.length, 0);
    if (first < readBuffer.length) return readBuffer.subarray(0, first);
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return size;
    const whole = Buffer.allocUnsafe(Math.max(size, first));
    readBuffer.copy(whole, 0, 0, first);
    let length = first;
    while (length < whole.length) {
      const n = readSync(fd, whole, length, whole.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return whole.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** The dated documents of one file (no analysis): what the evaluation and the pipeline share. */
export function datedDocsOfFile(file: InputFile): { docs: DatedDoc[]; rejects: Reject[]; warnings: Warning[] } {
  const source = { file: file.rel };
  let bytes: Uint8Array;
  try {
    const read = readWhole(file.path);
    if (typeof read === 'number') {
      return { docs: [], rejects: [{ source, code: 'too-large', reason: `The file is ${(read / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit for one file.` }], warnings: [] };
    }
    bytes = read;
  } catch (e) {
    return { docs: [], rejects: [{ source, code: 'unreadable', reason: `The file could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).` }], warnings: [] };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { docs: [], rejects: [{ source, code: decoded.code, reason: decoded.reason }], warnings: [] };
  const warnings: Warning[] = decoded.warnings.map((w) => ({ ...w, source }));
  const split = splitItems(decoded.text, source);
  warnings.push(...split.warnings);
  const rejects = [...split.rejects];
  const fileName = file.rel.slice(file.rel.lastIndexOf('/') + 1);
  const docs: DatedDoc[] = [];
  for (const item of split.items) {
    const clean = cleanItem(item, { fileName, containerDate: split.containerDate });
    if (clean.text.length > MAX_ARTICLE_CHARS) {
      warnings.push({ source: item.source, code: 'text-cut', message: `The article text is ${clean.text.length} characters long; only the first ${MAX_ARTICLE_CHARS} were read.` });
      clean.text = clean.text.slice(0, MAX_ARTICLE_CHARS);
    }
    if (!clean.text.trim() && !clean.title.trim()) {
      rejects.push({ source: item.source, code: 'empty', reason: item.source.item === undefined ? 'No article text is left once markup and page furniture are removed.' : `Item ${item.source.item} has no text once markup is removed.` });
      continue;
    }
    const { doc, warnings: dateWarnings } = resolveDate(clean);
    warnings.push(...dateWarnings);
    docs.push(doc);
  }
  return { docs, rejects, warnings };
}

// Records are built with their keys in alphabetical order: the writer then serialises them without copies. Keys
// are added one by one (no spread of temporary objects: a million figures make that count).
// A figure's id is its article's id and its place among the article's figures: unique, stable, and free to make.
function sortedPeriod(p: Period): Period {
  const out = {} as Period;
  if (p.from !== undefined) out.from = p.from;
  out.text = p.text;
  if (p.to !== undefined) out.to = p.to;
  return out;
}

function toFact(f: FactDraft, articleIdValue: string, index: number): Fact {
  // One object shape for every figure: the optional fields are always there, undefined when absent (JSON leaves
  // them out). Figures of eight shapes made every reader of their fields look each one up the slow way.
  return {
    adcode: f.adcode,
    approx: f.approx,
    articleId: articleIdValue,
    city: f.city,
    cityAdcode: f.cityAdcode,
    counted: true,
    evidence: { end: f.evidence.end, offset: f.evidence.offset, sentence: f.evidence.sentence, start: f.evidence.start },
    id: `${articleIdValue}.${index}`,
    metric: f.metric,
    period: f.period !== undefined ? sortedPeriod(f.period) : undefined,
    province: f.province,
    value: f.value,
  };
}

/** The date's provenance, keys in order (reason only when there is one). */
function dateSourceRecord(d: DatedDoc['dateSource']): Article['dateSource'] {
  const out = { inferred: d.inferred, kind: d.kind } as Article['dateSource'];
  if (d.reason !== undefined) out.reason = d.reason;
  return out;
}

/** The document's draft record; `analysis` is analyzeDoc(doc), when the caller has made it already. */
export function buildDraft(doc: DatedDoc, options: ProcessOptions, analysis: Analysis = analyzeDoc(doc)): { draft: ArticleDraft; warnings: Warning[] } {
  const id = articleId(doc.source);
  // Key by key in alphabetical order, the optional ones only when set (no temporary objects spread in).
  const article = { chars: doc.text.length, cities: analysis.cities, date: doc.date } as Article;
  article.dateSource = dateSourceRecord(doc.dateSource);
  article.id = id;
  article.level = analysis.level;
  if (doc.outlet) article.outlet = doc.outlet;
  article.provinces = analysis.provinces;
  article.source = doc.source;
  article.sources = [doc.source];
  if (options.keepText) article.text = doc.text;
  article.title = doc.title;
  article.topic = analysis.topic;
  article.types = analysis.types;
  if (doc.url) article.url = doc.url;
  const facts: Fact[] = analysis.topic ? analysis.facts.map((f, i) => toFact(f, id, i)) : [];
  const years = yearsInText(doc.text);
  const maxYear = years.length ? Math.max(...years) : undefined;
  return { draft: { article, facts, hash: contentHash(doc.title, doc.text), maxYear }, warnings: analysis.warnings };
}

/** datedDocsOfFile, with any failure of the reading steps turned into a reject of that file (never a crash). */
function readSafely(file: InputFile): ReturnType<typeof datedDocsOfFile> {
  try {
    return datedDocsOfFile(file);
  } catch (e) {
    const reason = `The file could not be read into articles (${String((e as Error).message).slice(0, 120)}).`;
    return { docs: [], rejects: [{ source: { file: file.rel }, code: 'internal-error', reason }], warnings: [] };
  }
}

/** What analyzeDoc threw, kept for draftOutcome to throw where it would have been thrown. */
class AnalysisFailure {
  constructor(readonly thrown: unknown) {}
}

/** analyzeDoc, with a failure given back instead of thrown. */
function analyzeSafely(doc: DatedDoc): Analysis | AnalysisFailure {
  try {
    return analyzeDoc(doc);
  } catch (e) {
    return new AnalysisFailure(e);
  }
}

/**
 * The drafts of a file's documents once read (an extraction failure costs that article a reject, never the run).
 * `analyses` are their analyses (or failures) when made already, in the order of the documents.
 */
function draftOutcome(read: ReturnType<typeof datedDocsOfFile>, options: ProcessOptions, analyses?: (Analysis | AnalysisFailure)[]): FileOutcome {
  const { docs, rejects, warnings } = read;
  const drafts: ArticleDraft[] = [];
  for (const [k, doc] of docs.entries()) {
    try {
      const analysis = analyses?.[k];
      if (analysis instanceof AnalysisFailure) throw analysis.thrown;
      const { draft, warnings: w } = buildDraft(doc, options, analysis);
      drafts.push(draft);
      warnings.push(...w);
    } catch (e) {
      // An extraction failure costs this article, never the run.
      rejects.push({ source: doc.source, code: 'analysis-error', reason: `The article could not be analysed (${String((e as Error).message).slice(0, 120)}).` });
    }
  }
  return { drafts, rejects, warnings };
}

export function processFile(file: InputFile, options: ProcessOptions = {}): FileOutcome {
  return draftOutcome(readSafely(file), options);
}

/** Texts read ahead of their analysis by processFiles, at most (characters; a file is read whatever its size). */
const READ_AHEAD_CHARS = 16_000_000;

/**
 * processFile for each file, in order, with the same outcomes; but several files are read (read, decode, split,
 * clean, date) before their documents are analysed, one step after the other. Each step's code and tables then
 * stay in the processor's caches over many documents, which on short articles costs about a sixth less time than
 * going through all the steps for each file in turn. About `readAheadChars` of text at most wait to be analysed.
 */
export function processFiles(files: InputFile[], options: ProcessOptions = {}, readAheadChars = READ_AHEAD_CHARS): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  for (let next = 0; next < files.length; ) {
    const read: ReturnType<typeof datedDocsOfFile>[] = [];
    for (let chars = 0; next < files.length && (read.length === 0 || chars < readAheadChars); ) {
      const one = readSafely(files[next++]);
      for (const doc of one.docs) chars += doc.text.length;
      read.push(one);
    }
    // The documents analysed one after another, then their records made: the analysis keeps its tables warm.
    const analyses = read.map((one) => one.docs.map(analyzeSafely));
    read.forEach((one, k) => outcomes.push(draftOutcome(one, options, analyses[k])));
  }
  return outcomes;
}
