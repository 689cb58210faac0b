import { describe, expect, it } from 'vitest';
import type { Article, Fact } from '../../../src/core/contract';
import { SCHEMA_VERSION } from '../../../src/core/contract';
import { INSPECTION_TYPES, METRIC_KEYS } from '../../../src/core/metrics';
import type { ArticleIndex } from '../../../src/core/schema';
import { APP_INDEX_PATH } from '../../../src/core/schema';
import { buildAppFiles } from '../../../src/ingest/output/appFiles';
import { compileColumns } from '../../../src/app/state/columns';
import { buildCube, slotsInRange } from '../../../src/app/state/cube';
import type { Filters } from '../../../src/app/state/selectors';
import { prepareCube, selectMetricFigures, selectRegionFigures } from '../../../src/app/state/selectors';
import { article, fact } from '../fixtures';
import { seededRandom } from '../../helpers/seededRandom';

/** Places with their adcodes; 呼和浩特 and 包头 are prefectures of 内蒙古, 新城区 a county of 呼和浩特. */
const PLACES: { province: string; adcode: number; cities: [string, number][] }[] = [
  { province: '内蒙古', adcode: 150000, cities: [['呼和浩特市', 150100], ['包头市', 150200], ['新城区', 150102]] },
  { province: '广东', adcode: 440000, cities: [['广州市', 440100]] },
  { province: '全国', adcode: 100000, cities: [] },
];

/** A seeded corpus with full dates, month-only and year-only dates, undated articles, reprints and approximations. */
function randomCorpus(n: number, seed: number): { articles: Article[]; facts: Fact[] } {
  const { next, pick } = seededRandom(seed);
  const articles: Article[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < n; i++) {
    const id = `r${i}`;
    const place = pick(PLACES);
    const city = place.cities.length && next() < 0.6 ? pick(place.cities) : undefined;
    const year = 2019 + Math.floor(next() * 4);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const kind = next();
    const date = kind < 0.05 ? null : kind < 0.1 ? String(year) : kind < 0.2 ? `${year}-${month}` : `${year}-${month}-1${Math.floor(next() * 9)}`;
    articles.push(article(id, date, [place.province], { cities: city ? [city[0]] : [], types: INSPECTION_TYPES.filter(() => next() < 0.3) }));
    for (let k = Math.floor(next() * 4); k > 0; k--) {
      facts.push(
        fact(id, place.province, place.adcode, pick(METRIC_KEYS), 1 + Math.floor(next() * 500), {
          approx: next() < 0.2,
          counted: next() > 0.1,
          ...(city ? { city: city[0], cityAdcode: city[1] } : {}),
        }),
      );
    }
  }
  return { articles, facts };
}

const corpus = randomCorpus(600, 7);
const files = buildAppFiles(corpus.articles, corpus.facts, { schemaVersion: SCHEMA_VERSION, provinces: {}, cities: {} });
const columns = compileColumns(files[APP_INDEX_PATH] as ArticleIndex);
prepareCube(columns); // so that no range (null) is answered from the cube too
const none: Filters = { range: null, types: [], level: null, matches: null };
/** Passes every article but is not a date range alone, so the selectors count articles instead of using the cube. */
const counted = (f: Filters): Filters => ({ ...f, matches: new Uint8Array(columns.count).fill(1) });
const RANGES: ([string, string] | null)[] = [null, ['2020-01', '2020-12'], ['2019-05', '2021-02'], ['2022-03', '2022-03'], ['2030-01', '2030-12']];

describe('region cube', () => {
  it('gives the same region figures as counting the articles, for every range and metric', () => {
    for (const range of RANGES) {
      for (const metric of METRIC_KEYS) {
        const f = { ...none, range };
        expect(selectRegionFigures(columns, f, metric, null, null)).toEqual(selectRegionFigures(columns, counted(f), metric, null, null));
      }
    }
  });

  it('gives the same prefecture figures when drilled, counties drawn in their prefecture', () => {
    const features = new Set([150100, 150200]);
    for (const range of RANGES) {
      const f = { ...none, range };
      const figures = selectRegionFigures(columns, f, 'issues_found', 150000, features);
      expect(figures).toEqual(selectRegionFigures(columns, counted(f), 'issues_found', 150000, features));
      expect(figures.has(150102)).toBe(false);
    }
  });

  it('gives the same totals by metric for everything, a province and 全国', () => {
    for (const range of RANGES) {
      for (const selection of [null, 150000, 440000, 100000]) {
        const f = { ...none, range };
        expect(selectMetricFigures(columns, f, selection)).toEqual(selectMetricFigures(columns, counted(f), selection));
      }
    }
  });

  it('counts year-only dates in every range their year overlaps, undated articles only without a range', () => {
    const cube = buildCube(columns, { articleKeys: (_, visit) => visit(1), factKey: () => null })!;
    const months = (range: [string, string] | null) => slotsInRange(cube, range).map((s) => cube.slotMonth[s]);
    expect(months(null)).toContain(0);
    expect(months(['2020-06', '2021-01'])).toEqual(expect.arrayContaining([202000, 202100, 202006, 202101]));
    expect(months(['2020-06', '2021-01'])).not.toContain(202005);
    expect(months(['2020-06', '2021-01'])).not.toContain(0);
  });

  it('declines an index where a figure’s region is not its article’s (the counting answers then)', () => {
    expect(buildCube(columns, { articleKeys: () => undefined, factKey: () => 1 })).toBeNull();
  });
});
