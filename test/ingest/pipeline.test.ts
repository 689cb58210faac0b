import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/ingest/memory', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/ingest/memory')>()), collectGarbage: vi.fn() }));
const { collectGarbage } = await import('../../src/ingest/memory');
const { readDocs, runIngest } = await import('../../src/ingest/pipeline');

const FIXTURE = join(import.meta.dirname, '../fixtures/ingest/mixed');

describe('runIngest', () => {
  it('returns articles, rejects and counts without writing, reporting progress per file', async () => {
    const progress: number[] = [];
    const r = await runIngest({ inputDir: FIXTURE, onProgress: (done) => progress.push(done) });
    expect(r.counts).toMatchObject({ files: 8, articles: 9, rejects: 3 });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.phases.write).toBeLessThan(0.5);
  });

  it('does not force garbage collections on a small folder, with or without a progress callback', async () => {
    await runIngest({ inputDir: FIXTURE });
    expect(collectGarbage).not.toHaveBeenCalled();
  });
});

describe('readDocs', () => {
  it('yields the dated documents of a folder', () => {
    const docs = [...readDocs(FIXTURE)];
    expect(docs).toHaveLength(9);
    expect(docs.find((d) => d.source.file === 'sina-post.md')).toMatchObject({ date: '2021-11-04', dateSource: { kind: 'front-matter' } });
  });
});
