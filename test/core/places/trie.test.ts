import { describe, expect, it } from 'vitest';
import { NameTrie } from '../../../src/core/places/trie';

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
});
