// The corpus's figures as columns: one typed array per field, one row per figure, each article's figures a run of
// rows in text order. The corpus-wide steps (de-duplication, aggregation, the dashboard's index, the copy plans)
// read rows, not a million figure objects: the figures found by worker threads arrive packed as numbers
// (output/bankFigures) and go straight into the columns, so the main thread never builds, holds or collects an
// object per figure. Figures found whole (a run that writes nothing keeps their sentences) are rows too, and their
// objects are kept beside them for the writer and the caller.
import type { Fact, Period } from '../../core/contract';
import { METRIC_INDEX } from '../../core/metrics';
import { isWhole, type FactCore } from '../types';

/** An absent optional field (city, city adcode, period). */
export const NONE = -1;

/** One article's figures: `count` rows from `start`, in text order. */
export interface FigureRun {
  articleId: string;
  start: number;
  count: number;
}

/** The figures and, in the facts file's order (by article id), the runs of the articles that have any. */
export interface Figures {
  table: FigureTable;
  runs: FigureRun[];
}

/** How packed figures lie in their numbers (output/bankFigures writes them so). */
export interface PackedLayout {
  fields: number;
  adcode: number;
  approx: number;
  cityAdcode: number;
  metric: number;
  value: number;
  city: number;
  province: number;
  periodFrom: number;
  periodText: number;
  periodTo: number;
}

