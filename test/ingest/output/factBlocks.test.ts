import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactBlockReader, FactBlockWriter } from '../../../src/ingest/output/factBlocks';
import { factJson } from '../../../src/ingest/output/factJson';
import { sortKeys } from '../../../src/ingest/output/stableJson';
import { seededRandom } from '../../helpers/seededRandom';
import { figure } from './figure';

const dir = mkdtempSync(join(tmpdir(), 'fact-blocks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('fact blocks', () => {
  it('give back exactly what factJson writes, with the counted flags set after the blocks were written', () => {
    const tricky = '他说"counted":true 不是字段，还有\\反斜杠和\n换行';
    const a = [figure('a', 0, 30, '第二句'), figure('a', 1, 0, tricky, { city: '呼和浩特市', cityAdcode: 150100 }), figure('a', 2, 0, tricky, { period: { text: '去年' } })];
    const b = [figure('b', 0, 0, '另一篇')];
    const writer = new FactBlockWriter(dir, 'w.bin');
    const where = new Map([
      ['a', writer.append(a)],
      ['b', writer.append(b)],
    ]);
    writer.close();

    // As the writer sees them: text order, and de-duplication has marked some not counted.
    const aInOrder = [a[1], a[2], a[0]].map((f, i) => ({ ...f, counted: i !== 1 }));
    const bInOrder = b.map((f) => ({ ...f, counted: false }));
    const reader = new FactBlockReader(dir, where);
    expect(reader.block('a', aInOrder)?.toString('utf8')).toBe(aInOrder.map(factJson).join(',\n'));
    expect(reader.block('b', bInOrder)?.toString('utf8')).toBe(bInOrder.map(factJson).join(',\n'));
    expect(reader.block('missing', [])).toBeNull();
    reader.close();
  });

  it('keeps every block in place when many are written in one go (more blocks than one writev takes, over a megabyte)', () => {
    const writer = new FactBlockWriter(dir, 'many.bin');
    const articles = Array.from({ length: 1500 }, (_, i) => [figure(`m${i}`, 0, 0, `第${i}句：${'长'.repeat(i % 700)}`)]);
    const where = new Map(articles.map((facts) => [facts[0].articleId, writer.append(facts)] as const));
    writer.close();
    const reader = new FactBlockReader(dir, where);
    for (const facts of [articles[0], articles[1023], articles[1024], articles[1499]]) {
      expect(reader.block(facts[0].articleId, facts)?.toString('utf8')).toBe(facts.map(factJson).join(',\n'));
    }
    reader.close();
  });

  it('knows where each counted flag is in the bytes, whatever characters come before it (generated figures)', () => {
    const random = seededRandom(11);
    const pieces = ['共发现问题', '12', '"引号"', '\\', '\n', '𠀀', '\ud800', 'é', ' ', '，', 'abc'];
    const writer = new FactBlockWriter(dir, 'generated.bin');
    const articles: { facts: ReturnType<typeof figure>[]; where: ReturnType<FactBlockWriter['append']> }[] = [];
    for (let a = 0; a < 300; a++) {
      const articleId = random.pick(['3f2a9c', `文章${a}`, `a"${a}`, `x\\${a}`, `𠀀${a}`]);
      const facts = Array.from({ length: 1 + Math.floor(random.next() * 6) }, (_, i) =>
        figure(articleId, i, i, random.text(pieces, 12), {
          city: random.pick([undefined, '呼和浩特市', 'Zürich', '"市"']),
          cityAdcode: random.pick([undefined, 150100]),
          id: random.pick([`${articleId}.${i}`, `${articleId}.${i}x`, `other.${i}`]),
          period: random.pick([undefined, { text: '2021年' }, { from: '2021-01-01', text: '上半年', to: '2021-06-30' }]),
          approx: random.next() < 0.5,
          value: random.pick([0, 7, 1.5, 123456789012, -3]),
        }),
      );
      articles.push({ facts, where: writer.append(facts) });
    }
    writer.close();
    const reader = new FactBlockReader(dir, new Map());
    for (const { facts, where } of articles) {
      const bytes = reader.bytes(where);
      // What JSON.stringify writes of each record (factJson is the writer under test here).
      expect(bytes.toString('utf8')).toBe(facts.map((f) => JSON.stringify(sortKeys(f))).join(',\n'));
      // The flags found by searching the bytes for each record's key, in order.
      const found: number[] = [];
      for (let from = 0, i = 0; i < facts.length; i++) {
        from = bytes.indexOf('"counted":', from) + '"counted":'.length;
        found.push(from);
      }
      expect(where.counted).toEqual(found);
    }
    reader.close();
  });

  it('keeps a block whole when it outgrows the buffer: figures written on either side of a flush, flags where they are', () => {
    const writer = new FactBlockWriter(dir, 'long-block.bin');
    // About 3 MB in one article: the buffer (2 MB) goes to the file while the block is being written.
    const facts = Array.from({ length: 1500 }, (_, i) => figure('长文', i, i, `第${i}句：${'巡'.repeat(600 + (i % 13))}`, { value: i % 7 === 0 ? 2.5 : i }));
    const small = writer.append([figure('前', 0, 0, '之前的一句')]);
    const where = writer.append(facts);
    writer.close();
    const reader = new FactBlockReader(dir, new Map());
    expect(reader.bytes(small).toString('utf8')).toBe(JSON.stringify(sortKeys(figure('前', 0, 0, '之前的一句'))));
    const bytes = reader.bytes(where);
    expect(bytes.length).toBeGreaterThan(2 << 20);
    expect(bytes.toString('utf8')).toBe(facts.map((f) => JSON.stringify(sortKeys(f))).join(',\n'));
    for (const at of [where.counted[0], where.counted[700], where.counted[1499]]) expect(bytes.subarray(at - 10, at + 4).toString('utf8')).toBe('"counted":true');
    reader.close();
  });

  it('keeps records of any size in place: texts and byte blocks larger than its buffer, between small ones', () => {
    const writer = new FactBlockWriter(dir, 'sizes.bin');
    const long = '巡'.repeat(800_000);
    const huge = Buffer.alloc(3 << 20, 0x61);
    const records = ['{"a":1}', long, '{"b":"二"}'];
    const where = [writer.appendText(records[0]), writer.appendText(long), writer.appendBytes(huge), writer.appendText(records[2])];
    writer.close();
    const reader = new FactBlockReader(dir, new Map());
    expect(reader.bytes(where[0]).toString('utf8')).toBe(records[0]);
    expect(reader.bytes(where[1]).toString('utf8')).toBe(long);
    expect(reader.bytes(where[2]).equals(huge)).toBe(true);
    expect(reader.bytes(where[3]).toString('utf8')).toBe(records[2]);
    reader.close();
  });
});
