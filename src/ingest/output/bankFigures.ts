// Banking figures: when a run writes output, each article's figures are written as JSON bytes the moment they are
// found (FactBlockWriter) and only their FactCore (no sentence) is kept. The FactCores travel packed as numbers
// in one typed array per batch plus a short table of strings: a worker thread's batch then crosses to the main
// thread as one block copy, where a million figure objects would be rebuilt field by field (that rebuilding cost
// more than half of the main thread's time on 100,000 articles), and the main thread never holds the sentences.
import type { Fact } from '../../core/contract';
import { METRIC_INDEX } from '../../core/metrics';
import { BatchStrings, StringIndex, type FigureTable, type PackedLayout } from '../combine/figureTable';
import { compareFactPosition, inTextOrder } from '../combine/order';
import type { ArticleDraft, FileOutcome } from '../processFile';
import type { FactCore } from '../types';
import type { FactBlockWriter, SpillBlock } from './factBlocks';

/** Banked figures: FIELDS numbers per figure, in the order of the drafts and, within a draft, in text order. */
export interface PackedFigures {
  numbers: Float64Array;
  strings: string[];
  /**
   * Where each draft's bytes are, when a worker thread sends them so (packBlocks): BLOCK numbers per draft, all in
   * the one spill file `file`. The drafts then carry no block objects: a batch's positions cross as one block copy.
   */
  blocks?: Float64Array;
  file?: string;
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
/** Where the figure's counted flag is in its article's block (FactBytes.counted). */
const FLAG_AT = 10;
const FIELDS = 11;
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

/**
 * One field's references into the table, remembering the last string: a field's value repeats in runs (the
 * figures of one article share their province, those of one sentence their period), so most lookups are one compare.
 */
class FieldRefs {
  private last: string | undefined = undefined;
  private lastRef = NONE;
  constructor(private readonly table: StringIndex) {}
  ref(s: string | undefined): number {
    if (s !== this.last) {
      this.last = s;
      this.lastRef = s === undefined ? NONE : this.table.of(s);
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
  const table = new StringIndex();
  const [cities, provinces, periodFroms, periodTexts, periodTos] = Array.from({ length: 5 }, () => new FieldRefs(table));
  let at = 0;
  for (const o of outcomes) {
    for (const d of o.drafts) {
      const facts = inTextOrder(d.facts) ? d.facts : [...d.facts].sort(compareFactPosition);
      d.searchText = searchTextOfEach(d.article.title, facts, (f) => f.evidence.sentence);
      // The shards' form is banked for every article ([] for none): a shard's figures are then all copied.
      d.shardFigureBytes = writer.appendShardFigures(facts);
      if (facts.length === 0) continue;
      d.factBytes = writer.appendInOrder(facts);
      const flags = d.factBytes.counted;
      for (let k = 0; k < facts.length; k++) {
        const f = facts[k];
        numbers[at + FLAG_AT] = flags[k];
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

/** Where each field lies among a packed figure's numbers (for the figure table, combine/figureTable). */
export const PACKED_LAYOUT: PackedLayout = {
  fields: FIELDS,
  adcode: ADCODE,
  approx: APPROX,
  cityAdcode: CITY_ADCODE,
  metric: METRIC,
  value: VALUE,
  city: CITY,
  province: PROVINCE,
  periodFrom: PERIOD_FROM,
  periodText: PERIOD_TEXT,
  periodTo: PERIOD_TO,
};

/**
 * A batch's banked figures going into a figure table, draft after draft, in the order they were banked (outcomes
 * arrive one by one): each draft gets its rows. No object is made per figure; the batch's strings are looked up in
 * the table once each.
 */
export class PackedReader {
  private at = 0;
  private readonly strings: BatchStrings;
  constructor(private readonly packed: PackedFigures) {
    this.strings = new BatchStrings(packed.strings);
  }

  /** Adds the next drafts' figures to the table (their `facts` lists stay empty) and gives each draft its rows. */
  add(table: FigureTable, drafts: ArticleDraft<FactCore>[]): void {
    const { numbers } = this.packed;
    for (const d of drafts) {
      if (this.packed.blocks) this.restoreBlocks(d);
      const count = d.factBytes?.counted.length ?? 0;
      if (this.at + count * FIELDS > numbers.length) throw new Error(`banked figures do not match their drafts (article ${d.article.id} has more than were sent)`);
      d.rows = { start: table.addPacked(numbers, this.at, count, PACKED_LAYOUT, this.strings), count };
      d.facts = [];
      this.at += count * FIELDS;
    }
  }

  private blockAt = 0;

  /** The draft's block positions as packBlocks sent them, as the objects the writer reads (counted flags from the figures). */
  private restoreBlocks(d: ArticleDraft<FactCore>): void {
    const { blocks, file, numbers } = this.packed;
    const b = blocks!;
    const at = this.blockAt;
    if (at + BLOCK > b.length) throw new Error(`banked blocks do not match their drafts (article ${d.article.id} has none)`);
    this.blockAt += BLOCK;
    const block = (offset: number) => (b[at + offset] === NONE ? undefined : { file: file!, offset: b[at + offset], length: b[at + offset + 1] });
    const figures = b[at];
    if (figures !== NONE) {
      const counted: number[] = new Array<number>(figures);
      for (let k = 0, n = this.at + FLAG_AT; k < figures; k++, n += FIELDS) counted[k] = numbers[n];
      d.factBytes = { ...block(1)!, counted };
    }
    d.articleBytes = block(3);
    d.searchTextBytes = block(5);
    d.shardFigureBytes = block(7);
  }

  /** Every figure of the batch was read (else the figures and their drafts went out of step). */
  finish(): void {
    if (this.at !== this.packed.numbers.length) throw new Error(`banked figures do not match their drafts (${this.at / FIELDS} of ${this.packed.numbers.length / FIELDS} read)`);
    if (this.packed.blocks && this.blockAt !== this.packed.blocks.length) throw new Error('banked blocks do not match their drafts');
  }
}

/**
 * Numbers per draft in PackedFigures.blocks: figures (NONE: no figure block), then offset and length of the
 * figures', the record's, the search text's and the shard figures' bytes (NONE: none).
 */
const BLOCK = 9;

/**
 * The drafts' block positions as numbers (PackedFigures.blocks), every block being in `file`; the drafts' block
 * objects go (PackedReader puts them back on the other side). A block elsewhere stops the run.
 */
export function packBlocks(outcomes: FileOutcome<FactCore>[], file: string): Float64Array {
  let drafts = 0;
  for (const o of outcomes) drafts += o.drafts.length;
  const b = new Float64Array(drafts * BLOCK).fill(NONE);
  let at = 0;
  const put = (offset: number, block: SpillBlock | undefined) => {
    if (!block) return;
    if (block.file !== file) throw new Error(`a banked block is in ${block.file}, not in ${file}`);
    b[at + offset] = block.offset;
    b[at + offset + 1] = block.length;
  };
  for (const o of outcomes) {
    for (const d of o.drafts) {
      if (d.factBytes) b[at] = d.factBytes.counted.length;
      put(1, d.factBytes);
      put(3, d.articleBytes);
      put(5, d.searchTextBytes);
      put(7, d.shardFigureBytes);
      delete d.factBytes;
      delete d.articleBytes;
      delete d.searchTextBytes;
      delete d.shardFigureBytes;
      at += BLOCK;
    }
  }
  return b;
}