/** Strings numbered in the order they are first seen. */
export class StringIndex {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  of(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** A column of `size` rows holding the first `length` of `a`. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(length: number, size: number, a: T, make: new (n: number) => T): T {
  const b = new make(size);
  b.set(a.subarray(0, length) as never);
  return b;
}

export class FigureTable {
  length = 0;
  adcode = new Int32Array(0);
  /** NONE when the figure has no city adcode. */
  cityAdcode = new Int32Array(0);
  /** Index into `strings` of the metric key. */
  metric = new Int32Array(0);
  value = new Float64Array(0);
  approx = new Uint8Array(0);
  /** 1 when the figure counts in the totals (set by de-duplication; every figure counts until then). */
  counted = new Uint8Array(0);
  /** Indexes into `strings`, NONE for no city. */
  city = new Int32Array(0);
  province = new Int32Array(0);
  /** Index into `periods`, NONE for no period. */
  period = new Int32Array(0);
  private readonly stringIndex = new StringIndex();
  readonly strings: string[] = this.stringIndex.strings;
  /** One object per distinct period (figures only read them). */
  readonly periods: Period[] = [];
  /** The whole figure of each row that was added whole (its evidence is at hand), else undefined. */
  readonly whole: (Fact | undefined)[] = [];
  private readonly periodIds = new Map<number | string, number>();

  /** The index of a string, added when new. */
  str(s: string): number {
    return this.stringIndex.of(s);
  }

  /** The index of a period given as string indexes (from and to NONE when absent), added when new. */
  periodOfIds(from: number, text: number, to: number): number {
    // One number for the three while the strings are few enough for it to be exact; a text key beyond.
    const base = this.strings.length + 1;
    const key: number | string = base < 1 << 17 ? ((from + 1) * (1 << 17) + text + 1) * (1 << 17) + to + 1 : `${from},${text},${to}`;
    let id = this.periodIds.get(key);
    if (id === undefined) {
      id = this.periods.length;
      const p = {} as Period;
      if (from !== NONE) p.from = this.strings[from];
      p.text = this.strings[text];
      if (to !== NONE) p.to = this.strings[to];
      this.periods.push(p);
      this.periodIds.set(key, id);
    }
    return id;
  }

  /** Room for `more` rows (the columns double as they fill). */
  private reserve(more: number): void {
    const need = this.length + more;
    if (need <= this.adcode.length) return;
    const size = Math.max(need, 2 * this.adcode.length, 1024);
    this.adcode = grown(this.length, size, this.adcode, Int32Array);
    this.cityAdcode = grown(this.length, size, this.cityAdcode, Int32Array);
    this.metric = grown(this.length, size, this.metric, Int32Array);
    this.value = grown(this.length, size, this.value, Float64Array);
    this.approx = grown(this.length, size, this.approx, Uint8Array);
    this.counted = grown(this.length, size, this.counted, Uint8Array);
    this.city = grown(this.length, size, this.city, Int32Array);
    this.province = grown(this.length, size, this.province, Int32Array);
    this.period = grown(this.length, size, this.period, Int32Array);
  }

  /** Adds a figure (a whole one is kept beside its row); returns its row. */
  add(f: FactCore): number {
    this.reserve(1);
    const i = this.length++;
    this.adcode[i] = f.adcode;
    this.cityAdcode[i] = f.cityAdcode ?? NONE;
    this.metric[i] = this.str(f.metric);
    this.value[i] = f.value;
    this.approx[i] = f.approx ? 1 : 0;
    this.counted[i] = f.counted ? 1 : 0;
    this.city[i] = f.city !== undefined ? this.str(f.city) : NONE;
    this.province[i] = this.str(f.province);
    this.period[i] = f.period ? this.periodOf(f.period.from, f.period.text, f.period.to) : NONE;
    if (isWhole(f)) this.whole[i] = f;
    return i;
  }

  /**
   * Adds `count` packed figures from `at` (a number index: `layout.fields` numbers a figure) whose strings are
   * indexes into the batch's strings; returns the first row. Every figure counts until de-duplication says otherwise.
   */
  addPacked(numbers: Float64Array, at: number, count: number, layout: PackedLayout, batch: BatchStrings): number {
    this.reserve(count);
    const start = this.length;
    const metricIds = this.metricIds();
    for (let k = 0; k < count; k++, at += layout.fields) {
      const i = this.length++;
      this.adcode[i] = numbers[at + layout.adcode];
      this.cityAdcode[i] = numbers[at + layout.cityAdcode];
      this.metric[i] = metricIds[numbers[at + layout.metric]];
      this.value[i] = numbers[at + layout.value];
      this.approx[i] = numbers[at + layout.approx];
      this.counted[i] = 1;
      const city = numbers[at + layout.city];
      this.city[i] = city === NONE ? NONE : batch.id(this, city);
      this.province[i] = batch.id(this, numbers[at + layout.province]);
      const text = numbers[at + layout.periodText];
      this.period[i] = text === NONE ? NONE : batch.period(this, numbers[at + layout.periodFrom], text, numbers[at + layout.periodTo]);
    }
    return start;
  }

  /** The index of a period, added when new. */
  periodOf(from: string | undefined, text: string, to: string | undefined): number {
    return this.periodOfIds(from === undefined ? NONE : this.str(from), this.str(text), to === undefined ? NONE : this.str(to));
  }

  private metricIdsMade: Int32Array | undefined;
  /** The string index of each catalogue metric, by its number in the catalogue (METRIC_INDEX). */
  private metricIds(): Int32Array {
    if (!this.metricIdsMade) {
      this.metricIdsMade = new Int32Array(METRIC_INDEX.size);
      for (const [key, n] of METRIC_INDEX) this.metricIdsMade[n] = this.str(key);
    }
    return this.metricIdsMade;
  }

  /** The catalogue number of each string used as a metric (-1 for one outside the catalogue), by string index. */
  metricNumbers(): Int32Array {
    const out = new Int32Array(this.strings.length).fill(-1);
    for (let s = 0; s < this.strings.length; s++) out[s] = METRIC_INDEX.get(this.strings[s] as never) ?? -1;
    return out;
  }

  /**
   * Row i as a figure record: the whole figure when it was added whole (its counted flag set from the row), else its
   * FactCore (every key, in order).
   */
  fact(i: number, articleId: string): FactCore {
    const whole = this.whole[i];
    if (whole) {
      whole.counted = this.counted[i] === 1;
      return whole;
    }
    const value = this.value[i];
    return {
      adcode: this.adcode[i],
      approx: this.approx[i] === 1,
      articleId,
      city: this.city[i] === NONE ? undefined : this.strings[this.city[i]],
      cityAdcode: this.cityAdcode[i] === NONE ? undefined : this.cityAdcode[i],
      counted: this.counted[i] === 1,
      metric: this.strings[this.metric[i]] as FactCore['metric'],
      period: this.period[i] === NONE ? undefined : this.periods[this.period[i]],
      province: this.strings[this.province[i]],
      value: value === (value | 0) ? value | 0 : value,
    };
  }

  /** The run's rows as figure records. */
  factsOf(run: FigureRun): FactCore[] {
    const out: FactCore[] = [];
    for (let i = run.start; i < run.start + run.count; i++) out.push(this.fact(i, run.articleId));
    return out;
  }

  /** The run's rows as whole figures; a row added banked (its evidence elsewhere) has none, and stops the caller. */
  wholeFactsOf(run: FigureRun): Fact[] {
    const out: Fact[] = [];
    for (let i = run.start; i < run.start + run.count; i++) {
      const f = this.fact(i, run.articleId);
      if (!isWhole(f)) throw new Error(`a figure of article ${run.articleId} was banked but its bytes are missing`);
      out.push(f);
    }
    return out;
  }
}

/**
 * A batch's strings as they go into a table: each batch string's table index, and each of its periods' (a period
 * is three batch strings), looked up once per batch rather than once per figure.
 */
export class BatchStrings {
  private readonly ids: Int32Array;
  private readonly periods = new Map<number | string, number>();
  constructor(private readonly strings: string[]) {
    this.ids = new Int32Array(strings.length).fill(NONE);
  }

  /** The table's index of batch string n. */
  id(table: FigureTable, n: number): number {
    let id = this.ids[n];
    if (id === NONE) id = this.ids[n] = table.str(this.strings[n]);
    return id;
  }

  /** The table's index of the period of batch strings from (or NONE), text and to (or NONE). */
  period(table: FigureTable, from: number, text: number, to: number): number {
    // One number for the three (each is NONE or a batch index, so 0 … strings.length after adding 1) while that
    // is exact; a text key beyond.
    const base = this.strings.length + 1;
    const key: number | string = base < 1 << 17 ? ((from + 1) * base + text + 1) * base + to + 1 : `${from},${text},${to}`;
    let id = this.periods.get(key);
    if (id === undefined) {
      id = table.periodOfIds(from === NONE ? NONE : this.id(table, from), this.id(table, text), to === NONE ? NONE : this.id(table, to));
      this.periods.set(key, id);
    }
    return id;
  }
}

/**
 * The figures of lists (one per article, in text order): a table of them and a run for each list, in the same
 * order (a run of no rows for an empty list).
 */
export function figuresOfRuns(lists: FactCore[][]): Figures {
  const table = new FigureTable();
  const runs = lists.map((list): FigureRun => {
    const start = table.length;
    for (const f of list) table.add(f);
    return { articleId: list[0]?.articleId ?? '', start, count: list.length };
  });
  return { table, runs };
}

/** The figures of a list, each article's together (sorted by article when they are not): their table and runs. */
export function figuresOf(facts: FactCore[]): Figures {
  const lists: FactCore[][] = [];
  for (const f of groupedByArticle(facts)) {
    const last = lists[lists.length - 1];
    if (last && last[0].articleId === f.articleId) last.push(f);
    else lists.push([f]);
  }
  return figuresOfRuns(lists);
}

/** The figures with each article's figures together (as the facts file lists them); sorted by article when not. */
function groupedByArticle(facts: FactCore[]): FactCore[] {
  // Sorted by article (what dedupeFacts gives) is grouped: one comparison per article, no set of ids.
  let sorted = true;
  for (let i = 1; i < facts.length && sorted; i++) sorted = facts[i - 1].articleId <= facts[i].articleId;
  if (sorted) return facts;
  const finished = new Set<string>();
  let current: string | undefined;
  for (const f of facts) {
    if (f.articleId === current) continue;
    if (finished.has(f.articleId)) return [...facts].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
    if (current !== undefined) finished.add(current);
    current = f.articleId;
  }
  return facts;
}

/** Every figure of the runs, as records (the caller's view of a run's figures). */
export function factsOfRuns({ table, runs }: Figures): FactCore[] {
  const out: FactCore[] = [];
  for (const run of runs) for (let i = run.start; i < run.start + run.count; i++) out.push(table.fact(i, run.articleId));
  return out;
}
