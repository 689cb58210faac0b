// Sentence splitting with offsets into the clean text. A sentence ends at 。！？；!? or a line break; closing
// quotes and brackets right after the end mark stay with the sentence they close (“……。” is one sentence).
// The same walk records which of a few key characters each sentence holds (Sentence.keys): the later passes
// look for words (巡视, 纪委, 中央 …) sentence by sentence, and pass over a sentence without the word's first
// character on one bit test instead of searching its text.

export interface Sentence {
  text: string;
  /** Offset of the first character in the document text. */
  start: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
  /** The key characters (KEY) that occur in the text, one bit each. */
  keys: number;
}

/**
 * The key characters, one bit each. NUMERAL stands for every character a number can start with (digits,
 * full-width digits, Chinese numerals): without one, a sentence holds no number at all.
 */
export const KEY = {
  NUMERAL: 1 << 0,
  巡: 1 << 1,
  纪: 1 << 2,
  监: 1 << 3,
  等: 1 << 4,
  '、': 1 << 5,
  中: 1 << 6,
  全: 1 << 7,
  国: 1 << 8,
  自: 1 << 9,
  刀: 1 << 10,
  移: 1 << 11,
  央: 1 << 12,
  // the rarest character of some inspection types' words (回头看, 提级, 交叉, 点穴式)
  看: 1 << 13,
  提: 1 << 14,
  叉: 1 << 15,
  穴: 1 << 16,
  委: 1 << 17,
} as const;

const NUMERAL_CHARS = '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿';

/**
 * What each UTF-16 code unit is to the walk, in one table so that the common character costs one read:
 * 0 nothing, END a sentence end mark, otherwise KEY_CLASS + the bit of a key character.
 */
const END = 1;
const KEY_CLASS = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (const ch of '。！？；!?;') CHAR_CLASS[ch.charCodeAt(0)] = END;
for (const [name, bit] of Object.entries(KEY)) {
  const chars = name === 'NUMERAL' ? NUMERAL_CHARS : name;
  for (let k = 0; k < chars.length; k++) CHAR_CLASS[chars.charCodeAt(k)] = KEY_CLASS + Math.log2(bit);
}

const CLOSERS = codes('”’」』）)"】》');

function codes(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Space that a sentence is trimmed of: space, tab, ideographic space, no-break space, carriage return. */
const SPACE = codes(' \t\u3000\u00a0\r');

/** Splits `text` into trimmed, non-empty sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let from = 0;
  let keys = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10; // the end of the text ends the last sentence
    let to: number;
    if (c === 10) to = i;
    else {
      const cls = CHAR_CLASS[c];
      if (cls === 0) continue;
      if (cls !== END) {
        keys |= 1 << (cls - KEY_CLASS);
        continue;
      }
      to = i + 1;
      while (to < n && CLOSERS[text.charCodeAt(to)] === 1) to++;
    }
    let a = from;
    let b = to;
    while (a < b && SPACE[text.charCodeAt(a)] === 1) a++;
    while (b > a && SPACE[text.charCodeAt(b - 1)] === 1) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, paragraph, keys });
    keys = 0;
    if (c === 10) {
      from = i + 1;
      paragraph++;
    } else {
      from = to;
      i = to - 1;
    }
  }
  return out;
}

/** Whether sentence `s` holds at least one of the key characters in `bits`. */
export function hasKey(s: Sentence, bits: number): boolean {
  return (s.keys & bits) !== 0;
}

/** Whether sentence `s` holds every one of the key characters in `bits`. */
export function hasKeys(s: Sentence, bits: number): boolean {
  return (s.keys & bits) === bits;
}

/** The key characters of a whole text split into `sentences` (only spaces and line breaks lie between them). */
export function keysOf(sentences: readonly Sentence[]): number {
  let keys = 0;
  for (const s of sentences) keys |= s.keys;
  return keys;
}
