import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/contract';
import { recoverOutputDir, replaceDirAtomically, type FileContent } from '../../../src/ingest/output/atomicDir';
import { sortKeys, stableJsonFrame, stableStringify } from '../../../src/ingest/output/stableJson';
import { renderOutput, textOf } from '../../../src/ingest/output/writeOutput';
import { article, fact } from '../combine/helpers';

const root = mkdtempSync(join(tmpdir(), 'out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stableStringify', () => {
  it('sorts keys at every level, drops undefined, and writes one record per line', () => {
    const s = stableStringify({ b: [{ z: 1, a: { y: 2, x: undefined } }, { a: 1 }], a: 1 });
    expect(s).toBe('{"a":1,\n"b":[\n{"a":{"y":2},"z":1},\n{"a":1}\n]}\n');
    expect(JSON.parse(s)).toEqual({ a: 1, b: [{ a: { y: 2 }, z: 1 }, { a: 1 }] });
  });
});

describe('stableStringify of number columns', () => {
  it('writes a long column of numbers one per line, as JSON.stringify writes each number', () => {
    const column = Array.from({ length: 10_001 }, (_, i) => (i % 7 === 0 ? -i / 4 : i * 1e17));
    column[5] = -0;
    expect(stableStringify({ c: column })).toBe(`{"c":[\n${column.map((n) => JSON.stringify(n)).join(',\n')}\n]}\n`);
  });

  it('writes a column of lists of numbers as JSON.stringify writes each list', () => {
    const column = [[], [110000], [-0, 2.5, 1e21], [1, NaN]];
    expect(stableStringify({ c: column })).toBe(`{"c":[\n${column.map((l) => JSON.stringify(l)).join(',\n')}\n]}\n`);
  });

  it('writes a column with a number JSON has no form for as JSON.stringify does (null)', () => {
    expect(stableStringify({ c: [1, NaN, Infinity] })).toBe('{"c":[\n1,\nnull,\nnull\n]}\n');
  });
});

describe('stableJsonFrame', () => {
  it('gives the text around array members\' elements, so the pieces with the elements joined by ",\\n" are the whole JSON', () => {
    const value = { z: 1, facts: [{ b: 1, a: '\u0000"x' }, { a: 2 }], articles: [{ id: 'q' }], start: 'é' };
    const join = (list: unknown[]) => list.map((f) => JSON.stringify(sortKeys(f))).join(',\n');
    const [head, tail] = stableJsonFrame(value, ['facts']);
    expect(head + join(value.facts) + tail).toBe(stableStringify(value));
    const [before, between, after] = stableJsonFrame(value, ['articles', 'facts']);
    expect(before + join(value.articles) + between + join(value.facts) + after).toBe(stableStringify(value));
    expect(() => stableJsonFrame(value, ['facts', 'articles'])).toThrow(/order/);
  });

  it('gives a piece as bytes when a record writer gives bytes, with the same text', () => {
    const value = { facts: [{ a: 1 }], articles: [{ id: '甲' }, { id: 'b' }] };
    const records = { articles: (a: unknown) => Buffer.from(JSON.stringify(a)) };
    const [head, tail] = stableJsonFrame(value, ['facts'], { records });
    expect(Buffer.isBuffer(head)).toBe(true);
    expect(head.toString() + '{"a":1}' + tail).toBe(stableStringify(value));
  });
});

describe('renderOutput', () => {
  it('gives the same bytes whatever order the records come in, with a manifest of counts', () => {
    const data = (order: 1 | -1) => {
      const articles = [article('a', { source: { file: 'b.txt' } }), article('b', { source: { file: 'a.txt' }, date: null, topic: false })];
      const facts = [fact('f1', 'a'), fact('f2', 'a', { evidence: { sentence: 's', start: 0, end: 1, offset: 5 } })];
      return {
        corpusName: 'articles',
        generator: { name: 'g', version: '1' },
        articles: order === 1 ? articles : [...articles].reverse(),
        facts: order === 1 ? facts : [...facts].reverse(),
        regions: { schemaVersion: SCHEMA_VERSION, provinces: {}, cities: {} },
        rejects: [{ source: { file: 'z.png' }, code: 'unsupported', reason: 'r' }],
        warnings: [],
        files: 3,
      };
    };
    const one = renderOutput(data(1));
    const two = renderOutput(data(-1));
    const texts = (files: typeof one) => [...files.entries()].map(([k, v]) => [k, textOf(v)]);
    expect(texts(one)).toEqual(texts(two));
    const manifest = JSON.parse(textOf(one.get('manifest.json')));
    expect(manifest.counts).toEqual({ files: 3, articles: 2, topicArticles: 1, facts: 2, rejected: 1, warnings: 0 });
    expect(manifest.dateRange).toEqual({ from: '2021-01-01', to: '2021-01-01' });
    expect(manifest.metrics.length).toBeGreaterThan(10);
    const articles = JSON.parse(textOf(one.get('articles.json'))).articles;
    expect(articles.map((a: { source: { file: string } }) => a.source.file)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('validateOutput', () => {
  it('refuses to write records that break the data contract', () => {
    const bad = fact('f1', 'a', { metric: 'not_a_metric' as never });
    const data = {
      corpusName: 'c',
      generator: { name: 'g', version: '1' },
      articles: [article('a')],
      facts: [bad],
      regions: { schemaVersion: SCHEMA_VERSION, provinces: {}, cities: {} },
      rejects: [],
      warnings: [],
      files: 1,
    };
    expect(() => renderOutput(data)).toThrow(/facts\.json.*contract/);
  });
});

describe('replaceDirAtomically', () => {
  it('replaces the whole folder and leaves no temporary folders behind', () => {
    const out = join(root, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), 'old');
    const pieces = () => Array.from({ length: 300_000 }, (_, i) => `${i},`);
    replaceDirAtomically(out, new Map<string, FileContent>([['a.json', '1'], ['app/b.json', pieces]]));
    expect(readdirSync(out).sort()).toEqual(['a.json', 'app']);
    expect(readFileSync(join(out, 'app/b.json'), 'utf8')).toBe(pieces().join(''));
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('puts back a previous output that a killed run had moved aside, and clears its temporary folder', () => {
    const out = join(root, 'data2');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'previous');
    renameSync(out, join(root, '.data2.old-123'));
    mkdirSync(join(root, '.data2.tmp-123'));
    recoverOutputDir(out);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('previous');
    expect(existsSync(join(root, '.data2.old-123')) || existsSync(join(root, '.data2.tmp-123'))).toBe(false);
  });

  it('removes the spill folder a killed run left, but not the one this run is using', () => {
    const out = join(root, 'data4');
    mkdirSync(join(root, '.data4.spill-99999999'));
    mkdirSync(join(root, `.data4.spill-${process.pid}`));
    recoverOutputDir(out);
    expect(readdirSync(root).filter((n) => n.startsWith('.data4'))).toEqual([`.data4.spill-${process.pid}`]);
  });

  it('refuses paths that leave the output folder', () => {
    expect(() => replaceDirAtomically(join(root, 'data3'), new Map([['../evil.json', 'x']]))).toThrow(/outside/);
    expect(readdirSync(root).filter((n) => n.startsWith('.data3'))).toEqual([]);
  });
});
