// The worker pool must give exactly what the in-thread run gives: same articles, figures and rejects.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { poolStats, workerMapFiles } from '../../../src/ingest/parallel/workerPool';
import { runIngest } from '../../../src/ingest/pipeline';
import { expandShard } from '../../../src/app/data/shards';
import { compileColumns } from '../../../src/app/state/columns';
import type { Fact, FactsFile } from '../../../src/core/contract';
import { APP_INDEX_PATH, type ArticleIndex, type ArticleShardFile } from '../../../src/core/schema';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PROVINCES = ['江苏', '河南', '四川', '广东', '内蒙古'];

/** Enough small files for the pool to start threads (it keeps small folders in this thread). */
function writeFolder(count: number): string {
  const dir = join(tmp, `corpus-${count}`);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (let i = 0; i < count; i++) {
    // Every tenth file repeats the figures of the one before (a reprint): those figures are not counted twice.
    const k = i % 10 === 9 ? i - 1 : i;
    const p = PROVINCES[k % PROVINCES.length];
    const text = `${p}巡视工作通报 ${i}\n日期:2021-0${1 + (k % 9)}-1${k % 10}\n来源:测试\n\n${p}省委第${(k % 9) + 1}轮巡视对${10 + k}个党组织开展常规巡视，共发现问题${100 + k}个，移交问题线索${20 + (k % 7)}件。\n`;
    writeFileSync(join(dir, i % 3 ? `${i}.txt` : `sub/${i}.txt`), text);
  }
  writeFileSync(join(dir, 'broken.json'), '{"videoList": [');
  return dir;
}

describe('workerMapFiles', () => {
  it('gives the same articles, figures, rejects and output files as the in-thread run', async () => {
    const dir = writeFolder(330);
    const inThread = await runIngest({ inputDir: dir, outDir: join(tmp, 'out-thread') });
    const pooled = await runIngest({ inputDir: dir, outDir: join(tmp, 'out-pool'), mapFiles: workerMapFiles(2, {}) });
    expect(poolStats.workers).toBe(2);
    expect(poolStats.deaths).toBe(0);
    expect(pooled.counts).toEqual(inThread.counts);
    expect(pooled.counts.facts).toBeGreaterThan(600);
    expect(pooled.articles).toEqual(inThread.articles);
    expect(pooled.facts).toEqual(inThread.facts);
    expect(pooled.rejects).toEqual(inThread.rejects);
    expect(pooled.regions).toEqual(inThread.regions);
    expect(pooled.facts.filter((f) => !f.counted).length).toBeGreaterThan(20);

    // The pooled run copies the figures' JSON the threads wrote; the bytes must be those the writer would make.
    const files = (root: string) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();
    expect(files(join(tmp, 'out-pool'))).toEqual(files(join(tmp, 'out-thread')));
    for (const f of files(join(tmp, 'out-thread'))) {
      expect(readFileSync(join(tmp, 'out-pool', f), 'utf8'), f).toBe(readFileSync(join(tmp, 'out-thread', f), 'utf8'));
    }
    // The shards hold each article's figures in their own form: with the index's counted flags, they are the
    // facts file's records.
    const out = join(tmp, 'out-pool');
    const json = (rel: string) => JSON.parse(readFileSync(join(out, rel), 'utf8')) as unknown;
    const index = json(APP_INDEX_PATH) as ArticleIndex;
    const byArticle = new Map<string, Fact[]>();
    for (const f of (json('facts.json') as FactsFile).facts) byArticle.set(f.articleId, [...(byArticle.get(f.articleId) ?? []), f]);
    let seen = 0;
    for (const rel of index.shards) {
      const shard = expandShard(json(rel) as ArticleShardFile, compileColumns(index), rel);
      shard.articles.forEach((a, k) => expect(shard.facts[k], a.id).toEqual(byArticle.get(a.id) ?? []));
      seen += shard.facts.flat().length;
    }
    expect(seen).toBe(pooled.counts.facts);

    // The spill folder is gone.
    expect(readdirSync(tmp).filter((n) => n.includes('.spill-'))).toEqual([]);
  }, 120_000);
});
