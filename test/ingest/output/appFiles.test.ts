import { describe, expect, it } from 'vitest';
import type { ArticleIndex, ArticleShardFile, SearchText } from '../../../src/core/schema';
import { expandShard } from '../../../src/app/data/shards';
import { compileColumns } from '../../../src/app/state/columns';
import { APP_INDEX_PATH, appTextShardPath, ArticleIndexSchema, ArticleShardSchema, checkFile } from '../../../src/core/schema';
import { dayNumber } from '../../../src/ingest/combine/order';
import { buildAppFiles, SHARD_SIZE, TEXT_SHARD_SIZE } from '../../../src/ingest/output/appFiles';
import { article, EMPTY_REGIONS, sampleCorpus } from '../../app/fixtures';

describe('buildAppFiles', () => {
  const { articles, facts } = sampleCorpus();
  const files = buildAppFiles(articles, facts, EMPTY_REGIONS);
  const index = files[APP_INDEX_PATH] as ArticleIndex;
  const shard = files['app/articles-0000.json'] as ArticleShardFile;

  it('orders articles newest first, undated last', () => {
    expect(shard.articles.map((a) => a.id)).toEqual(['a4', 'a5', 'a3', 'a2', 'a1', 'a6']);
    expect(index.day).toEqual([20230110, 20230000, 20220815, 20220701, 20210305, 0]);
  });

  it('keeps each article with its own facts, in the same order as the fact columns', () => {
    const expanded = expandShard(shard, compileColumns(index), 'shard').facts;
    expect(expanded.map((f) => f.length)).toEqual(index.factCount);
    const values = expanded.flat().map((f) => f.value);
    expect(index.factValue).toEqual(values);
    expect(index.factFlags[values.indexOf(15000)]).toBe(1 | 2); // approximate and counted
    // Each article's figures come back as the records they were made from, counted flags from the index.
    shard.articles.forEach((a, k) => expect(expanded[k]).toEqual(facts.filter((f) => f.articleId === a.id)));
  });

  it('codes places, types and levels compactly', () => {
    const a2 = shard.articles.findIndex((a) => a.id === 'a2');
    expect(index.provinces[a2]).toEqual([15]);
    expect(index.provinces[0]).toEqual([10]); // 全国
    const a1 = shard.articles.findIndex((a) => a.id === 'a1');
    expect(index.cities[a1]).toEqual([150100]);
    expect(index.types[a1]).toBe(1); // 常规 is bit 0
    expect(index.level[0]).toBe(1); // central
  });

  it('writes search text with titles and evidence, in shards the index names', () => {
    expect(index.textShards).toEqual([appTextShardPath(0)]);
    expect(index.textShardSize).toBe(TEXT_SHARD_SIZE);
    const text = files[appTextShardPath(0)] as SearchText;
    expect(text.start).toBe(0);
    expect(text.text).toHaveLength(articles.length);
    expect(text.text[3]).toContain('15000余个');
  });

  it('starts a new search-text shard every TEXT_SHARD_SIZE articles', () => {
    const many = Array.from({ length: TEXT_SHARD_SIZE + 3 }, (_, i) => article(`m${i}`, '2022-01-01', ['广东']));
    const big = buildAppFiles(many, [], EMPTY_REGIONS);
    const bigIndex = big[APP_INDEX_PATH] as ArticleIndex;
    expect(bigIndex.textShards).toEqual([appTextShardPath(0), appTextShardPath(1)]);
    expect((big[appTextShardPath(1)] as SearchText).start).toBe(TEXT_SHARD_SIZE);
    expect((big[appTextShardPath(1)] as SearchText).text).toHaveLength(3);
  });

  it('produces files that pass the schema', () => {
    expect(checkFile(ArticleIndexSchema, index).ok).toBe(true);
    expect(checkFile(ArticleShardSchema, shard).ok).toBe(true);
  });

  it('splits large corpora into shards of SHARD_SIZE', () => {
    const many = Array.from({ length: SHARD_SIZE + 3 }, (_, i) => article(`m${i}`, '2022-01-01', ['广东']));
    const out = buildAppFiles(many, [], EMPTY_REGIONS);
    const idx = out[APP_INDEX_PATH] as ArticleIndex;
    expect(idx.shards).toEqual(['app/articles-0000.json', 'app/articles-0001.json']);
    expect((out['app/articles-0001.json'] as ArticleShardFile).start).toBe(SHARD_SIZE);
    expect((out['app/articles-0001.json'] as ArticleShardFile).articles).toHaveLength(3);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(buildAppFiles(articles, facts, EMPTY_REGIONS))).toBe(JSON.stringify(files));
  });

  it('numbers partial dates', () => {
    expect(dayNumber('2021')).toBe(20210000);
    expect(dayNumber('2021-04')).toBe(20210400);
    expect(dayNumber(null)).toBe(0);
  });
});

describe('summary', () => {
  it('equals what the dashboard counts from the index with no filters, for every metric', async () => {
    const { compileColumns } = await import('../../../src/app/state/columns');
    const { selectRegionFigures } = await import('../../../src/app/state/selectors');
    const { summaryFigures } = await import('../../../src/app/components/useRegionFigures');
    const { METRIC_KEYS } = await import('../../../src/core/metrics');
    const { APP_SUMMARY_PATH } = await import('../../../src/core/schema');
    const { articles, facts } = sampleCorpus();
    const files = buildAppFiles(articles, facts, EMPTY_REGIONS);
    const columns = compileColumns(files[APP_INDEX_PATH] as ArticleIndex);
    const none = { range: null, types: [], level: null, matches: null };
    for (const metric of METRIC_KEYS) {
      const fromIndex = selectRegionFigures(columns, none, metric, null, null);
      const fromSummary = summaryFigures(files[APP_SUMMARY_PATH] as never, metric);
      expect(new Map([...fromSummary].filter(([, f]) => f.facts || f.articles))).toEqual(fromIndex);
    }
  });
});
