// The worker pool must give exactly what the in-thread run gives: same articles, figures and rejects.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { poolStats, workerMapFiles } from '../../../src/ingest/parallel/workerPool';
import { runIngest } from '../../../src/ingest/pipeline';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PROVINCES = ['江苏', '河南', '四川', '广东', '内蒙古'];

/** Enough small files for the pool to start threads (it keeps small folders in this thread). */
function writeFolder(count: number): string {
  const dir = join(tmp, `corpus-${count}`);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const p = PROVINCES[i % PROVINCES.length];
    const text = `${p}巡视工作通报 ${i}\n日期:2021-0${1 + (i % 9)}-1${i % 10}\n来源:测试\n\n${p}省委第${(i % 9) + 1}轮巡视对${10 + i}个党组织开展常规巡视，共发现问题${100 + i}个，移交问题线索${20 + (i % 7)}件。\n`;
    writeFileSync(join(dir, i % 3 ? `${i}.txt` : `sub/${i}.txt`), text);
  }
  writeFileSync(join(dir, 'broken.json'), '{"videoList": [');
  return dir;
}

describe('workerMapFiles', () => {
  it('gives the same articles, figures and rejects as the in-thread run', async () => {
    const dir = writeFolder(330);
    const inThread = await runIngest({ inputDir: dir });
    const pooled = await runIngest({ inputDir: dir, mapFiles: workerMapFiles(2, {}) });
    expect(poolStats.workers).toBe(2);
    expect(poolStats.deaths).toBe(0);
    expect(pooled.counts).toEqual(inThread.counts);
    expect(pooled.counts.facts).toBeGreaterThan(600);
    expect(pooled.articles).toEqual(inThread.articles);
    expect(pooled.facts).toEqual(inThread.facts);
    expect(pooled.rejects).toEqual(inThread.rejects);
    expect(pooled.regions).toEqual(inThread.regions);
  }, 120_000);
});
