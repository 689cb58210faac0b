// Small hand-written articles and facts for the dashboard's tests (not from the corpus).
import type { Article, Fact, Manifest, RegionsFile } from '../../src/core/contract';
import { SCHEMA_VERSION } from '../../src/core/contract';
import type { InspectionType, MetricKey } from '../../src/core/metrics';
import { METRIC_KEYS, METRICS } from '../../src/core/metrics';
import { buildAppFiles } from '../../src/ingest/output/appFiles';
import type { ArticleIndex, ArticleShard } from '../../src/core/schema';
import { APP_INDEX_PATH } from '../../src/core/schema';

export function article(id: string, date: string | null, provinces: string[], extra: Partial<Article> = {}): Article {
  return {
    id,
    source: { file: `${id}.md` },
    sources: [{ file: `${id}.md` }],
    title: `${provinces.join('、')}巡察情况通报 ${id}`,
    date,
    dateSource: { kind: date ? 'front-matter' : 'none', inferred: false },
    topic: true,
    provinces,
    cities: [],
    types: [] as InspectionType[],
    level: 'provincial',
    chars: 500,
    ...extra,
  };
}

let factSeq = 0;
export function fact(
  articleId: string,
  province: string,
  adcode: number,
  metric: MetricKey,
  value: number,
  extra: Partial<Fact> = {},
): Fact {
  const number = `${value}${extra.approx ? '余' : ''}${METRICS[metric].unitZh}`;
  const sentence = `${province}巡视${METRICS[metric].zh}${number}。`;
  const start = sentence.indexOf(number);
  return {
    id: `f${++factSeq}`,
    articleId,
    province,
    adcode,
    metric,
    value,
    approx: false,
    evidence: { sentence, start, end: start + number.length, offset: 0 },
    counted: true,
    ...extra,
  };
}

/** A small corpus: 内蒙古 (with a city), 广东, 全国, across 2021–2023, with a reprint and an approximate figure. */
export function sampleCorpus(): { articles: Article[]; facts: Fact[] } {
  const articles = [
    article('a1', '2021-03-05', ['内蒙古'], { cities: ['呼和浩特市'], types: ['常规'], level: 'city-county' }),
    article('a2', '2022-07-01', ['内蒙古'], { types: ['专项'], url: 'https://example.org/a2' }),
    article('a3', '2022-08-15', ['广东'], { types: ['常规', '回头看'], url: 'javascript:alert(1)' }),
    article('a4', '2023-01-10', ['全国'], { level: 'central' }),
    article('a5', '2023', ['广东']),
    article('a6', null, ['内蒙古']),
  ];
  const facts = [
    fact('a1', '内蒙古', 150000, 'issues_found', 120, { city: '呼和浩特市', cityAdcode: 150100 }),
    fact('a2', '内蒙古', 150000, 'issues_found', 15000, { approx: true }),
    fact('a2', '内蒙古', 150000, 'problem_clues', 30),
    fact('a3', '广东', 440000, 'issues_found', 300),
    fact('a3', '广东', 440000, 'issues_found', 300, { counted: false }),
    fact('a4', '全国', 100000, 'units_inspected', 42),
    fact('a6', '内蒙古', 150000, 'issues_found', 7),
  ];
  return { articles, facts };
}

export const EMPTY_REGIONS: RegionsFile = { schemaVersion: SCHEMA_VERSION, provinces: {}, cities: {} };

export function sampleFiles(): Record<string, unknown> {
  const { articles, facts } = sampleCorpus();
  return buildAppFiles(articles, facts, EMPTY_REGIONS);
}

export function sampleIndex(): ArticleIndex {
  return sampleFiles()[APP_INDEX_PATH] as ArticleIndex;
}

export function sampleShard(): ArticleShard {
  return sampleFiles()['app/articles-0000.json'] as ArticleShard;
}

export function sampleManifest(): Manifest {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'test', version: '0' },
    corpus: 'fixture',
    counts: { files: 6, articles: 6, topicArticles: 6, facts: 7, rejected: 0, warnings: 0 },
    dateRange: { from: '2021-03-05', to: '2023-01-10' },
    metrics: METRIC_KEYS.map((k) => METRICS[k]),
    files: Object.fromEntries(Object.keys(sampleFiles()).map((k) => [k.replace(/\.json$/, ''), k])),
  };
}
