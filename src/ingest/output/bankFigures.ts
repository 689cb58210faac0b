// Banking figures: when a run writes output, each article's figures are written as JSON bytes the moment they are
// found (FactBlockWriter) and only their FactCore (no sentence) is kept. The FactCores travel packed as numbers
// in one typed array per batch plus a short table of strings: a worker thread's batch then crosses to the main
// thread as one block copy, where a million figure objects would be rebuilt field by field (that rebuilding cost
// more than half of the main thread's time on 100,000 articles), and the main thread never holds the sentences.
import type { Fact, Period } from '../../core/contract';
import { METRIC_INDEX, METRIC_KEYS, type MetricKey } from '../../core/metrics';
import { compareFactPosition, inTextOrder } from '../combine/order';
import type { FileOutcome } from '../processFile';
import type { FactCore } from '../types';
import type { FactBlockWriter } from './factBlocks';

/** Banked figures: FIELDS numbers per figure, in the order of the drafts and, within a draft, in text order. */
export interface PackedFigures {
  numbers: Float64Array;
  strings: string[];
}

// The numbers of one figure. String fields are indexes into `strings`; NONE marks an absent optional field.
const ADCODE = 0;
const APPROX = 1;
const CITY_ADCODE = 2;
const METRIC = 3;
const VALUE = 4;
const CITY = 5;
const PROVINCE = 6;
const PERIOD_FROM = 7;
const PERIOD_TEXT = 8;
const PERIOD_TO = 9;
const FIELDS = 10;
const NONE = -1;


/**
 * True when no character of the text has a lower-case form, so toLowerCase would give it back unchanged. Looks only
 * for the blocks Chinese news is written in (ASCII but A-Z, Latin-1 signs, general punctuation, CJK symbols, kana
 * and ideographs, full-width forms but Ａ-Ｚ); any other character sends the text to toLowerCase, which on a
 * Chinese text costs several times this scan (ICU case mapping).
 */
export function isCaseless(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0xc0) || (c >= 0x3000 && c < 0xa000) || (c >= 0x2000 && c < 0x2100)) continue;
    if ((c >= 0xff00 && c < 0xff21) || (c > 0xff3a && c < 0xfff0)) continue;
    return false;
  }
  return true;
}

/** What the dashboard's search looks in: the title and each distinct evidence sentence, lower-cased. */
export function searchTextOf(title: string, sentences: readonly string[]): string {
  return searchTextOfEach(title, sentences, (s) => s);
}

/** searchTextOf the title and the sentence of each item (no list of the sentences is made first). */
function searchTextOfEach<T>(title: string, items: readonly T[], sentenceOf: (item: T) => string): string {
  let text = title;
  let seen: Set<string> | null = null;
  let previous: string | null = null;
  for (const item of items) {
    const s = sentenceOf(item);
    // The figures of one sentence come one after another: most repeats are the sentence just added.
    if (s === previous) continue;
    previous = s;
    seen ??= new Set();
    if (seen.has(s)) continue;
    seen.add(s);
    text += `\n${s}`;
  }
  return isCaseless(text) ? text : text.toLowerCase();
}

function metricIndex(f: Fact): number {
  const i = METRIC_INDEX.get(f.metric);
  if (i === undefined) throw new Error(`figure ${f.id} has a metric outside the catalogue: ${f.metric}`);
  return i;
}

