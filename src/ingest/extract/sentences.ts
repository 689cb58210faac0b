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

/** Space that a sentence is trimmed of: space, tab, ideographic space, no-break space, carriage return. */
const SPACE = codes(' \t\u3000\u00a0\r');

/** Splits `text` into trimmed, non-empty sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let paragraph = 0;
  let from = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10; // the end of the text ends the last sentence
    let to: number;
    if (c === 10) to = i;
    else if (END_MARKS[c] === 1) {
      to = i + 1;
      while (to < n && CLOSERS[text.charCodeAt(to)] === 1) to++;
    } else continue;
    let a = from;
    let b = to;
    while (a < b && SPACE[text.charCodeAt(a)] === 1) a++;
    while (b > a && SPACE[text.charCodeAt(b - 1)] === 1) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, paragraph });
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
