// An article's figures as the dashboard's article shards hold them: each evidence sentence once, and each figure as
// a short tuple pointing at its sentence. The figures of one sentence (three or four, often) would otherwise each
// carry the sentence and every key name: at 100,000 articles the shards shrink from about 400 MB to about 120 MB,
// which the ingest writes (and flushes) and the list downloads. Whether a figure counts in the totals is not in
// the shard: de-duplication decides it after the shards' bytes are made, and the index (factFlags) holds it.
import type { Fact, Period } from './contract';

/**
 * One figure: [id, metric, value, approx, province, adcode, city, cityAdcode, sentence, start, end, offset, period].
 * `id` is the n of the usual "<articleId>.<n>", or the whole id when it is not of that form; `approx` is 1 or 0;
 * `sentence` indexes the entry's sentences; `period` is [text, from, to]. Absent optional fields are null.
 */
export type ShardFigure = [
  id: number | string,
  metric: string,
  value: number,
  approx: 0 | 1,
  province: string,
  adcode: number,
  city: string | null,
  cityAdcode: number | null,
  sentence: number,
  start: number,
  end: number,
  offset: number,
  period: [text: string, from: string | null, to: string | null] | null,
];

/** An article's entry in a shard: [] when it has no figures, else its distinct sentences and its figures in order. */
export type ShardFigures = [] | [sentences: string[], figures: ShardFigure[]];

/** The n of an id "<articleId>.<n>" (n digits only, no leading zero but "0"), or null for any other id. */
export function idNumber(id: string, articleId: string): number | null {
  const from = articleId.length + 1;
  if (id.length < from + 1 || id.length > from + 15 || id.charCodeAt(from - 1) !== 0x2e || !id.startsWith(articleId)) return null;
  if (id.charCodeAt(from) === 0x30 && id.length > from + 1) return null; // a leading zero
  let n = 0;
  for (let i = from; i < id.length; i++) {
    const d = id.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

/** The shard entry of one article's figures (in the order given, which is their text order). */
export function shardFiguresOf(facts: readonly Fact[]): ShardFigures {
  if (facts.length === 0) return [];
  const sentences: string[] = [];
  const numberOf = new Map<string, number>();
  const figures = facts.map((f): ShardFigure => {
    const e = f.evidence;
    let s = numberOf.get(e.sentence);
    if (s === undefined) numberOf.set(e.sentence, (s = sentences.push(e.sentence) - 1));
    const p = f.period;
    return [
      idNumber(f.id, f.articleId) ?? f.id,
      f.metric,
      f.value,
      f.approx ? 1 : 0,
      f.province,
      f.adcode,
      f.city ?? null,
      f.cityAdcode ?? null,
      s,
      e.start,
      e.end,
      e.offset,
      p ? [p.text, p.from ?? null, p.to ?? null] : null,
    ];
  });
  return [sentences, figures];
}

/**
 * The figure records of a shard entry, as facts.json holds them; `counted(k)` says whether the entry's k-th figure
 * counts (from the index). Throws on an entry that points at a sentence it does not have.
 */
export function factsOfShardFigures(articleId: string, entry: ShardFigures, counted: (k: number) => boolean): Fact[] {
  if (entry.length === 0) return [];
  const [sentences, figures] = entry;
  return figures.map(([id, metric, value, approx, province, adcode, city, cityAdcode, s, start, end, offset, p], k): Fact => {
    const sentence = sentences[s];
    if (sentence === undefined) throw new Error(`figure ${k} of article ${articleId} points at sentence ${s}, which the shard does not have`);
    // Key by key in the facts file's (alphabetical) order, the optional ones only when set.
    const fact = { adcode, approx: approx === 1, articleId } as Fact;
    if (city !== null) fact.city = city;
    if (cityAdcode !== null) fact.cityAdcode = cityAdcode;
    fact.counted = counted(k);
    fact.evidence = { end, offset, sentence, start };
    fact.id = typeof id === 'number' ? `${articleId}.${id}` : id;
    fact.metric = metric as Fact['metric'];
    if (p !== null) fact.period = periodOf(p);
    fact.province = province;
    fact.value = value;
    return fact;
  });
}

function periodOf([text, from, to]: [string, string | null, string | null]): Period {
  const period = {} as Period;
  if (from !== null) period.from = from;
  period.text = text;
  if (to !== null) period.to = to;
  return period;
}
