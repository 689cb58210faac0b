import { describe, expect, it } from 'vitest';
import { NameTrie } from '../../../src/core/places/trie';
import { seededRandom } from '../../helpers/seededRandom';

function trieOf(names: string[]): NameTrie<string> {
  const trie = new NameTrie<string>();
  for (const n of names) trie.add(n, n);
  return trie;
}

describe('NameTrie', () => {
  it('finds the longest name at a position', () => {
    const trie = trieOf(['南京', '南京市', '京市']);
    expect(trie.longestAt('在南京市开会', 1)).toEqual({ end: 4, values: ['南京市'] });
    expect(trie.longestAt('在南京市开会', 0)).toBeNull();
  });

  it('skips only positions where no name can start', () => {
    const trie = trieOf(['南京市', '北京', '京山市']);
    const text = '南方的北京和京山市，南京市';
    const starts: number[] = [];
    for (let i = trie.nextCandidate(text, 0); i >= 0; i = trie.nextCandidate(text, i + 1)) starts.push(i);
    for (let i = 0; i < text.length; i++) if (trie.longestAt(text, i)) expect(starts).toContain(i);
    expect(starts).not.toContain(0); // 南方: no name starts with these two characters
    expect(starts).toEqual(expect.arrayContaining([3, 6, 10]));
  });

  it('with a one-character name, every position starting with that character is a candidate', () => {
    const trie = trieOf(['京', '南京市']);
    expect(trie.nextCandidate('东京', 0)).toBe(1);
    expect(trie.nextCandidate('东西', 0)).toBe(-1);
  });

  it('the scan stops exactly where the first-character table and the pair filter both let a position through', () => {
    const names = ['南京市', '北京', '京山市', '山西', '西安', '安康', '康定', '定西', '和田', '田林'];
    const trie = trieOf(names);
    // The definition the scan implements, read from the trie's own tables.
    const inner = trie as unknown as { starts: Uint8Array; hasPair(a: number, b: number): boolean };
    const reference = (text: string, from: number): number => {
      for (let i = from; i < text.length; i++) {
        const c0 = text.charCodeAt(i);
        if (inner.starts[c0] === 1 && inner.hasPair(c0, text.charCodeAt(i + 1))) return i;
      }
      return -1;
    };
    const alphabet = [...new Set(names.join('') + '的和在市县区，。')];
    const random = seededRandom(7);
    for (let t = 0; t < 300; t++) {
      const text = random.text(alphabet, 40);
      for (let from = 0; from <= text.length + 1; from++) expect(trie.nextCandidate(text, from), `${text} @${from}`).toBe(reference(text, from));
    }
  });
});
