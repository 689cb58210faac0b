// An article's figures in the shards' form (core/shardFigures), written field by field as UTF-8 bytes: the same
// bytes as JSON.stringify(shardFiguresOf(facts)), without making the lists first. Every article's entry is banked
// by the thread that found its figures, so this is on the per-document path: built as lists and stringified, it
// cost a third more than the rest of the banking. Names (metric, province, city) come from factJson's cache.
import type { Fact } from '../../core/contract';
import { idNumber } from '../../core/shardFigures';
import { bytesOf, jsonBytes, LastPeriodJson, nameJson, number, put, sentenceJson } from './factJson';
import type { SpillBuffer } from './spillBuffer';

const NULL = bytesOf('null');
/** Room for a figure's ASCII parts (brackets, commas, numbers), with much to spare. */
const ASCII_ROOM = 256;

/** `[text,from,to]`, null for an absent end. */
const periods = new LastPeriodJson((p) => JSON.stringify([p.text, p.from ?? null, p.to ?? null]));

// The article's distinct sentences, reused from one article to the next (no list is made per article), and each
// figure's period bytes (worked out once for the room and the writing).
const texts: string[] = [];
const jsons: Buffer[] = [];
const periodBytes: (Buffer | null)[] = [];
let sentenceCount = 0;
let sentenceOf = new Int32Array(64);

/** Numbers each figure's sentence (distinct texts in order of first use) and returns the bytes they take. */
function numberSentences(facts: readonly Fact[]): number {
  sentenceCount = 0;
  if (sentenceOf.length < facts.length) sentenceOf = new Int32Array(2 * facts.length);
  let bytes = 0;
  for (let k = 0; k < facts.length; k++) {
    const s = facts[k].evidence.sentence;
    // The figures of one sentence come one after another: the last sentence is looked at first.
    let n = sentenceCount - 1;
    while (n >= 0 && texts[n] !== s) n--;
    if (n < 0) {
      n = sentenceCount++;
      texts[n] = s;
      jsons[n] = sentenceJson(s);
      bytes += jsons[n].length + 1;
    }
    sentenceOf[k] = n;
  }
  return bytes;
}

/** The room a figure's JSON needs (its strings' bytes and the ASCII around them); notes its period's bytes. */
function figureRoom(f: Fact, k: number): number {
  const period = (periodBytes[k] = f.period !== undefined ? periods.of(f.period) : null);
  return ASCII_ROOM + f.id.length + nameJson(f.metric).length + nameJson(f.province).length + (f.city !== undefined ? nameJson(f.city).length : 0) + (period?.length ?? 0);
}

/** Appends the JSON of the figures' shard entry (`[]` for none) to `out`, making room first (`open` gives the file). */
export function appendShardFiguresJson(facts: readonly Fact[], out: SpillBuffer, open: () => number): void {
  let room = 4 + numberSentences(facts);
  for (let k = 0; k < facts.length; k++) room += figureRoom(facts[k], k);
  out.room(room, open);
  const buf = out.buf;
  let at = out.used;
  buf[at++] = 0x5b; // [
  if (facts.length > 0) {
    buf[at++] = 0x5b;
    for (let n = 0; n < sentenceCount; n++) {
      if (n > 0) buf[at++] = 0x2c;
      at = put(buf, at, jsons[n]);
    }
    buf[at++] = 0x5d;
    buf[at++] = 0x2c;
    buf[at++] = 0x5b;
    for (let k = 0; k < facts.length; k++) {
      if (k > 0) buf[at++] = 0x2c;
      at = appendFigure(buf, at, facts[k], sentenceOf[k], periodBytes[k]);
    }
    buf[at++] = 0x5d;
  }
  buf[at++] = 0x5d; // ]
  texts.length = jsons.length = periodBytes.length = 0;
  out.used = at;
}

/** `[id,metric,value,approx,province,adcode,city,cityAdcode,sentence,start,end,offset,period]` at `at`. */
function appendFigure(buf: Buffer, at: number, f: Fact, sentence: number, period: Buffer | null): number {
  const e = f.evidence;
  buf[at++] = 0x5b;
  const n = idNumber(f.id, f.articleId);
  at = n !== null ? number(buf, at, n) : put(buf, at, jsonBytes(f.id));
  buf[at++] = 0x2c;
  at = put(buf, at, nameJson(f.metric));
  buf[at++] = 0x2c;
  at = number(buf, at, f.value);
  buf[at++] = 0x2c;
  buf[at++] = f.approx ? 0x31 : 0x30;
  buf[at++] = 0x2c;
  at = put(buf, at, nameJson(f.province));
  buf[at++] = 0x2c;
  at = number(buf, at, f.adcode);
  buf[at++] = 0x2c;
  at = f.city !== undefined ? put(buf, at, nameJson(f.city)) : put(buf, at, NULL);
  buf[at++] = 0x2c;
  at = f.cityAdcode !== undefined ? number(buf, at, f.cityAdcode) : put(buf, at, NULL);
  buf[at++] = 0x2c;
  at = number(buf, at, sentence);
  buf[at++] = 0x2c;
  at = number(buf, at, e.start);
  buf[at++] = 0x2c;
  at = number(buf, at, e.end);
  buf[at++] = 0x2c;
  at = number(buf, at, e.offset);
  buf[at++] = 0x2c;
  at = put(buf, at, period ?? NULL);
  buf[at++] = 0x5d;
  return at;
}
