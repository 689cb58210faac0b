// Sentence splitting with offsets into the clean text. A sentence ends at 。！？；!? or a line break; closing
// quotes and brackets right after the end mark stay with the sentence they close (“……。” is one sentence).

export interface Sentence {
  text: string;
  /** Offset of the first character in the document text. */
  start: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
}

const END_MARKS = codes('。！？；!?;');
const CLOSERS = codes('”’」』）)"】》');

function codes(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r';
}

/** Splits `text` into trimmed, non-empty sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, paragraph });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(from, i);
      from = i + 1;
      paragraph++;
    } else if (END_MARKS[c] === 1) {
      let j = i + 1;
      while (j < text.length && CLOSERS[text.charCodeAt(j)] === 1) j++;
      push(from, j);
      from = j;
      i = j - 1;
    }
  }
  push(from, text.length);
  return out;
}
