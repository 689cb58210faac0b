// Figures of one document: every number in an eligible sentence that a metric rule takes, attributed to the
// sentence's region, with its evidence offsets and period.
import type { FactDraft } from '../types';
import type { Region } from './attribution';
import { classifyNumber } from './metricRules';
import { numberContext } from './numberContext';
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

export interface ExtractedFacts {
  facts: FactDraft[];
  /** Figures read but dropped because no region could be told (an unresolved 鼓楼区, no place at all). */
  unplaced: { offset: number; text: string }[];
}

export function extractFacts(
  sentences: Sentence[],
  eligible: boolean[],
  regions: (Region | null)[],
  date: string | null,
): ExtractedFacts {
  const out: FactDraft[] = [];
  const unplaced: ExtractedFacts['unplaced'] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (!eligible[i]) continue;
    const region = regions[i];
    const s = sentences[i];
    for (const span of findNumbers(s.text)) {
      const ctx = numberContext(s.text, span);
      if (!ctx) continue;
      const metric = classifyNumber(ctx);
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
