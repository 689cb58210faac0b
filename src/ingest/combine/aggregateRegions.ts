// Step 8: per-region aggregates the map and bars draw (regions.json): per province adcode (100000 = 全国) and per
// city adcode, totals by metric of the counted figures, article counts, counts by publication month and by type.
import { SCHEMA_VERSION, type Article, type Fact, type MetricTotal, type RegionAggregate, type RegionsFile } from '../../core/contract';
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

function addFact(region: RegionAggregate, fact: Fact, month: string | null, articlesOf: Map<Total, Set<string>>): void {
  let total = region.totals[fact.metric];
  if (total === undefined) {
    total = region.totals[fact.metric] = { value: 0, approx: false, facts: 0, articles: 0 };
    articlesOf.set(total, new Set());
  }
  total.value += fact.value;
  total.approx ||= fact.approx;
  total.facts += 1;
  const seen = articlesOf.get(total)!;
  seen.add(fact.articleId);
  total.articles = seen.size;
  if (month) {
    const m = (region.byMonth[month] ??= { articles: 0, metrics: {} });
    m.metrics[fact.metric as MetricKey] = (m.metrics[fact.metric as MetricKey] ?? 0) + fact.value;
  }
}

export function aggregateRegions(articles: Article[], facts: Fact[]): RegionsFile {
  const provinces = new Map<number, RegionAggregate>();
  const cities = new Map<number, RegionAggregate>();
  const province = (adcode: number) => provinces.get(adcode) ?? provinces.set(adcode, emptyRegion(adcode, provinceName(adcode))).get(adcode)!;
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const cityArticles = new Map<number, Set<string>>();
  // The articles behind each total, keyed by the total object itself (no key strings for a million figures).
  const articlesByMetric = new Map<Total, Set<string>>();

  for (const a of articles) {
    if (!a.topic) continue;
    for (const short of new Set(a.provinces)) {
      const adcode = provinceAdcode(short);
      if (adcode !== undefined) addArticle(province(adcode), a);
    }
  }
  let article: Article | undefined;
  for (const f of facts) {
    // Figures come grouped by article: look the article up once per group.
    if (article?.id !== f.articleId) article = articleById.get(f.articleId);
    if (f.cityAdcode !== undefined) {
      const city = cities.get(f.cityAdcode) ?? cities.set(f.cityAdcode, emptyRegion(f.cityAdcode, f.city ?? String(f.cityAdcode), provinceAdcodeOf(f.cityAdcode))).get(f.cityAdcode)!;
      const seen = cityArticles.get(f.cityAdcode) ?? new Set<string>();
      if (!seen.has(f.articleId) && article) {
        seen.add(f.articleId);
        addArticle(city, article);
      }
      cityArticles.set(f.cityAdcode, seen);
      if (f.counted) addFact(city, f, monthOf(article?.date ?? null), articlesByMetric);
    }
    if (f.counted) addFact(province(f.adcode), f, monthOf(article?.date ?? null), articlesByMetric);
  }
  const keyed = (m: Map<number, RegionAggregate>) =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
  return { schemaVersion: SCHEMA_VERSION, provinces: keyed(provinces), cities: keyed(cities) };
}
