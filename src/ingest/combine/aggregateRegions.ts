// Step 8: per-region aggregates the map and bars draw (regions.json): per province adcode (100000 = 全国) and per
// city adcode, totals by metric of the counted figures, article counts, counts by publication month and by type.
import type { FactCore } from '../types';
import { SCHEMA_VERSION, type Article, type MetricTotal, type RegionAggregate, type RegionsFile } from '../../core/contract';
import type { MetricKey } from '../../core/metrics';
import { NATIONAL, PROVINCE_BY_ADCODE, PROVINCE_BY_SHORT, provinceAdcodeOf } from '../../core/regions';

function emptyRegion(adcode: number, name: string, parent?: number): RegionAggregate {
  return { adcode, name, ...(parent !== undefined ? { parent } : {}), articles: 0, totals: {}, byMonth: {}, byType: {} };
}

function provinceAdcode(short: string): number | undefined {
  return short === NATIONAL.short ? NATIONAL.adcode : PROVINCE_BY_SHORT.get(short)?.adcode;
}

function provinceName(adcode: number): string {
  return adcode === NATIONAL.adcode ? NATIONAL.short : PROVINCE_BY_ADCODE.get(adcode)?.short ?? String(adcode);
}

function monthOf(date: string | null): string | null {
  return date && date.length >= 7 ? date.slice(0, 7) : null;
}

function addArticle(region: RegionAggregate, article: Article): void {
  region.articles += 1;
  const month = monthOf(article.date);
  if (month) (region.byMonth[month] ??= { articles: 0, metrics: {} }).articles += 1;
  for (const t of article.types) region.byType[t] = (region.byType[t] ?? 0) + 1;
}

type Total = MetricTotal;

/**
 * Adds a counted figure to a region. `touched` holds the totals the current article has already added to, so
 * each total counts an article once: figures come grouped by article, so no set of article ids per total is kept
 * (on a million figures those sets cost more memory than the figures' numbers).
 */
function addFact(region: RegionAggregate, fact: FactCore, month: string | null, touched: Set<Total>): void {
  const total = (region.totals[fact.metric] ??= { value: 0, approx: false, facts: 0, articles: 0 });
  total.value += fact.value;
  total.approx ||= fact.approx;
  total.facts += 1;
  if (!touched.has(total)) {
    touched.add(total);
    total.articles += 1;
  }
  if (month) {
    const m = (region.byMonth[month] ??= { articles: 0, metrics: {} });
    m.metrics[fact.metric as MetricKey] = (m.metrics[fact.metric as MetricKey] ?? 0) + fact.value;
  }
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

export function aggregateRegions(articles: Article[], facts: FactCore[]): RegionsFile {
  const provinces = new Map<number, RegionAggregate>();
  const cities = new Map<number, RegionAggregate>();
  const province = (adcode: number) => provinces.get(adcode) ?? provinces.set(adcode, emptyRegion(adcode, provinceName(adcode))).get(adcode)!;
  const articleById = new Map(articles.map((a) => [a.id, a]));

  for (const a of articles) {
    if (!a.topic) continue;
    for (const short of new Set(a.provinces)) {
      const adcode = provinceAdcode(short);
      if (adcode !== undefined) addArticle(province(adcode), a);
    }
  }
  let articleId: string | undefined;
  let article: Article | undefined;
  let month: string | null = null;
  // What the current article has already been counted in: its cities, and the totals it added to.
  const citiesOfArticle = new Set<number>();
  const touched = new Set<Total>();
  for (const f of groupedByArticle(facts)) {
    if (f.articleId !== articleId) {
      articleId = f.articleId;
      article = articleById.get(f.articleId);
      month = monthOf(article?.date ?? null);
      citiesOfArticle.clear();
      touched.clear();
    }
    if (f.cityAdcode !== undefined) {
      const city = cities.get(f.cityAdcode) ?? cities.set(f.cityAdcode, emptyRegion(f.cityAdcode, f.city ?? String(f.cityAdcode), provinceAdcodeOf(f.cityAdcode))).get(f.cityAdcode)!;
      if (!citiesOfArticle.has(f.cityAdcode) && article) {
        citiesOfArticle.add(f.cityAdcode);
        addArticle(city, article);
      }
      if (f.counted) addFact(city, f, month, touched);
    }
    if (f.counted) addFact(province(f.adcode), f, month, touched);
  }
  const keyed = (m: Map<number, RegionAggregate>) =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
  return { schemaVersion: SCHEMA_VERSION, provinces: keyed(provinces), cities: keyed(cities) };
}
