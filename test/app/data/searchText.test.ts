import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/contract';
import type { ArticleIndex, SearchText } from '../../../src/core/schema';
import { DataError } from '../../../src/app/data/loadData';
import { loadSearchParts, partsLoaded, searchFilesOf } from '../../../src/app/data/searchText';
import type { SearchSlice } from '../../../src/app/state/store';

const part = (start: number, text: string[]): SearchText => ({ schemaVersion: SCHEMA_VERSION, start, text });
const FILES = { files: ['t0', 't1', 't2'], partSize: 2 };
const CONTENT: Record<string, SearchText> = { t0: part(0, ['a', 'b']), t1: part(2, ['c', 'd']), t2: part(4, ['e']) };

async function run(load: (file: string) => Promise<SearchText>): Promise<SearchSlice[]> {
  const states: SearchSlice[] = [];
  await loadSearchParts(FILES, (s) => states.push(s), load);
  return states;
}

describe('search text in parts', () => {
  it('names the shards of the index, or the one file of an older data dir', () => {
    const index = { count: 7, text: 'app/text.json' } as ArticleIndex;
    expect(searchFilesOf(index)).toEqual({ files: ['app/text.json'], partSize: 7 });
    expect(searchFilesOf({ ...index, textShards: ['a', 'b'], textShardSize: 5 })).toEqual({ files: ['a', 'b'], partSize: 5 });
    expect(searchFilesOf({ count: 7 } as ArticleIndex)).toBeNull();
  });

  it('reports each part as it arrives, then ready with every part', async () => {
    const states = await run(async (f) => CONTENT[f]);
    expect(states.map((s) => (s.status === 'idle' ? null : partsLoaded(s)!.loaded))).toEqual([0, 1, 2, 3, 3]);
    const last = states.at(-1)!;
    expect(last.status).toBe('ready');
    expect(last.status !== 'idle' && last.parts).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('asks for the newest part alone, and for the others only once it is in', async () => {
    const asked: string[] = [];
    let release: () => void = () => {};
    const first = new Promise<void>((r) => (release = r));
    const done = loadSearchParts(FILES, () => undefined, async (f) => {
      asked.push(f);
      if (f === 't0') await first;
      return CONTENT[f];
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(asked).toEqual(['t0']);
    release();
    await done;
    expect(asked).toEqual(['t0', 't1', 't2']);
  });

  it('stops at a missing part and says which, keeping the parts that arrived', async () => {
    const states = await run(async (f) => {
      if (f === 't1') throw new DataError({ kind: 'missing', file: f, detail: 'HTTP 404' });
      return CONTENT[f];
    });
    const last = states.at(-1)!;
    expect(last.status).toBe('error');
    if (last.status !== 'error') return;
    expect(last.problem).toMatchObject({ kind: 'missing', file: 't1' });
    expect(last.parts[0]).toEqual(['a', 'b']);
    expect(last.parts[1]).toBeUndefined();
    expect(states.filter((s) => s.status === 'error')).toHaveLength(1);
  });

  it('refuses a part that does not hold the articles its place says', async () => {
    const states = await run(async (f) => (f === 't2' ? part(3, ['x']) : CONTENT[f]));
    const last = states.at(-1)!;
    expect(last.status === 'error' && last.problem).toMatchObject({ kind: 'shape', file: 't2' });
  });
});
