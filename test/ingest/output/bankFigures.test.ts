import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, Fact } from '../../../src/core/contract';
import { FigureTable } from '../../../src/ingest/combine/figureTable';
import { bankFigures, isCaseless, packBlocks, PackedReader, searchTextOf, type PackedFigures } from '../../../src/ingest/output/bankFigures';
import { bankArticles } from '../../../src/ingest/output/bankArticles';
import { bankSearchTexts } from '../../../src/ingest/output/bankSearchTexts';
import { FactBlockReader, FactBlockWriter } from '../../../src/ingest/output/factBlocks';
import { factJson } from '../../../src/ingest/output/factJson';
import type { FileOutcome } from '../../../src/ingest/processFile';
import { seededRandom } from '../../helpers/seededRandom';
import { figure } from './figure';

const dir = mkdtempSync(join(tmpdir(), 'bank-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


function outcome(id: string, title: string, facts: Fact[]): FileOutcome {
  const article = { id, title } as Article;
  return { drafts: [{ article, facts, hash: id }], rejects: [], warnings: [] };
}

/** The banked figures of each draft (outcome by outcome) as records, read back from the packed numbers. */
function restore(outcomes: FileOutcome[], packed: PackedFigures) {
  const table = new FigureTable();
  const reader = new PackedReader(packed);
  for (const o of outcomes) reader.add(table, o.drafts);
  reader.finish();
  return outcomes.map((o) => o.drafts.map((d) => table.factsOf({ articleId: d.article.id, start: d.rows!.start, count: d.rows!.count })));
}

/** A figure without its evidence and id: what the corpus-wide steps keep. */
function core(f: Fact) {
  const { evidence: _evidence, id: _id, ...rest } = f;
  return rest;
}

describe('bankFigures', () => {
  it('writes each article\'s figures as bytes and gives them back as FactCores in text order, every field intact', () => {
    const a = [
      figure('a', 0, 40, '后一句：问题12个。', { approx: true, value: 1.5 }),
      figure('a', 1, 0, '呼和浩特市发现问题30个，移交线索5条。', { city: '呼和浩特市', cityAdcode: 150100, metric: 'problem_clues' }),
      figure('a', 2, 0, '呼和浩特市发现问题30个，移交线索5条。', { period: { text: '2021年', from: '2021-01-01', to: '2021-12-31' } }),
      figure('a', 3, 0, '呼和浩特市发现问题30个，移交线索5条。', { period: { text: '去年' }, province: '全国', adcode: 100000 }),
    ];
    const outcomes = [outcome('a', '内蒙古巡视反馈', a), outcome('b', '无关新闻', [])];
    const writer = new FactBlockWriter(dir, 'bank.bin');
    const packed = bankFigures(outcomes, writer);
    writer.close();

    expect(outcomes[0].drafts[0].facts).toEqual([]); // nothing but numbers crosses to the main thread
    const restored = restore(outcomes, packed);
    const inTextOrder = [a[1], a[2], a[3], a[0]];
    expect(restored[0][0]).toEqual(inTextOrder.map(core));
    expect(restored[1][0]).toEqual([]);

    const draft = outcomes[0].drafts[0];
    expect(draft.searchText).toBe(searchTextOf('内蒙古巡视反馈', ['呼和浩特市发现问题30个，移交线索5条。', '后一句：问题12个。']));
    expect(outcomes[1].drafts[0].searchText).toBe('无关新闻');
    const reader = new FactBlockReader(dir, new Map([['a', draft.factBytes!]]));
    expect(reader.block('a', restored[0][0])?.toString('utf8')).toBe(inTextOrder.map(factJson).join(',\n'));
    reader.close();
  });

  it('gives every figure back with its own strings and each draft its search text (generated figures, repeats apart)', () => {
    const random = seededRandom(5);
    const sentences = ['第一句：问题3个。', '第二句：线索4件。', 'Third "句" 5个', '第一句：问题3个。 '];
    const outcomes = Array.from({ length: 200 }, (_, a) => {
      const facts = Array.from({ length: Math.floor(random.next() * 7) }, (_, i) =>
        figure(`g${a}`, i, i * 10, random.pick(sentences), {
          city: random.pick([undefined, '呼和浩特市', '包头市']),
          province: random.pick(['内蒙古', '全国']),
          period: random.pick([undefined, { text: '2021年' }, { from: '2021-01-01', text: '上半年', to: '2021-06-30' }, { text: '去年', to: '2020-12-31' }]),
        }),
      );
      return outcome(`g${a}`, random.pick(['标题', 'Title ABC']), facts);
    });
    const expected = outcomes.map((o) => o.drafts[0].facts.map(core));
    const searchTexts = outcomes.map((o) => searchTextOf(o.drafts[0].article.title, o.drafts[0].facts.map((f) => f.evidence.sentence)));
    const writer = new FactBlockWriter(dir, 'generated.bin');
    const packed = bankFigures(outcomes, writer);
    writer.close();
    const restored = restore(outcomes, packed);
    outcomes.forEach((o, i) => {
      expect(restored[i][0]).toEqual(expected[i]);
      expect(o.drafts[0].searchText).toBe(searchTexts[i]);
    });
  });

  it("sends where each draft's bytes went as numbers, and puts the same blocks back on the other side", () => {
    const outcomes = [
      outcome('a', '内蒙古巡视反馈', [figure('a', 0, 0, '发现问题30个。'), figure('a', 1, 5, '移交线索5条。', { metric: 'problem_clues' })]),
      outcome('b', '无关新闻', []),
      outcome('c', '又一篇', [figure('c', 0, 0, '问责12人。', { metric: 'accountability' })]),
    ];
    const writer = new FactBlockWriter(dir, 'blocks.bin');
    const packed = bankFigures(outcomes, writer);
    bankArticles(outcomes, writer);
    bankSearchTexts(outcomes, writer);
    writer.close();
    const before = outcomes.map((o) => ({ ...o.drafts[0] }));
    packed.blocks = packBlocks(outcomes, 'blocks.bin');
    packed.file = 'blocks.bin';
    expect(outcomes.every((o) => o.drafts[0].factBytes === undefined && o.drafts[0].articleBytes === undefined)).toBe(true);
    const restored = restore(outcomes, packed);
    outcomes.forEach((o, i) => {
      const d = o.drafts[0];
      expect(d.factBytes).toEqual(before[i].factBytes);
      expect(d.articleBytes).toEqual(before[i].articleBytes);
      expect(d.searchTextBytes).toEqual(before[i].searchTextBytes);
    });
    expect(restored[0][0].map((f) => f.metric)).toEqual(['issues_found', 'problem_clues']);
    expect(restored[1][0]).toEqual([]);

    const elsewhere = [outcome('d', 't', [])];
    elsewhere[0].drafts[0].articleBytes = { file: 'other.bin', offset: 0, length: 2 };
    expect(() => packBlocks(elsewhere, 'blocks.bin')).toThrow(/in other\.bin, not in blocks\.bin/);
  });

  it('refuses figures it could not give back faithfully', () => {
    const writer = new FactBlockWriter(dir, 'bad.bin');
    expect(() => bankFigures([outcome('a', 't', [figure('a', 0, 0, 's', { metric: 'no_such_metric' as Fact['metric'] })])], writer)).toThrow(/outside the catalogue/);
    writer.close();
    const packed = bankFigures([outcome('c', 't', [])], new FactBlockWriter(dir, 'none.bin'));
    expect(() => restore([outcome('c', 't', [])], { ...packed, numbers: new Float64Array(14) })).toThrow(/do not match/);
    const one = [outcome('d', 't', [figure('d', 0, 0, 's')])];
    const onePacked = bankFigures(one, new FactBlockWriter(dir, 'one.bin'));
    expect(() => restore(one, { ...onePacked, numbers: new Float64Array(0) })).toThrow(/do not match/);
  });
});

describe('searchTextOf', () => {
  it('says a character is caseless only when lower-casing leaves it as it is (every UTF-16 code unit checked)', () => {
    let caseless = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!isCaseless(ch)) continue;
      caseless++;
      if (ch.toLowerCase() !== ch) throw new Error(`U+${c.toString(16)} is called caseless but lower-cases to ${ch.toLowerCase()}`);
    }
    // Chinese text is what the check is for: the ideographs and CJK punctuation must pass it.
    expect(caseless).toBeGreaterThan(20000);
    expect(isCaseless('2021年以来，省委巡视组发现问题1.2万余个（含“四风”问题）。')).toBe(true);
    expect(isCaseless('CCTV新闻')).toBe(false);
    expect(isCaseless('Ⅻ届')).toBe(false);
  });

  it('is the title and each distinct sentence, in order, lower-cased', () => {
    const reference = (title: string, sentences: string[]) => [title, ...new Set(sentences)].join('\n').toLowerCase();
    const pool = ['巡视组发现问题12个。', 'CCTV报道：移交线索5件。', '巡视组发现问题12个。', 'Ａ市ΣΑΣ问题', '标题'];
    const random = seededRandom(3);
    for (let i = 0; i < 300; i++) {
      const sentences = Array.from({ length: Math.floor(random.next() * 5) }, () => random.pick(pool));
      const title = random.pick(pool);
      expect(searchTextOf(title, sentences)).toBe(reference(title, sentences));
    }
  });
});
