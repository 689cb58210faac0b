// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; the others are kept, marked counted:false.
// Marks the facts in place (a million figures are not copied) and returns them in that order.
import type { Fact } from '../../core/contract';
import { compareDate, compareText } from './order';

export function factKey(f: Fact): string {
  const period = f.period ? `${f.period.from ?? ''}~${f.period.to ?? ''}~${f.period.from || f.period.to ? '' : f.period.text}` : '';
  return [f.adcode, f.cityAdcode ?? f.city ?? '', f.metric, f.value, period].join('|');
}

export function dedupeFacts(facts: Fact[], articleDate: (articleId: string) => string | null): Fact[] {
  const ordered = [...facts].sort(
    (a, b) => compareDate(articleDate(a.articleId), articleDate(b.articleId)) || compareText(a.articleId, b.articleId) || compareText(a.id, b.id),
  );
  const countedIn = new Map<string, string>();
  for (const f of ordered) {
    const key = factKey(f);
    f.counted = !countedIn.has(key);
    if (f.counted) countedIn.set(key, f.articleId);
  }
  return ordered;
}
