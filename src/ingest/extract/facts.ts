// Figures of one document: every number in an eligible sentence that a metric rule takes, attributed to the
// sentence's region, with its evidence offsets and period.
import type { FactDraft } from '../types';
import type { Region } from './attribution';
import { inRanges } from './commissionClauses';
import type { SentenceScope } from './eligibility';
import { classifyNumber } from './metricRules';
import { numberContext, type NumberContext } from './numberContext';
import type { MetricKey } from '../../core/metrics';
import { findNumbers } from './numbers';
import { findPeriod } from './period';
import type { Sentence } from './sentences';

/** Whether `sentence` states at least one figure of the catalogue. */
export function statesFigure(sentence: string): boolean {
  for (const span of findNumbers(sentence)) {
    const ctx = numberContext(sentence, span);
    if (ctx && classifyNumber(ctx)) return true;
  }
  return false;
}

/**
 * Between a list item's count and the next count (…厅级干部86人、县处级干部1140人): a separator and a bare noun
 * phrase, no verb or subset word, so that the next item is read the same way as the one before.
 */
const LIST_ITEM_BETWEEN = /^(?:、|和|及|以及)(?:(?!问题|线索|发现|整改|其中|涉及|包括|移交|移送)[^，。；：,;:\d、]){1,14}$/;

/** The metric of `ctx` read as the next item of a list whose previous item (its count ending at `prevEnd`) was `prev`. */
function listItemMetric(sentence: string, ctx: NumberContext, prev: { metric: MetricKey; unit: string; end: number } | null): MetricKey | null {
  if (!prev || prev.unit !== ctx.unit || ctx.unit === '') return null;
  return LIST_ITEM_BETWEEN.test(sentence.slice(prev.end, ctx.span.start)) ? prev.metric : null;
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
  for (let i = 0; i < sentences.length; i++) {
    const scope = scopes[i];
    if (!scope.figures) continue;
    const region = regions[i];
    const s = sentences[i];
    let prev: { metric: MetricKey; unit: string; end: number } | null = null;
    for (const span of findNumbers(s.text)) {
      const ctx = numberContext(s.text, span);
      if (!ctx) continue;
      if (scope.excluded.length > 0 && inRanges(scope.excluded, span.start)) {
        prev = null;
        continue;
      }
      const metric: MetricKey | null = classifyNumber(ctx) ?? (ctx.ordinal ? null : listItemMetric(s.text, ctx, prev));
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
  }
  return { facts: out, unplaced };
}
