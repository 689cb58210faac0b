// Figures of one document: every number in an eligible sentence that a metric rule takes, attributed to the
// sentence's region, with its evidence offsets and period.
import type { FactDraft } from '../types';
import type { Region } from './attribution';
import { classifyNumber } from './metricRules';
import { numberContext } from './numberContext';
import { findNumbers } from './numbers';
import { findPeriod } from './period';
import type { Sentence } from './sentences';

export function extractFacts(
  sentences: Sentence[],
  eligible: boolean[],
  regions: (Region | null)[],
  date: string | null,
): FactDraft[] {
  const out: FactDraft[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const region = regions[i];
    if (!eligible[i] || !region) continue;
    const s = sentences[i];
    for (const span of findNumbers(s.text)) {
      const ctx = numberContext(s.text, span);
      if (!ctx) continue;
      const metric = classifyNumber(ctx);
      if (!metric) continue;
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
  return out;
}
