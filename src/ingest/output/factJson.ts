// A figure's JSON, written field by field as UTF-8 bytes: the same bytes as JSON.stringify of the record (keys in
// alphabetical order, as toFact builds it), several times faster on a million figures. Most of a figure's strings
// repeat: the figures of one sentence (and of one article) come one after another, so the sentence's, the article
// id's and the period's JSON bytes are kept from the figure before; metrics, provinces and cities are few, so theirs
// are kept by value. The rest is ASCII (keys, numbers, flags), copied code unit by code unit. A sentence is thus
// encoded once however many figures it holds, and the block's counted flags fall at positions known as it is written.
// A figure's id is its article's id, a dot and a number (processFile's toFact): its JSON is made from the article
// id's; any other id is escaped afresh.
import type { Fact } from '../../core/contract';
import { SpillBuffer } from './spillBuffer';

/** The UTF-8 bytes of a string's JSON. */
export function jsonBytes(s: string): Buffer {
  return Buffer.from(JSON.stringify(s), 'utf8');
}

/** The JSON bytes of strings from a small set (metric keys, province and city names), by value. Bounded. */
class KnownJson {
  private readonly values = new Map<string, Buffer>();
  constructor(private readonly limit: number) {}
  of(s: string): Buffer {
    let j = this.values.get(s);
    if (j === undefined) {
      j = jsonBytes(s);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(s, j);
    }
    return j;
  }
}

/**
 * The JSON bytes of the last few strings given (a ring), for a field whose value repeats in runs: an article id
 * (a ring of one), an article's sentences (which its figures in the shards' form, output/shardFigureJson, ask for
 * again right after the facts file's form has encoded them).
 */
class RecentJson {
  private readonly keys: (string | null)[];
  private readonly values: Buffer[];
  private next = 0;
  constructor(size: number) {
    this.keys = new Array<string | null>(size).fill(null);
    this.values = new Array<Buffer>(size).fill(Buffer.alloc(0));
  }
  of(s: string): Buffer {
    // The newest first: the figures of one sentence come one after another.
    for (let k = 0, i = this.next; k < this.keys.length; k++) {
      i = i === 0 ? this.keys.length - 1 : i - 1;
      if (this.keys[i] === s) return this.values[i];
    }
    const value = jsonBytes(s);
    this.keys[this.next] = s;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
    return value;
  }
}

const sentences = new RecentJson(16);

/** The JSON bytes of an evidence sentence (kept for the few sentences seen last). */
export function sentenceJson(s: string): Buffer {
  return sentences.of(s);
}
const articleIds = new RecentJson(1);
const names = new KnownJson(4096);

/** The JSON bytes of a metric key, province or city name (a small set, kept by value). */
export function nameJson(s: string): Buffer {
  return names.of(s);
}

type Period = NonNullable<Fact['period']>;

/**
 * A period's bytes in one writer's form, kept for the last period given: the figures of one sentence share theirs,
 * and come one after another.
 */
export class LastPeriodJson {
  private last: Period | null = null;
  private value: Buffer = Buffer.alloc(0);
  constructor(private readonly text: (p: Period) => string) {}
  of(p: Period): Buffer {
    const last = this.last;
    if (last === null || p.text !== last.text || p.from !== last.from || p.to !== last.to) {
      this.last = p;
      this.value = Buffer.from(this.text(p), 'utf8');
    }
    return this.value;
  }
}

/** `,"period":{…}`: keys in order, the absent ends left out. */
const periods = new LastPeriodJson((p) => {
  const from = p.from !== undefined ? `"from":${JSON.stringify(p.from)},` : '';
  const to = p.to !== undefined ? `,"to":${JSON.stringify(p.to)}` : '';
  return `,"period":{${from}"text":${JSON.stringify(p.text)}${to}}`;
});