class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  ref(s: string | undefined): number {
    if (s === undefined) return NONE;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/**
 * One field's references into the table, remembering the last string: a field's value repeats in runs (the
 * figures of one article share their province, those of one sentence their period), so most lookups are one compare.
 */
class FieldRefs {
  private last: string | undefined = undefined;
  private lastRef = NONE;
  constructor(private readonly table: StringTable) {}
  ref(s: string | undefined): number {
    if (s !== this.last) {
      this.last = s;
      this.lastRef = this.table.ref(s);
    }
    return this.lastRef;
  }
}

/**
 * Writes the figures of every draft to the spill file and keeps them packed: each draft's `facts` is emptied, its
 * `factBytes` says where its figures went (one `counted` entry per figure) and `searchText` keeps what search needs.
 */
export function bankFigures(outcomes: FileOutcome[], writer: FactBlockWriter): PackedFigures {
  let total = 0;
  for (const o of outcomes) for (const d of o.drafts) total += d.facts.length;
  const numbers = new Float64Array(total * FIELDS);
  const table = new StringTable();
  const [cities, provinces, periodFroms, periodTexts, periodTos] = Array.from({ length: 5 }, () => new FieldRefs(table));
  let at = 0;
  for (const o of outcomes) {
    for (const d of o.drafts) {
      const facts = inTextOrder(d.facts) ? d.facts : [...d.facts].sort(compareFactPosition);
      d.searchText = searchTextOfEach(d.article.title, facts, (f) => f.evidence.sentence);
      if (facts.length === 0) continue;
      d.factBytes = writer.appendInOrder(facts);
      for (const f of facts) {
        numbers[at + ADCODE] = f.adcode;
        numbers[at + APPROX] = f.approx ? 1 : 0;
        numbers[at + CITY_ADCODE] = f.cityAdcode ?? NONE;
        numbers[at + METRIC] = metricIndex(f);
        numbers[at + VALUE] = f.value;
        numbers[at + CITY] = cities.ref(f.city);
        numbers[at + PROVINCE] = provinces.ref(f.province);
        numbers[at + PERIOD_FROM] = periodFroms.ref(f.period?.from);
        numbers[at + PERIOD_TEXT] = periodTexts.ref(f.period?.text);
        numbers[at + PERIOD_TO] = periodTos.ref(f.period?.to);
        at += FIELDS;
      }
      d.facts = [];
    }
  }
  return { numbers, strings: table.strings };
}

/** The batch's periods, one object per distinct period (figures only read them). */
function periodReader(n: Float64Array, strings: string[]): (at: number) => Period | undefined {
  const made = new Map<string, Period>();
  return (at) => {
    if (n[at + PERIOD_TEXT] === NONE) return undefined;
    const key = `${n[at + PERIOD_FROM]},${n[at + PERIOD_TEXT]},${n[at + PERIOD_TO]}`;
    let p = made.get(key);
    if (p === undefined) {
      p = {} as Period;
      if (n[at + PERIOD_FROM] !== NONE) p.from = strings[n[at + PERIOD_FROM]];
      p.text = strings[n[at + PERIOD_TEXT]];
      if (n[at + PERIOD_TO] !== NONE) p.to = strings[n[at + PERIOD_TO]];
      made.set(key, p);
    }
    return p;
  };
}

/** The banked outcomes with each draft's figures as FactCores again (keys in the order toFact gives them). */
export function unpackFigures(outcomes: FileOutcome[], packed: PackedFigures): FileOutcome<FactCore>[] {
  const { numbers: n, strings } = packed;
  const periodAt = periodReader(n, strings);
  let at = 0;
  for (const o of outcomes) {
    for (const d of o.drafts) {
      const count = d.factBytes?.counted.length ?? 0;
      const id = d.article.id;
      const facts: FactCore[] = [];
      // One object shape for every figure (optional fields present, undefined when absent), and integer fields
      // read back as int32 (`| 0`): V8 then stores every field inside the object, integers unboxed. Built field by
      // field from a float64 read, a figure took about 100 bytes more (boxed numbers, a separate property store).
      // Their evidence and id stay in the bytes: the figures come in text order, which is all the rest needs.
      for (let i = 0; i < count; i++, at += FIELDS) {
        const value = n[at + VALUE];
        const f: FactCore = {
          adcode: n[at + ADCODE] | 0,
          approx: n[at + APPROX] === 1,
          articleId: id,
          city: n[at + CITY] !== NONE ? strings[n[at + CITY]] : undefined,
          cityAdcode: n[at + CITY_ADCODE] !== NONE ? n[at + CITY_ADCODE] | 0 : undefined,
          counted: true,
          metric: METRIC_KEYS[n[at + METRIC]] as MetricKey,
          period: periodAt(at),
          province: strings[n[at + PROVINCE]],
          value: value === (value | 0) ? value | 0 : value,
        };
        facts.push(f);
      }
      (d as { facts: FactCore[] }).facts = facts;
    }
  }
  if (at !== n.length) throw new Error(`banked figures do not match their drafts (${at / FIELDS} of ${n.length / FIELDS} read)`);
  return outcomes as unknown as FileOutcome<FactCore>[];
}
