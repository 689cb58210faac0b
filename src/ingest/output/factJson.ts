// A figure's JSON, written field by field: the same bytes as JSON.stringify of the record (keys in alphabetical
// order, as toFact builds it), several times faster on a million figures. Most of a figure's strings repeat: the
// figures of one sentence (and of one article) come one after another, so the sentence's, the article id's and the
// period's JSON are kept from the figure before; metrics, provinces and cities are few, so theirs are kept by value.
// Only the figure's own id is escaped afresh each time.
import type { Fact } from '../../core/contract';

const str = JSON.stringify;

/** The JSON of the last string it was given: for a field whose value repeats in runs (sentence, article id). */
class LastJson {
  private last: string | null = null;
  private json = '';
  of(s: string): string {
    if (s !== this.last) {
      this.last = s;
      this.json = str(s);
    }
    return this.json;
  }
}

/** The JSON of strings from a small set (metric keys, province and city names), by value. Bounded. */
class KnownJson {
  private readonly json = new Map<string, string>();
  constructor(private readonly limit: number) {}
  of(s: string): string {
    let j = this.json.get(s);
    if (j === undefined) {
      j = str(s);
      if (this.json.size >= this.limit) this.json.clear();
      this.json.set(s, j);
    }
    return j;
  }
}

const sentences = new LastJson();
const articleIds = new LastJson();
const names = new KnownJson(4096);

type Period = NonNullable<Fact['period']>;
let lastPeriod: Period | null = null;
let lastPeriodJson = '';

function periodJson(p: Period): string {
  if (lastPeriod !== null && p.text === lastPeriod.text && p.from === lastPeriod.from && p.to === lastPeriod.to) return lastPeriodJson;
  const from = p.from !== undefined ? `"from":${str(p.from)},` : '';
  const to = p.to !== undefined ? `,"to":${str(p.to)}` : '';
  lastPeriod = p;
  lastPeriodJson = `,"period":{${from}"text":${str(p.text)}${to}}`;
  return lastPeriodJson;
}

/** JSON.stringify(fact) for a figure record as the ingest builds it. */
export function factJson(f: Fact): string {
  const e = f.evidence;
  return (
    `{"adcode":${f.adcode},"approx":${f.approx},"articleId":${articleIds.of(f.articleId)}` +
    (f.city !== undefined ? `,"city":${names.of(f.city)}` : '') +
    (f.cityAdcode !== undefined ? `,"cityAdcode":${f.cityAdcode}` : '') +
    `,"counted":${f.counted},"evidence":{"end":${e.end},"offset":${e.offset},"sentence":${sentences.of(e.sentence)},"start":${e.start}}` +
    `,"id":${str(f.id)},"metric":${names.of(f.metric)}` +
    (f.period !== undefined ? periodJson(f.period) : '') +
    `,"province":${names.of(f.province)},"value":${f.value}}`
  );
}