/** True when `id` is `articleId` followed by a dot and digits only (what toFact makes). */
function isArticleIdDotNumber(id: string, articleId: string): boolean {
  if (id.length < articleId.length + 2 || id.charCodeAt(articleId.length) !== 0x2e || !id.startsWith(articleId)) return false;
  for (let i = articleId.length + 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Writes an ASCII string's code units at `at`; returns the position after them. */
function ascii(buf: Buffer, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[at + i] = s.charCodeAt(i);
  return at + s.length;
}

/** Copies bytes in at `at`; returns the position after them. A loop for the short ones (keys, names) costs less than a call. */
export function put(buf: Buffer, at: number, bytes: Uint8Array): number {
  const n = bytes.length;
  if (n > 48) buf.set(bytes, at);
  else for (let i = 0; i < n; i++) buf[at + i] = bytes[i];
  return at + n;
}

/** Writes a number as a template literal would (digit by digit for the common small non-negative integers). */
export function number(buf: Buffer, at: number, n: number): number {
  if (!(n >= 0 && n < 1e9 && n === Math.floor(n)) || Object.is(n, -0)) return ascii(buf, at, `${n}`);
  if (n === 0) {
    buf[at] = 0x30;
    return at + 1;
  }
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  for (let i = at + digits - 1, v = n; i >= at; i--, v = Math.floor(v / 10)) buf[i] = 0x30 + (v % 10);
  return at + digits;
}

function flag(buf: Buffer, at: number, b: boolean): number {
  return put(buf, at, b ? TRUE : FALSE);
}

export const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const TRUE = bytesOf('true');
const FALSE = bytesOf('false');
const ADCODE = bytesOf('{"adcode":');
const APPROX = bytesOf(',"approx":');
const ARTICLE_ID = bytesOf(',"articleId":');
const CITY = bytesOf(',"city":');
const CITY_ADCODE = bytesOf(',"cityAdcode":');
const COUNTED = bytesOf(',"counted":');
const EVIDENCE_END = bytesOf(',"evidence":{"end":');
const OFFSET = bytesOf(',"offset":');
const SENTENCE = bytesOf(',"sentence":');
const START = bytesOf(',"start":');
const ID = bytesOf('},"id":');
const METRIC = bytesOf(',"metric":');
const PROVINCE = bytesOf(',"province":');
const VALUE = bytesOf(',"value":');

/** Room for the ASCII parts of a figure: keys, punctuation, five numbers and two flags, with much to spare. */
const ASCII_ROOM = 512;

/**
 * Appends the figure's JSON to `out` (room is made first: what is held may go to the file through `open`) and
 * returns the position in `out`'s file of its counted flag's value. Numbers are written as template literals write
 * them, which is JSON's form for every finite number (the bank's checks compare with JSON.stringify).
 */
export function appendFactJson(f: Fact, out: SpillBuffer, open: () => number): number {
  const e = f.evidence;
  const article = articleIds.of(f.articleId);
  const city = f.city !== undefined ? names.of(f.city) : undefined;
  const sentence = sentences.of(e.sentence);
  const ownId = isArticleIdDotNumber(f.id, f.articleId) ? undefined : jsonBytes(f.id);
  const metric = names.of(f.metric);
  const period = f.period !== undefined ? periods.of(f.period) : undefined;
  const province = names.of(f.province);
  const pieces = 2 * article.length + (city?.length ?? 0) + sentence.length + (ownId?.length ?? 0) + metric.length + (period?.length ?? 0) + province.length;
  out.room(ASCII_ROOM + pieces + f.id.length, open);
  const buf = out.buf;
  let at = number(buf, put(buf, out.used, ADCODE), f.adcode);
  at = flag(buf, put(buf, at, APPROX), f.approx);
  at = put(buf, put(buf, at, ARTICLE_ID), article);
  if (city !== undefined) at = put(buf, put(buf, at, CITY), city);
  if (f.cityAdcode !== undefined) at = number(buf, put(buf, at, CITY_ADCODE), f.cityAdcode);
  at = put(buf, at, COUNTED);
  const countedAt = out.position + (at - out.used);
  at = flag(buf, at, f.counted);
  at = number(buf, put(buf, at, EVIDENCE_END), e.end);
  at = number(buf, put(buf, at, OFFSET), e.offset);
  at = put(buf, put(buf, at, SENTENCE), sentence);
  at = number(buf, put(buf, at, START), e.start);
  at = put(buf, at, ID);
  if (ownId !== undefined) at = put(buf, at, ownId);
  else {
    // The article id's JSON without its closing quote, then the ASCII ".n" and the quote.
    at = put(buf, at, article) - 1;
    at = ascii(buf, at, f.id.slice(f.articleId.length));
    buf[at++] = 0x22;
  }
  at = put(buf, put(buf, at, METRIC), metric);
  if (period !== undefined) at = put(buf, at, period);
  at = put(buf, put(buf, at, PROVINCE), province);
  at = number(buf, put(buf, at, VALUE), f.value);
  buf[at++] = 0x7d;
  out.used = at;
  return countedAt;
}

const scratch = new SpillBuffer(4096);
const noFile = (): number => {
  throw new Error('a figure is encoded whole, never flushed');
};

/** JSON.stringify(fact) for a figure record as the ingest builds it. */
export function factJson(f: Fact): string {
  scratch.used = 0;
  appendFactJson(f, scratch, noFile);
  return scratch.buf.toString('utf8', 0, scratch.used);
}
