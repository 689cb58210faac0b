import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactBlockReader, FactBlockWriter } from '../../../src/ingest/output/factBlocks';
import { factJson } from '../../../src/ingest/output/factJson';
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
});
