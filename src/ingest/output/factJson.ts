// A figure's JSON, written field by field: the same bytes as JSON.stringify of the record (keys in alphabetical
// order, as toFact builds it), several times faster on a million figures. Most of a figure's strings repeat: the
// figures of one sentence (and of one article) come one after another, so the sentence's, the article id's and the
// period's JSON are kept from the figure before; metrics, provinces and cities are few, so theirs are kept by value.
// A figure's id is its article's id, a dot and a number (processFile's toFact): its JSON is made from the article
// id's; any other id is escaped afresh.
//
// The writer of spill files (output/factBlocks) also needs to know where each figure's counted flag falls in the
// UTF-8 bytes, without encoding or searching them: each cached JSON string keeps how many bytes more than UTF-16
// units it takes in UTF-8 ("extra"), so a figure's byte length and its flag's byte offset are sums of known parts.
import type { Fact } from '../../core/contract';

const str = JSON.stringify;

/** A string's JSON with the bytes its UTF-8 takes beyond its length in UTF-16 units. */
interface Json {
  json: string;
  extra: number;
}

/** UTF-8 bytes beyond the UTF-16 length: 0 for ASCII, the one native call only for text that is not. */
function extraBytes(json: string): number {
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) >= 0x80) return Buffer.byteLength(json, 'utf8') - json.length;
  return 0;
}

function jsonOf(s: string): Json {
  const json = str(s);
  return { json, extra: extraBytes(json) };
}

/** The JSON of the last string it was given: for a field whose value repeats in runs (sentence, article id). */
class LastJson {
  private last: string | null = null;
  private value: Json = { json: '', extra: 0 };
  of(s: string): Json {
    if (s !== this.last) {
      this.last = s;
      this.value = jsonOf(s);
    }
    return this.value;
  }
}

/** The JSON of strings from a small set (metric keys, province and city names), by value. Bounded. */
class KnownJson {
  private readonly values = new Map<string, Json>();
  constructor(private readonly limit: number) {}
  of(s: string): Json {
    let j = this.values.get(s);
    if (j === undefined) {
      j = jsonOf(s);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(s, j);
    }
    return j;
  }
}

const sentences = new LastJson();
const articleIds = new LastJson();
const names = new KnownJson(4096);

type Period = NonNullable<Fact['period']>;
let lastPeriod: Period | null = null;
let lastPeriodJson: Json = { json: '', extra: 0 };

function periodJson(p: Period): Json {
  if (lastPeriod !== null && p.text === lastPeriod.text && p.from === lastPeriod.from && p.to === lastPeriod.to) return lastPeriodJson;
  const from = p.from !== undefined ? `"from":${str(p.from)},` : '';
  const to = p.to !== undefined ? `,"to":${str(p.to)}` : '';
  const json = `,"period":{${from}"text":${str(p.text)}${to}}`;
  lastPeriod = p;
  lastPeriodJson = { json, extra: extraBytes(json) };
  return lastPeriodJson;
}

/** True when `id` is `articleId` followed by a dot and digits only (what toFact makes). */
function isArticleIdDotNumber(id: string, articleId: string): boolean {
  if (id.length < articleId.length + 2 || id.charCodeAt(articleId.length) !== 0x2e || !id.startsWith(articleId)) return false;
  for (let i = articleId.length + 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * What measuredFactJson learnt of the last figure: its UTF-8 bytes beyond its UTF-16 length, and the UTF-8 byte
 * offset of its counted flag's value in it.
 */
export const lastFigure = { extra: 0, countedAt: 0 };

/** factJson(f), measuring it into `lastFigure` as it is built. */
export function measuredFactJson(f: Fact): string {
  const e = f.evidence;
  const article = articleIds.of(f.articleId);
  const city = f.city !== undefined ? names.of(f.city) : undefined;
  let head = `{"adcode":${f.adcode},"approx":${f.approx},"articleId":${article.json}`;
  if (city !== undefined) head += `,"city":${city.json}`;
  if (f.cityAdcode !== undefined) head += `,"cityAdcode":${f.cityAdcode}`;
  head += ',"counted":';
  const extraBefore = article.extra + (city?.extra ?? 0);
  const sentence = sentences.of(e.sentence);
  // An id made from the article's id escapes as the article id does, then the ASCII ".n".
  let idJson: string;
  let idExtra = article.extra;
  if (isArticleIdDotNumber(f.id, f.articleId)) idJson = `${article.json.slice(0, -1)}${f.id.slice(f.articleId.length)}"`;
  else {
    idJson = str(f.id);
    idExtra = extraBytes(idJson);
  }
  const metric = names.of(f.metric);
  const period = f.period !== undefined ? periodJson(f.period) : undefined;
  const province = names.of(f.province);
  lastFigure.countedAt = head.length + extraBefore;
  lastFigure.extra = extraBefore + sentence.extra + idExtra + metric.extra + (period?.extra ?? 0) + province.extra;
  return (
    `${head}${f.counted},"evidence":{"end":${e.end},"offset":${e.offset},"sentence":${sentence.json},"start":${e.start}}` +
    `,"id":${idJson},"metric":${metric.json}${period?.json ?? ''},"province":${province.json},"value":${f.value}}`
  );
}

/** JSON.stringify(fact) for a figure record as the ingest builds it. */
export function factJson(f: Fact): string {
  return measuredFactJson(f);
}
