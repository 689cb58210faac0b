import { describe, expect, it } from 'vitest';
import { foldsAlone, foldText, foldTextUtf16 } from '../../../src/ingest/clean/foldText';

/** The definition the table must agree with. */
const reference = (s: string, max: number) => s.slice(0, max * 2).normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').slice(0, max);

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

const PIECES = [
  '巡视', '发现问题', '１２３', 'ＡＢＣ', 'abc', '2021年', '，', '。', '、', '“', '”', '（', '）', '《', '》', '\u3000', ' ', '\n', '—',
  '…', '·', '％', '①', 'é', 'e\u0301', 'Ａ\u0301', '=\u0338', 'ｶ', 'ﾞ', '\ud83d\ude00', '㎡', 'ﬁ', '\u00a0', '½', '\uffa1\uffc2', '\u302a',
];

describe('foldText', () => {
  it('drops white space, punctuation and symbols and folds full-width forms', () => {
    expect(foldText('巡视组，发现问题１２个。ＡＢ\u3000 c', 100)).toBe('巡视组发现问题12个ABc');
  });

  it('keeps the first N characters of what is left', () => {
    expect(foldText('一，二，三，四', 3)).toBe('一二三');
  });

  it('gives what NFKC and the Unicode classes give, on mixtures of every kind of character', () => {
    const next = lcg(7);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(next() * PIECES.length)];
      const max = 1 + Math.floor(next() * 40);
      expect(foldText(s, max), JSON.stringify(s)).toBe(reference(s, max));
    }
  });

  it('relies on no composition between characters it reads from its table', () => {
    // Every character the fast path reads (those that fold on their own) folds the same next to any other.
    const known: string[] = [];
    for (const [a, b] of [[0x00, 0xff], [0x2000, 0x206f], [0x3000, 0x303f], [0xff00, 0xffef]]) {
      for (let c = a; c <= b; c++) {
        if (foldsAlone(c)) known.push(String.fromCharCode(c));
      }
    }
    expect(known.length).toBeGreaterThan(500);
    known.push('巡', '一', '鿿');
    const alone = known.map((ch) => ch.normalize('NFKC'));
    const interacting: string[] = [];
    for (let i = 0; i < known.length; i++) {
      for (let j = 0; j < known.length; j++) {
        if ((known[i] + known[j]).normalize('NFKC') !== alone[i] + alone[j]) interacting.push(known[i] + known[j]);
      }
    }
    expect(interacting).toEqual([]);
  });

  it('keeps every CJK unified ideograph as it is', () => {
    let all = '';
    for (let c = 0x4e00; c <= 0x9fff; c++) all += String.fromCharCode(c);
    expect(foldText(all, all.length)).toBe(reference(all, all.length));
  });
});

describe('foldTextUtf16', () => {
  it('writes the UTF-16 code units of what foldText returns, or declines the texts foldText reads the general way', () => {
    const next = lcg(19);
    const out = new Uint16Array(40);
    // Mostly table characters, so that most texts are written; a few of the others, so that some are declined.
    const known = PIECES.filter((p) => [...p].every((ch) => foldsAlone(ch.charCodeAt(0))));
    const pieces = [...known, ...known, ...known, ...known, ...known, ...known, ...PIECES];
    let written = 0;
    let declined = 0;
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = 1 + Math.floor(next() * 40);
      for (let k = 0; k < len; k++) s += pieces[Math.floor(next() * pieces.length)];
      const max = 1 + Math.floor(next() * 40);
      const folded = foldTextUtf16(s, max, out);
      const expected = foldText(s, max);
      if (folded === null) {
        declined++;
        continue;
      }
      written++;
      expect(String.fromCharCode(...out.subarray(0, folded)), JSON.stringify(s)).toBe(expected);
    }
    expect(written).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(100);
  });

  it('declines a text whose unknown character comes after the first N kept ones, as foldText does', () => {
    const out = new Uint16Array(3);
    expect(foldTextUtf16('巡视组进驻ｶ', 3, out)).toBeNull();
    expect(foldTextUtf16('巡视组，ｶ', 3, out)).toBeNull();
    expect(foldTextUtf16('巡视组，进驻ｶ', 3, out)).toBe(3);
    expect(String.fromCharCode(...out)).toBe('巡视组');
  });
});
