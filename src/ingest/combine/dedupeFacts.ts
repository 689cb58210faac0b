// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; within one article, the first mention.
// The others are kept, marked counted:false. Facts are marked in place (a million figures are not copied).
import type { Article, Fact } from '../../core/contract';
import { compareDate, compareText } from './order';

// What makes two figures the same: region (city when known) and metric, then value and period.
function regionMetricKey(f: Fact): string {
  return `${f.adcode}|${f.cityAdcode ?? f.city ?? ''}|${f.metric}`;
}

function valuePeriodKey(f: Fact): string {
  const p = f.period;
  return p ? `${f.value}|${p.from ?? ''}~${p.to ?? ''}~${p.from || p.to ? '' : p.text}` : String(f.value);
}

/**
 * The keys of the figures seen, as a two-level lookup: few region × metric groups, each with a set of short value/period keys. A flat
 * set of long keys costs several times more on a million figures (building and hashing the long strings).
 */
class SeenFacts {
  private readonly groups = new Map<string, Set<string>>();
  private lastGroupKey = '';
  private lastGroup = new Set<string>();

  /** Adds the figure's key; true when it was new. */
  add(f: Fact): boolean {
    const groupKey = regionMetricKey(f);
    if (groupKey !== this.lastGroupKey) {
      this.lastGroupKey = groupKey;
      this.lastGroup = this.groups.get(groupKey) ?? this.groups.set(groupKey, new Set()).get(groupKey)!;
    }
    const key = valuePeriodKey(f);
    if (this.lastGroup.has(key)) return false;
    this.lastGroup.add(key);
    return true;
  }
}

/** An article with its figures in text order. */
export interface ArticleFacts {
  article: Pick<Article, 'id' | 'date'>;
  facts: Fact[];
}

const byPosition = (a: Fact, b: Fact) => a.evidence.offset - b.evidence.offset || a.evidence.start - b.evidence.start;

/**
 * Marks every figure counted or not and returns them all in the order of the facts file: by article id, then by
 * position in the text. Only the articles are sorted (the figures follow their article), so a million figures
 * cost one pass, not a sort.
 */
export function dedupeFacts(articles: ArticleFacts[]): Fact[] {
  const byDate = [...articles].sort((a, b) => compareDate(a.article.date, b.article.date) || compareText(a.article.id, b.article.id));
  const seen = new SeenFacts();
  for (const { facts } of byDate) {
    for (const f of facts.length > 1 ? [...facts].sort(byPosition) : facts) f.counted = seen.add(f);
  }
  const byId = [...articles].sort((a, b) => compareText(a.article.id, b.article.id));
  const out: Fact[] = [];
  for (const { facts } of byId) {
    if (facts.length > 1) facts.sort(byPosition);
    for (const f of facts) out.push(f);
  }
  return out;
}
