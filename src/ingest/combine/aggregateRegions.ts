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

/** Counts an article in a region; `month` is monthOf its date (worked out once per article, not per region). */
function addArticle(region: RegionAggregate, article: Article, month: string | null): void {
  region.articles += 1;
  if (month) (region.byMonth[month] ??= { articles: 0, metrics: {} }).articles += 1;
  for (const t of article.types) region.byType[t] = (region.byType[t] ?? 0) + 1;
}

/**
 * A region's running sums while the figures stream past, in arrays by metric and month number: a million figures
 * then cost array reads, not a dozen lookups by key each. The region's own records (totals, byMonth entries) are
 * made the first time they are touched and hold the sums (month sums are written into them at the end).
 */
interface RegionSums {
  region: RegionAggregate;
  totals: (MetricTotal | undefined)[];
  /** By metric number: 1 + the ordinal of the last article that added to the total (each article counts once). */
  lastArticle: number[];
  months: (MonthSums | undefined)[];
}

interface MonthSums {
  entry: RegionAggregate['byMonth'][string];
  /** By metric number. */
  sums: (number | undefined)[];
}

/** Small numbers for the metric keys and months seen, in the order first seen. */
class Numbering {
  readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  of(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      this.numbers.set(name, (n = this.names.length));
      this.names.push(name);
    }
    return n;
  }
}

function sumsOf(region: RegionAggregate): RegionSums {
  return { region, totals: [], lastArticle: [], months: [] };
}

function monthSums(sums: RegionSums, month: number, months: Numbering): MonthSums {
  let m = sums.months[month];
  if (m === undefined) {
    const name = months.names[month];
    m = sums.months[month] = { entry: (sums.region.byMonth[name] ??= { articles: 0, metrics: {} }), sums: [] };
  }
  return m;
}

/** Adds a counted figure (metric number `metric`, article `ordinal`, publication month number or -1) to a region. */
function addFact(sums: RegionSums, fact: FactCore, metric: number, ordinal: number, month: number, months: Numbering): void {
  let total = sums.totals[metric];
  if (total === undefined) total = sums.totals[metric] = sums.region.totals[fact.metric as MetricKey] = { value: 0, approx: false, facts: 0, articles: 0 };
  total.value += fact.value;
  total.approx ||= fact.approx;
  total.facts += 1;
  if (sums.lastArticle[metric] !== ordinal + 1) {
    sums.lastArticle[metric] = ordinal + 1;
    total.articles += 1;
  }
  if (month >= 0) {
    const m = monthSums(sums, month, months);
    m.sums[metric] = (m.sums[metric] ?? 0) + fact.value;
  }
}

/** Writes the month sums into the regions' byMonth records. */
function finishMonths(all: Iterable<RegionSums>, metrics: Numbering): void {
  for (const sums of all) {
    for (const m of sums.months) {
      if (!m) continue;
      m.sums.forEach((sum, metric) => {
        if (sum !== undefined) m.entry.metrics[metrics.names[metric] as MetricKey] = sum;
      });
    }
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
  const provinces = new Map<number, RegionSums>();
  const cities = new Map<number, RegionSums>();
  const province = (adcode: number) => provinces.get(adcode) ?? provinces.set(adcode, sumsOf(emptyRegion(adcode, provinceName(adcode)))).get(adcode)!;
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const metrics = new Numbering();
  const months = new Numbering();

  for (const a of articles) {
    if (!a.topic) continue;
    const month = monthOf(a.date);
    const names = a.provinces;
    for (let i = 0; i < names.length; i++) {
      // Each name once (an article lists a handful: an earlier equal one is looked for instead of making a set).
      if (names.indexOf(names[i]) !== i) continue;
      const adcode = provinceAdcode(names[i]);
      if (adcode !== undefined) addArticle(province(adcode).region, a, month);
    }
  }
  let articleId: string | undefined;
  let article: Article | undefined;
  let ordinal = -1;
  let month = -1;
  let monthName: string | null = null;
  // The cities the current article has already been counted in.
  const citiesOfArticle = new Set<number>();
  for (const f of groupedByArticle(facts)) {
    if (f.articleId !== articleId) {
      articleId = f.articleId;
      article = articleById.get(f.articleId);
      ordinal++;
      monthName = monthOf(article?.date ?? null);
      month = monthName === null ? -1 : months.of(monthName);
      citiesOfArticle.clear();
    }
    const metric = f.counted ? metrics.of(f.metric) : -1;
    if (f.cityAdcode !== undefined) {
      let city = cities.get(f.cityAdcode);
      if (city === undefined) cities.set(f.cityAdcode, (city = sumsOf(emptyRegion(f.cityAdcode, f.city ?? String(f.cityAdcode), provinceAdcodeOf(f.cityAdcode)))));
      if (!citiesOfArticle.has(f.cityAdcode) && article) {
        citiesOfArticle.add(f.cityAdcode);
        addArticle(city.region, article, monthName);
      }
      if (f.counted) addFact(city, f, metric, ordinal, month, months);
    }
    if (f.counted) addFact(province(f.adcode), f, metric, ordinal, month, months);
  }
  finishMonths([...provinces.values(), ...cities.values()], metrics);
  const keyed = (m: Map<number, RegionSums>) =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v.region]));
  return { schemaVersion: SCHEMA_VERSION, provinces: keyed(provinces), cities: keyed(cities) };
}
