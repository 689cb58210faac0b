// Figures of one document: every number in an eligible sentence that a metric rule takes, attributed to the
// sentence's region, with its evidence offsets and period.
import type { FactDraft } from '../types';
import type { Region } from './attribution';
import { inRanges } from './commissionClauses';
import type { SentenceScope } from './eligibility';
import { classifyNumber, RULE_UNITS } from './metricRules';
import { numberContext, unitAt, type NumberContext } from './numberContext';
import type { MetricKey } from '../../core/metrics';
import { findNumbers, type NumberSpan } from './numbers';
import { findPeriod } from './period';
import { hasKey, KEY, type Sentence } from './sentences';

const RULE_UNIT_SET = new Set(RULE_UNITS);
const NO_NUMBERS: NumberSpan[] = [];

/**
 * Whether one of the numbers is followed by a measure word that some rule reads. Every figure is (a rule reads
 * only its own measure words, and a list item has its item's), so the numbers of a sentence without one are
 * passed over unread.
 */
function someRuleUnit(sentence: string, spans: NumberSpan[]): boolean {
  for (const span of spans) if (ruleReadsUnitAfter(sentence, span)) return true;
  return false;
}

/** Whether some rule reads the measure word after `span`: classifyNumber takes no other number. */
export function ruleReadsUnitAfter(sentence: string, span: NumberSpan): boolean {
  return RULE_UNIT_SET.has(unitAt(sentence, span.end));
}

/** Whether `sentence` has a number that could be a figure (see someRuleUnit). */
export function mayStateFigure(sentence: string): boolean {
  return someRuleUnit(sentence, findNumbers(sentence));
}

/** Whether `sentence` states at least one figure of the catalogue. */
export function statesFigure(sentence: string): boolean {
  const spans = findNumbers(sentence);
  if (!someRuleUnit(sentence, spans)) return false;
  for (const span of spans) {
    if (!ruleReadsUnitAfter(sentence, span)) continue;
    const ctx = numberContext(sentence, span);
    if (ctx && classifyNumber(ctx)) return true;
  }
  return false;
}

/** A figure read as an item of a list: its metric, measure word, and where its count ends in the sentence. */
interface ListItem {
  metric: MetricKey;
  unit: string;
  end: number;
}

/** A list going on past the end of a sentence: its last item and the sentence that opened it (its lead). */
interface CarriedList {
  item: ListItem;
  lead: string;
}

/**
 * Between a list item's count and the next count (…厅级干部86人、县处级干部1140人): a separator and a bare noun
 * phrase, no verb or subset word, so that the next item is read the same way as the one before.
 */
const LIST_ITEM_BETWEEN = /^(?:、|和|及|以及)(?:(?!问题|线索|发现|整改|其中|涉及|包括|移交|移送)[^，。；：,;:\d、]){1,14}$/;

/**
 * Between the last item of a list and its total (…方面问题9个，以上共计41个 / 、…8条，合计23条): a sum word with no
 * noun of its own, so the total counts what the items counted.
 */
const SUM_BETWEEN = /^[，,、]?(?:以上|上述|前述|两项|三项)?(?:共计|合计|总计|累计|总共|一共|共)(?:达到?|为|有)?$/;

/** The metric of `ctx` read as the next item, or the total, of a list whose previous item was `prev`. */
function listItemMetric(sentence: string, ctx: NumberContext, prev: ListItem | null): MetricKey | null {
  if (!prev || prev.unit !== ctx.unit || ctx.unit === '') return null;
  const between = sentence.slice(prev.end, ctx.span.start);
  return LIST_ITEM_BETWEEN.test(between) || SUM_BETWEEN.test(between) ? prev.metric : null;
}

/**
 * A list whose items are parted by ；(一是…问题12个；党的建设方面问题20个；…): an item is read with the sentence
 * before it as its lead, and taken when it reads as the same metric as that sentence's last item.
 */
function continuedItemMetric(s: Sentence, span: NumberSpan, list: CarriedList | null): MetricKey | null {
  if (!list) return null;
  const shift = list.lead.length;
  const ctx = numberContext(list.lead + s.text, { ...span, start: span.start + shift, end: span.end + shift, numStart: span.numStart + shift, numEnd: span.numEnd + shift });
  return ctx && classifyNumber(ctx) === list.item.metric ? list.item.metric : null;
}

/** Whether the sentence ends at `end` with nothing but its ；(the list it holds may go on in the next sentence). */
function endsRightAfter(sentence: string, end: number): boolean {
  if (sentence.length !== end + 1) return false;
  const last = sentence.charCodeAt(end);
  return last === 0xff1b || last === 0x3b; // ；or ;
}

export interface ExtractedFacts {
  facts: FactDraft[];
  /** Figures read but dropped because no region could be told (an unresolved 鼓楼区, no place at all). */
  unplaced: { offset: number; text: string }[];
}

export function extractFacts(
  sentences: Sentence[],
  scopes: SentenceScope[],
  regions: (Region | null)[],
  date: string | null,
): ExtractedFacts {
  const out: FactDraft[] = [];
  const unplaced: ExtractedFacts['unplaced'] = [];
  // A list's last item when its sentence ended right after it with ；: the next sentence may go on with the list.
  let carried = null as CarriedList | null;
  for (let i = 0; i < sentences.length; i++) {
    const scope = scopes[i];
    const s = sentences[i];
    const fromBefore = carried && sentences[i - 1].paragraph === s.paragraph ? carried : null;
    carried = null;
    if (!scope.figures) continue;
    // A sentence without a numeral character holds no number: its text is not scanned.
    const spans = hasKey(s, KEY.NUMERAL) ? findNumbers(s.text) : NO_NUMBERS;
    // Without a list going on from the sentence before, a sentence with no figure's measure word yields nothing.
    if (!fromBefore && !someRuleUnit(s.text, spans)) continue;
    const region = regions[i];
    let prev = fromBefore ? { ...fromBefore.item, end: 0 } : (null as ListItem | null);
    for (const span of spans) {
      // Outside a list, a number no rule's measure word follows is no figure and ends no list: its context is
      // not built (within a list it may still end the list, and a list going on may still take it).
      if (prev === null && fromBefore === null && !ruleReadsUnitAfter(s.text, span)) continue;
      const ctx = numberContext(s.text, span);
      if (!ctx) continue;
      if (scope.excluded.length > 0 && inRanges(scope.excluded, span.start)) {
        prev = null;
        continue;
      }
      const metric: MetricKey | null =
        classifyNumber(ctx) ?? (ctx.ordinal ? null : (listItemMetric(s.text, ctx, prev) ?? continuedItemMetric(s, span, fromBefore)));
      prev = metric ? { metric, unit: ctx.unit, end: span.end + ctx.unit.length } : null;
      if (!metric) continue;
      if (!region) {
        unplaced.push({ offset: s.start + span.start, text: s.text.slice(span.start, span.end) });
        continue;
      }
      const fact: FactDraft = {
        province: region.province,
        adcode: region.adcode,
        metric,
        value: span.value,
        approx: ctx.approx,
        evidence: { sentence: s.text, start: span.start, end: span.end, offset: s.start },
      };
      if (region.city) {
        fact.city = region.city;
        fact.cityAdcode = region.cityAdcode;
      }
      const period = findPeriod(s.text, span.start, date);
      if (period) fact.period = period;
      out.push(fact);
    }
    if (prev && endsRightAfter(s.text, prev.end)) carried = { item: prev, lead: fromBefore?.lead ?? s.text };
  }
  return { facts: out, unplaced };
}
