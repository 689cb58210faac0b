// End to end: the command on a small folder of mixed formats and encodings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, readOutput, runCli, snapshot, unaccounted } from './runCli';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FIXTURE = join(ROOT, 'test/fixtures/ingest/mixed');
const FILES = ['20211013.json', 'export.csv', 'local-report.txt', 'notes.docx', 'page.html', 'sina-post.md', 'sub/crlf-bom.txt', 'sub/gbk-report.txt'];

describe('npm run ingest', () => {
  it('turns a mixed folder into the data files, accounting for every file, deterministically', () => {
    const out = join(tmp, 'data');
    const r = runCli([FIXTURE, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ingest: 8 files, 9 articles, \d+ on-topic, \d+ facts, 3 rejects, \d+ warnings, [\d.]+ s/);

    const output = readOutput(out);
    expect(unaccounted(FILES, output)).toEqual([]);
    const byFile = Object.fromEntries(output.articles.map((a) => [`${a.sources[0].file}${a.sources[0].item !== undefined ? `#${a.sources[0].item}` : ''}`, a]));
    expect(byFile['sina-post.md']).toMatchObject({ title: '某省委巡视工作成绩单 发现问题1200个', date: '2021-11-04' });
    expect(byFile['local-report.txt']).toMatchObject({ title: '市委巡察组进驻十个单位', date: '2020-06-15' });
    expect(byFile['sub/gbk-report.txt']).toMatchObject({ title: '自治区党委巡视工作综述', date: '2018-08-08' });
    expect(byFile['sub/crlf-bom.txt']).toMatchObject({ title: '县委巡察工作通报', date: '2019-03-31' });
    expect(byFile['page.html']).toMatchObject({ title: '省委巡视完成反馈', date: '2023-04-18' });
    expect(byFile['20211013.json#1']).toMatchObject({ title: '中央巡视组完成进驻', date: '2021-10-13' });
    expect(byFile['export.csv#0']).toMatchObject({ title: '巡察一则', date: '2022-03-01' });
    expect(output.rejects.map((x) => x.code).sort()).toEqual(['empty', 'empty', 'unsupported']);

    // Records are written as built (no key sort at write time): every one must have its keys in order.
    const unsorted = (v: unknown, path: string): string[] => {
      if (Array.isArray(v)) return v.flatMap((x, i) => unsorted(x, `${path}[${i}]`));
      if (v === null || typeof v !== 'object') return [];
      const keys = Object.keys(v);
      const here = keys.join() === [...keys].sort().join() ? [] : [path];
      return [...here, ...keys.flatMap((k) => unsorted((v as Record<string, unknown>)[k], `${path}.${k}`))];
    };
    expect(unsorted(output.articles, 'articles')).toEqual([]);
    const facts = JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8')).facts as { id: string; articleId: string }[];
    expect(unsorted(facts, 'facts')).toEqual([]);
    // A figure is named by its article and its place among the article's figures.
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((f) => !new RegExp(`^${f.articleId}\\.\\d+$`).test(f.id))).toEqual([]);

    const again = join(tmp, 'data-again');
    expect(runCli([FIXTURE, '--out', again]).status).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
  }, 60_000);

  it('keeps article text only with --text', () => {
    const out = join(tmp, 'with-text');
    expect(runCli([FIXTURE, '--out', out, '--text']).status).toBe(0);
    const texts = readOutput(out).articles.map((a) => (a as unknown as { text?: string }).text);
    expect(texts.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
    expect(readOutput(join(tmp, 'data')).articles.some((a) => 'text' in a)).toBe(false);
  }, 60_000);

  it('exits 2 with a clear message for a missing input folder or a bad option', () => {
    const missing = runCli([join(tmp, 'no-such-folder'), '--out', join(tmp, 'x')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    expect(runCli([FIXTURE, '--bogus']).status).toBe(2);
  }, 60_000);
});
