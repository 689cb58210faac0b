// Step 7b: the same figure for the same region reported by several articles (reprints, follow-ups) counts once.
// The earliest article (then the smaller id) holds the counted copy; within one article, the first mention.
// The others are kept, marked counted:false. Facts are marked in place (a million figures are not copied).
import type { Article, Fact } from '../../core/contract';
import type { FactCore } from '../types';
import { METRIC_INDEX } from '../../core/metrics';
import { compareDate, compareFactPosition, compareText, inTextOrder } from './order';


// What makes two figures the same: region (city when known) and metric, then period, then value. The region ×
// metric part is a number when it can be (a city or province adcode with the metric's index) and the value is one,
// which on a million figures costs a fraction of building and hashing key strings.
function groupKey(f: FactCore): number | string {
  if (f.cityAdcode === undefined && f.city !== undefined) return `${f.adcode}|${f.city}|${f.metric}`;
  return (f.cityAdcode ?? f.adcode) * 64 + (METRIC_INDEX.get(f.metric) ?? 63);
}

/** A period's part of the key ('' for none); figures share their period objects, so each is keyed once. */
const periodKeys = new WeakMap<object, string>();
function periodKey(p: FactCore['period']): string {
  if (!p) return '';
  let key = periodKeys.get(p);
  if (key === undefined) periodKeys.set(p, (key = `${p.from ?? ''}~${p.to ?? ''}~${p.from || p.to ? '' : p.text}`));
  return key;
}

/**
 * The keys of the figures seen, in three levels: region × metric groups, periods, values. No key string is built per
 * figure (a million figures made a million strings for the period ones).
 */
class SeenFacts {
  private readonly groups = new Map<number | string, Map<string, Set<number>>>();

  /** Adds the figure's key; true when it was new. */
  add(f: FactCore): boolean {
    const g = groupKey(f);
    let periods = this.groups.get(g);
    if (periods === undefined) this.groups.set(g, (periods = new Map()));
    const p = periodKey(f.period);
    let values = periods.get(p);
    if (values === undefined) periods.set(p, (values = new Set()));
    if (values.has(f.value)) return false;
    values.add(f.value);
    return true;
  }
}

/** An article with its figures in text order. */
export interface ArticleFacts<F extends FactCore = FactCore> {
  article: Pick<Article, 'id' | 'date'>;
  facts: F[];
}

/**
 * Marks every figure counted or not and returns them all in the order of the facts file: by article id, then by
 * position in the text. Only the articles are sorted (the figures follow their article), so a million figures
 * cost one pass, not a sort.
 */
export function dedupeFacts<F extends FactCore>(articles: ArticleFacts<F>[]): F[] {
  // Each article's figures in text order once, in place: both passes below read them so.
  // (Banked figures are in text order already; whole ones are checked.)
  for (const { facts } of articles) if (!inTextOrder(facts)) (facts as FactCore[] as Fact[]).sort(compareFactPosition);
  const byDate = [...articles].sort((a, b) => compareDate(a.article.date, b.article.date) || compareText(a.article.id, b.article.id));
  const seen = new SeenFacts();
  for (const { facts } of byDate) for (const f of facts) f.counted = seen.add(f);
  const byId = [...articles].sort((a, b) => compareText(a.article.id, b.article.id));
  const out: F[] = [];
  for (const { facts } of byId) for (const f of facts) out.push(f);
  return out;
}
