import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Fact } from '../../../src/core/contract';
import { replaceDirAtomically, type FileContent } from '../../../src/ingest/output/atomicDir';
import { FactBlockWriter, type FactBytes } from '../../../src/ingest/output/factBlocks';
import { planFactsFile, startFactsFile, writeFactsFile } from '../../../src/ingest/output/factsFile';
import { factJson } from '../../../src/ingest/output/factJson';
import { stableJsonChunks } from '../../../src/ingest/output/stableJson';

const dir = mkdtempSync(join(tmpdir(), 'facts-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fact(articleId: string, index: number, sentence: string, over: Partial<Fact> = {}): Fact {
  return {
    adcode: 150000,
    approx: false,
    articleId,
    counted: true,
    evidence: { end: 8, offset: index * 10, sentence, start: 5 },
    id: `${articleId}.${index}`,
    metric: 'issues_found',
    province: '内蒙古',
    value: 100 + index,
    ...over,
  };
}

/** Three articles' figures banked in two spill files, then marked as de-duplication would. */
function banked(): { runs: Fact[][]; where: Map<string, FactBytes> } {
  const runs = [
    [fact('a', 0, '他说"counted":true 不是字段'), fact('a', 1, '呼和浩特市发现问题30个。', { city: '呼和浩特市', cityAdcode: 150100 })],
    [fact('b', 0, '另一篇，问题5个。', { period: { text: '去年' } })],
    [fact('c', 0, '第三篇'), fact('c', 1, '第三篇'), fact('c', 2, '第三篇，\\反斜杠')],
  ];
  const one = new FactBlockWriter(dir, 'w1.bin');
  const two = new FactBlockWriter(dir, 'w2.bin');
  const where = new Map([
    ['b', one.append(runs[1])],
    ['a', two.append(runs[0])],
    ['c', one.append(runs[2])],
  ]);
  one.close();
  two.close();
  runs[0][1].counted = false;
  runs[2][0].counted = false;
  runs[2][2].counted = false;
  return { runs, where };
}

/** What the generic writer gives for the same figures (JSON of each figure, one per line). */
function generic(runs: Fact[][]): string {
  const pieces = stableJsonChunks({ schemaVersion: SCHEMA_VERSION, facts: runs }, { records: { facts: (run) => (run as Fact[]).map(factJson).join(',\n') } });
  return [...pieces].map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join('');
}

describe('facts file from banked bytes', () => {
  it('writes the same bytes as the generic writer, counted flags set, in this thread and in a thread of its own', () => {
    const { runs, where } = banked();
    const plan = planFactsFile(runs, where)!;
    writeFactsFile({ path: join(dir, 'here.json'), spillDir: dir, ...plan });
    expect(readFileSync(join(dir, 'here.json'), 'utf8')).toBe(generic(runs));
    expect(JSON.parse(readFileSync(join(dir, 'here.json'), 'utf8')).facts.map((f: Fact) => f.counted)).toEqual([true, false, true, false, true, false]);

    const written = startFactsFile({ path: join(dir, 'there.json'), spillDir: dir, ...plan });
    written();
    expect(readFileSync(join(dir, 'there.json'), 'utf8')).toBe(generic(runs));
  });

  it('has no plan when an article has no bytes, or not one position per figure', () => {
    const { runs, where } = banked();
    expect(planFactsFile([...runs, [fact('d', 0, '没有字节')]], where)).toBeNull();
    expect(planFactsFile([[...runs[1], fact('b', 1, '多一个')]], where)).toBeNull();
    expect(planFactsFile([], where)).toBeNull();
  });

  it('reports a failure of its thread to the writer, and the previous output stays', () => {
    const { runs, where } = banked();
    const plan = planFactsFile(runs, where)!;
    const out = join(dir, 'out');
    replaceDirAtomically(out, new Map([['keep.txt', 'previous']]));
    const files = new Map<string, FileContent>([
      ['facts.json', { start: (path: string) => startFactsFile({ path, spillDir: join(dir, 'no-such-spill'), ...plan }) }],
      ['other.json', '{}\n'],
    ]);
    expect(() => replaceDirAtomically(out, files)).toThrow(/Could not write facts.json/);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('previous');
    expect(existsSync(join(out, 'facts.json'))).toBe(false);
  });
});
