// Hostile input: the ingest finishes, exits 0, and every file is an article's source or a reject with a reason.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileCorpus } from './hostileCorpus';
import { readOutput, runCli, unaccounted } from './runCli';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-hostile-'));
const input = join(tmp, 'input');
const out = join(tmp, 'data');
let files: string[] = [];
let run: ReturnType<typeof runCli>;

beforeAll(() => {
  files = writeHostileCorpus(input);
  run = runCli([input, '--out', out]);
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('ingest of a hostile folder', () => {
  it('finishes with exit 0 and a summary', () => {
    expect(run.stderr).not.toMatch(/ingest failed/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ingest: \d+ files/);
  });

  it('accounts for every file, and every reject says why in words', () => {
    const output = readOutput(out);
    expect(unaccounted(files, output)).toEqual([]);
    for (const r of output.rejects) expect(r.reason).toMatch(/^[A-Z].{15,}/);
  });

  it('refuses what is not an article with the right code', () => {
    const code = Object.fromEntries(readOutput(out).rejects.filter((r) => !('item' in r.source)).map((r) => [r.source.file, r.code]));
    expect(code).toMatchObject({
      'empty.txt': 'empty',
      'blank.md': 'empty',
      'binary.txt': 'binary',
      'image-named.md': 'binary',
      'picture.png': 'unsupported',
      'notes.docx': 'unsupported',
      'not-a-list.json': 'no-articles',
      'cut-off.json': 'parse-error',
      'sub/loop': 'symlink-loop',
    });
  });

  it('reads what can be read: encodings, odd names, broken front matter, partial CSV, deep HTML', () => {
    const output = readOutput(out);
    const titles = new Map(output.articles.map((a) => [a.sources[0].file + (a.sources[0].item !== undefined ? `#${a.sources[0].item}` : ''), a]));
    expect(titles.get('gb18030.txt')?.title).toBe('巡察工作');
    expect(titles.get('crlf-bom.txt')).toMatchObject({ title: '县委巡察通报', date: '2020-01-02' });
    expect(titles.get('truncated.txt')).toMatchObject({ title: '巡视通报', date: '2021-05-06' });
    expect(titles.get('control-chars.txt')?.title).toBe('控制字符标题');
    expect(titles.get('a file with spaces.txt')?.title).toBe('带空格的文件名');
    expect(titles.get(`quote"s 'name'.md`)?.title).toBe('带引号的文件名');
    expect(titles.get('-leading-dash.txt')?.title).toBe('连字符开头');
    expect(titles.has('fm-unclosed.md') && titles.has('fm-invalid.md')).toBe(true);
    expect(titles.has('deep.html') && titles.has('big.txt') && titles.has('sub/deeper/nested.html')).toBe(true);
    expect(titles.has('ragged.csv#0') && titles.has('ragged.csv#2')).toBe(true);
    expect(titles.get('sub/script.html')?.title).toBe('<script>alert(1)</script>');
  });

  it('turns impossible and future dates into warnings, not dates', () => {
    const output = readOutput(out);
    const article = (f: string) => output.articles.find((a) => a.sources[0].file === f)!;
    expect(article('impossible-date.txt').date).toBeNull();
    expect(article('future-date.md').date).toBeNull();
    const warned = output.warnings.map((w) => `${w.source.file}:${w.code}`);
    expect(warned).toEqual(expect.arrayContaining(['impossible-date.txt:bad-date', 'future-date.md:future-date', 'fm-unclosed.md:front-matter-unclosed', 'fm-invalid.md:front-matter-invalid', 'truncated.txt:truncated-utf8', 'big.txt:text-cut']));
  });
});
