// Step 8: per-region aggregates the map and bars draw (regions.json): per province adcode (100000 = 全国) and per
// city adcode, totals by metric of the counted figures, article counts, counts by publication month and by type.
import type { FactCore } from '../types';
import { figuresOf, NONE, type Figures } from './figureTable';
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
function addFact(sums: RegionSums, key: string, value: number, approx: boolean, metric: number, ordinal: number, month: number, months: Numbering): void {
  let total = sums.totals[metric];
  if (total === undefined) total = sums.totals[metric] = sums.region.totals[key as MetricKey] = { value: 0, approx: false, facts: 0, articles: 0 };
  total.value += value;
  total.approx ||= approx;
  total.facts += 1;
  if (sums.lastArticle[metric] !== ordinal + 1) {
    sums.lastArticle[metric] = ordinal + 1;
    total.articles += 1;
  }
  if (month >= 0) {
    const m = monthSums(sums, month, months);
    m.sums[metric] = (m.sums[metric] ?? 0) + value;
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

/** `facts`: the figures, or the table of them with the runs to count (the facts file's order). */
export function aggregateRegions(articles: Article[], facts: FactCore[] | Figures): RegionsFile {
  const { table, runs } = Array.isArray(facts) ? figuresOf(facts) : facts;
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
  // The cities the current article has already been counted in.
  const citiesOfArticle = new Set<number>();
  const { strings, counted, cityAdcode, value, approx } = table;
  // The metric number of each metric string (-1 until first counted), and the sums of the last province added to:
  // a row then costs array reads, not lookups by key.
  const metricOf = new Int32Array(strings.length).fill(-1);
  let lastAdcode = NONE;
  let lastProvince: RegionSums | undefined;
  runs.forEach((run, ordinal) => {
    const article = articleById.get(run.articleId);
    const monthName = monthOf(article?.date ?? null);
    const month = monthName === null ? -1 : months.of(monthName);
    citiesOfArticle.clear();
    for (let i = run.start; i < run.start + run.count; i++) {
      const key = strings[table.metric[i]];
      const isCounted = counted[i] === 1;
      let metric = -1;
      if (isCounted) {
        metric = metricOf[table.metric[i]];
        if (metric < 0) metric = metricOf[table.metric[i]] = metrics.of(key);
      }
      const cityCode = cityAdcode[i];
      if (cityCode !== NONE) {
        let city = cities.get(cityCode);
        if (city === undefined) cities.set(cityCode, (city = sumsOf(emptyRegion(cityCode, table.city[i] !== NONE ? strings[table.city[i]] : String(cityCode), provinceAdcodeOf(cityCode)))));
        if (!citiesOfArticle.has(cityCode) && article) {
          citiesOfArticle.add(cityCode);
          addArticle(city.region, article, monthName);
        }
        if (isCounted) addFact(city, key, value[i], approx[i] === 1, metric, ordinal, month, months);
      }
      if (!isCounted) continue;
      if (table.adcode[i] !== lastAdcode) {
        lastAdcode = table.adcode[i];
        lastProvince = province(lastAdcode);
      }
      addFact(lastProvince!, key, value[i], approx[i] === 1, metric, ordinal, month, months);
    }
  });
  finishMonths([...provinces.values(), ...cities.values()], metrics);
  const keyed = (m: Map<number, RegionSums>) =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v.region]));
  return { schemaVersion: SCHEMA_VERSION, provinces: keyed(provinces), cities: keyed(cities) };
}
