import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Article, type Fact } from '../../../src/core/contract';
import { replaceDirAtomically, type FileContent } from '../../../src/ingest/output/atomicDir';
import { figuresOfRuns } from '../../../src/ingest/combine/figureTable';
import { BankedFilesThread, planRuns, spillFiles } from '../../../src/ingest/output/bankedFiles';
import { searchTextOf } from '../../../src/ingest/output/bankFigures';
import { shardFiguresOf } from '../../../src/core/shardFigures';
import { FactBlockWriter, type FactBytes, type SpillBlock } from '../../../src/ingest/output/factBlocks';
import { sortKeys } from '../../../src/ingest/output/stableJson';
import { renderOutput, startOutput, textOf, writeOutput, type OutputData } from '../../../src/ingest/output/writeOutput';
import type { FactCore } from '../../../src/ingest/types';
import { article } from '../combine/helpers';

const root = mkdtempSync(join(tmpdir(), 'banked-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SENTENCES = ['他说"counted":true 不是字段，问题12个。', '呼和浩特市发现问题30个，移交线索5条。', '反斜杠\\和\n换行，问责7人。'];

/** 250 articles (three shards), a third without figures, some figures not counted, some with a city or a period. */
function corpus(): { articles: Article[]; facts: Fact[] } {
  const articles: Article[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < 250; i++) {
    const id = `a${String(i).padStart(3, '0')}`;
    articles.push(sortKeys(article(id, { date: `2021-${String((i % 12) + 1).padStart(2, '0')}-01`, title: `标题${i}` })) as Article);
    for (let n = 0; n < i % 3; n++) {
      const f: Fact = {
        adcode: 150000,
        approx: n === 1,
        articleId: id,
        counted: true,
        evidence: { end: 8, offset: n * 40, sentence: SENTENCES[(i + n) % 3], start: 5 },
        id: `${id}.${n}`,
        metric: 'issues_found',
        province: '内蒙古',
        value: i * 10 + n,
      };
      if (i % 5 === 0) Object.assign(f, { city: '呼和浩特市', cityAdcode: 150100 });
      if (i % 7 === 0) f.period = { text: '去年' };
      facts.push(sortKeys(f) as Fact);
    }
  }
  return { articles, facts };
}

function data(articles: Article[], facts: FactCore[], searchTexts?: Map<string, string>): OutputData {
  return {
    corpusName: 'c',
    generator: { name: 'g', version: '1' },
    articles,
    facts,
    searchTexts,
    regions: { schemaVersion: SCHEMA_VERSION, provinces: {}, cities: {} },
    rejects: [],
    warnings: [],
    files: articles.length,
  };
}

/**
 * The figures (and, unless `withArticles` or `withShardFigures` is false, the article records and the figures in
 * the shards' form) banked as the pipeline banks them: bytes in two spill files, FactCores (no sentence) kept.
 */
function bank(articles: Article[], facts: Fact[], spillDir: string, withArticles = true, withShardFigures = true) {
  mkdirSync(spillDir, { recursive: true });
  const writers = [new FactBlockWriter(spillDir, 'w1.bin'), new FactBlockWriter(spillDir, 'w2.bin')];
  const where = new Map<string, FactBytes>();
  const articleWhere = new Map<string, SpillBlock>();
  const searchTexts = new Map<string, string>();
  const textWhere = new Map<string, SpillBlock>();
  const shardWhere = new Map<string, SpillBlock>();
  articles.forEach((a, i) => {
    const own = facts.filter((f) => f.articleId === a.id);
    searchTexts.set(a.id, searchTextOf(a.title, own.map((f) => f.evidence.sentence)));
    textWhere.set(a.id, writers[i % 2].appendBytes(Buffer.from(JSON.stringify(searchTexts.get(a.id)))));
    if (own.length > 0) where.set(a.id, writers[i % 2].append(own));
    if (withShardFigures) shardWhere.set(a.id, writers[i % 2].appendText(JSON.stringify(shardFiguresOf(own))));
    if (withArticles) articleWhere.set(a.id, writers[(i + 1) % 2].appendBytes(Buffer.from(JSON.stringify(a))));
  });
  writers.forEach((w) => w.close());
  const cores: FactCore[] = facts.map((f) => {
    const { evidence: _evidence, id: _id, ...rest } = f;
    return rest;
  });
  return { where, articleWhere, searchTexts, textWhere, shardWhere, cores };
}

/** A previous output at `name`, a write there that must fail with `message`; the previous output stays, no temporary folder. */
function expectRefused(name: string, write: (out: string) => unknown, message: RegExp): void {
  const out = join(root, name);
  replaceDirAtomically(out, new Map([['keep.txt', 'previous']]));
  expect(() => write(out)).toThrow(message);
  expect(readdirSync(out)).toEqual(['keep.txt']);
  expect(readdirSync(root).filter((n) => n.startsWith(`.${name}`))).toEqual([]);
}

describe('banked files', () => {
  it.each([
    ['figures, shard figures, article records and search texts', true, true, true, 6], // facts.json, articles.json, three shards, one text shard
    ['figures, shard figures and article records', true, false, true, 5], // facts.json, articles.json and the three shards
    ['figures and shard figures', false, false, true, 4], // facts.json and the three shards (their articles written by this thread)
    ['figures alone', false, false, false, 1], // facts.json (the shards by this thread, their figures read back from the bytes)
  ])('are byte for byte what the generic writer gives from whole records, with %s banked', (_, withArticles, withTexts, withShardFigures, byThread) => {
    const { articles, facts } = corpus();
    const spillDir = join(root, `spill-${String(withArticles)}-${String(withTexts)}-${String(withShardFigures)}`);
    const { where, articleWhere, searchTexts, textWhere, shardWhere, cores } = bank(articles, facts, spillDir, withArticles, withShardFigures);
    // De-duplication marks some figures not counted after they were banked.
    for (const list of [facts, cores]) list.forEach((f, i) => (f.counted = i % 4 !== 1));

    const expected = renderOutput(data(articles, facts));
    const out = join(root, `out-${String(withArticles)}-${String(withTexts)}-${String(withShardFigures)}`);
    const blocks = { dir: spillDir, where, articles: articleWhere, shardFigures: shardWhere, ...(withTexts ? { searchTexts: textWhere } : {}) };
    const written = writeOutput(out, data(articles, cores, withTexts ? undefined : searchTexts), blocks);
    expect(typeof written.get('facts.json')).toBe('object'); // copied by the thread
    expect(typeof written.get('app/text-0000.json')).toBe(withTexts ? 'object' : 'function');
    expect([...written.values()].filter((c) => typeof c === 'object').length).toBe(byThread);
    const files = [...expected.keys()].sort();
    expect(readdirSync(join(out, 'app')).length + readdirSync(out).length - 1).toBe(files.length);
    for (const rel of files) expect(readFileSync(join(out, rel), 'utf8'), rel).toBe(textOf(expected.get(rel)));
  });

  it('refuse to write a search-text shard when an article in it has no banked text, and the previous output stays', () => {
    const { articles, facts } = corpus();
    const spillDir = join(root, 'spill-8');
    const { where, articleWhere, textWhere, cores } = bank(articles, facts, spillDir);
    textWhere.delete(articles[42].id);
    const blocks = { dir: spillDir, where, articles: articleWhere, searchTexts: textWhere };
    expectRefused('no-text', (out) => writeOutput(out, data(articles, cores), blocks), /text-0000\.json: the search text of an article in it was not banked/);
  });

  it('refuse an article record changed after it was banked (its bytes must be dropped), and the previous output stays', () => {
    const { articles, facts } = corpus();
    const spillDir = join(root, 'spill-5');
    const { where, articleWhere, searchTexts, cores } = bank(articles, facts, spillDir);
    articles[3] = { ...articles[3], sources: [...articles[3].sources, { file: 'copy.txt' }] };
    expectRefused('changed', (out) => writeOutput(out, data(articles, cores, searchTexts), { dir: spillDir, where, articles: articleWhere }), /article a003 changed after it was banked/);
  });

  it('say which file could not be written, and the previous output stays', () => {
    const { articles, facts } = corpus();
    const spillDir = join(root, 'spill-2');
    const { where } = bank(articles, facts, spillDir);
    const { table, runs } = figuresOfRuns(articles.map((a) => facts.filter((f) => f.articleId === a.id)));
    const spill = spillFiles(spillDir, where);
    const plan = planRuns(runs.filter((r) => r.count > 0), table.counted, where, spill)!;
    const out = join(root, 'kept');
    replaceDirAtomically(out, new Map([['keep.txt', 'previous']]));
    rmSync(join(spillDir, 'w2.bin'));
    const thread = new BankedFilesThread(spill, 1);
    try {
      const files = new Map<string, FileContent>([
        ['facts.json', { start: (path) => thread.write(path, { parts: ['[', { plan }, ']'] }) }],
        ['other.json', '{}\n'],
      ]);
      expect(() => replaceDirAtomically(out, files)).toThrow(/Could not write .*facts\.json.*w2\.bin/);
    } finally {
      thread.close();
    }
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('previous');
    expect(existsSync(join(out, 'facts.json'))).toBe(false);
  });

  it('leave no trace when the write is refused after facts.json was started, and the previous output stays', () => {
    const { articles, facts } = corpus();
    const spillDir = join(root, 'spill-4');
    const { where, searchTexts, cores } = bank(articles, facts, spillDir);
    const bad = articles.map((a, i) => (i === 7 ? ({ ...a, level: 'galactic' } as unknown as Article) : a));
    expectRefused('refused', (out) => writeOutput(out, data(bad, cores, searchTexts), { dir: spillDir, where }), /Refusing to write articles.json/);
  });

  it('copy from the start, before the rest is known; an output abandoned then leaves no trace and the previous output stays', () => {
    const { articles, facts } = corpus();
    const spillDir = join(root, 'spill-6');
    const { where, articleWhere, searchTexts, cores } = bank(articles, facts, spillDir);
    const out = join(root, 'abandoned');
    replaceDirAtomically(out, new Map([['keep.txt', 'previous']]));
    const pending = startOutput(out, { articles, facts: cores, searchTexts }, { dir: spillDir, where, articles: articleWhere });
    // facts.json, articles.json and the shards are being copied into the temporary folder already.
    expect(readdirSync(root).filter((n) => n.startsWith('.abandoned')).length).toBe(1);
    pending.abandon();
    expect(readdirSync(out)).toEqual(['keep.txt']);
    expect(readdirSync(root).filter((n) => n.startsWith('.abandoned'))).toEqual([]);
    expect(() => pending.finish(data(articles, cores))).toThrow(/finished or abandoned already/);
  });

  it('finish a started output with what is known later, as writeOutput writes it at once', () => {
    const { articles, facts } = corpus();
    const spillDir = join(root, 'spill-7');
    const { where, articleWhere, searchTexts, cores } = bank(articles, facts, spillDir);
    const whole = join(root, 'whole');
    writeOutput(whole, data(articles, cores, searchTexts), { dir: spillDir, where, articles: articleWhere });
    const later = join(root, 'later');
    // The figures in runs of one article as de-duplication gives them (by article id), beside the list.
    const byId = [...articles].sort((x, y) => (x.id < y.id ? -1 : 1));
    const runs = byId.map((a) => cores.filter((f) => f.articleId === a.id)).filter((run) => run.length > 0);
    const pending = startOutput(later, { articles, figures: figuresOfRuns(runs), searchTexts }, { dir: spillDir, where, articles: articleWhere });
    const { articles: _a, facts: _f, searchTexts: _s, ...summary } = data(articles, cores, searchTexts);
    pending.finish(summary);
    pending.abandon(); // after finish: nothing to undo
    for (const rel of ['facts.json', 'articles.json', 'manifest.json', 'app/articles-0002.json']) {
      expect(readFileSync(join(later, rel), 'utf8'), rel).toBe(readFileSync(join(whole, rel), 'utf8'));
    }
  });

  it('has no plan when an article with figures has no bytes, or not one position per figure', () => {
    const { articles, facts } = corpus();
    const { where } = bank(articles, facts, join(root, 'spill-3'));
    const spill = spillFiles(join(root, 'spill-3'), where);
    const { table, runs } = figuresOfRuns(articles.filter((a) => where.has(a.id)).map((a) => facts.filter((f) => f.articleId === a.id)));
    expect(planRuns(runs, table.counted, where, spill)).not.toBeNull();
    expect(planRuns([{ ...runs[0], articleId: 'nobody' }], table.counted, where, spill)).toBeNull();
    expect(planRuns([{ ...runs[0], count: runs[0].count + 1 }], table.counted, where, spill)).toBeNull();
  });
});
