// The words of a text for comparing copies of an article: NFKC-folded (full-width → ASCII), with white space,
// punctuation and symbols dropped. Chinese news is ideographs, ASCII and a few dozen punctuation marks, none of
// which changes its neighbours under NFKC: for such text a table read per character gives exactly what
// `normalize('NFKC')` and a Unicode regex give, at a fraction of their cost. Any other character (a combining
// mark, a surrogate, a letter outside these blocks) sends the whole text through the general path.

/** What folding does to one UTF-16 code unit. */
const UNKNOWN = 0; // not in the table: only the general path knows
const KEEP = 1; // unchanged by NFKC and kept
const DROP = 2; // white space, punctuation or a symbol (also after NFKC)
const MAP = 3; // NFKC maps it to one ASCII character that is kept (Ａ → A, ５ → 5)

const DROPPED = /[\s\p{P}\p{S}]/u;
const DROPPED_ALL = /[\s\p{P}\p{S}]/gu;
const MARK = /\p{M}/u;

/** Blocks whose characters are starters that never combine with their neighbours, once marks are left out. */
const TABLE_RANGES: [number, number][] = [
  [0x0000, 0x00ff], // ASCII and Latin-1
  [0x2000, 0x206f], // general punctuation (“ ” — …)
  [0x3000, 0x303f], // CJK symbols and punctuation (。、《》「」 and the ideographic space)
  [0xff00, 0xffef], // full-width and half-width forms (，：（）０-９)
];
/** CJK Unified Ideographs have no decomposition and are letters: kept as they are. */
const IDEOGRAPHS: [number, number] = [0x4e00, 0x9fff];

const KIND = new Uint8Array(0x10000);
const MAPPED = new Uint16Array(0x10000);

function classify(code: number): void {
  const ch = String.fromCharCode(code);
  if (MARK.test(ch)) return; // a combining mark may compose with or reorder around its neighbours
  const folded = ch.normalize('NFKC');
  if (folded === ch) KIND[code] = DROPPED.test(ch) ? DROP : KEEP;
  else if (folded.length === 1 && folded.charCodeAt(0) < 0x80) {
    if (DROPPED.test(folded)) KIND[code] = DROP;
    else {
      KIND[code] = MAP;
      MAPPED[code] = folded.charCodeAt(0);
    }
  }
}

for (const [from, to] of TABLE_RANGES) for (let c = from; c <= to; c++) classify(c);
KIND.fill(KEEP, IDEOGRAPHS[0], IDEOGRAPHS[1] + 1);

/** Whether the table folds this UTF-16 code unit (otherwise a text holding it takes the general path). */
export function foldsAlone(code: number): boolean {
  return KIND[code] !== UNKNOWN;
}

/** The general path: any text, any characters. */
function foldGeneral(text: string, maxChars: number): string {
  return text.slice(0, maxChars * 2).normalize('NFKC').replace(DROPPED_ALL, '').slice(0, maxChars);
}

/**
 * The first `maxChars` characters of `text` NFKC-folded without white space, punctuation and symbols, read from
 * at most its first 2 × maxChars characters.
 */
export function foldText(text: string, maxChars: number): string {
  const src = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
  let out = '';
  let from = 0; // start of the run of kept characters not yet copied
  for (let i = 0; i < src.length; i++) {
    const kind = KIND[src.charCodeAt(i)];
    if (kind === KEEP) continue;
    if (kind === UNKNOWN) return foldGeneral(text, maxChars);
    if (i > from) out += src.slice(from, i);
    if (kind === MAP) out += String.fromCharCode(MAPPED[src.charCodeAt(i)]);
    from = i + 1;
    // Enough: the rest cannot change what is folded so far unless the next character is one the table lacks.
    if (out.length >= maxChars && (i + 1 >= src.length || KIND[src.charCodeAt(i + 1)] !== UNKNOWN)) return out.slice(0, maxChars);
  }
  if (from < src.length) out += src.slice(from);
  return out.length > maxChars ? out.slice(0, maxChars) : out;
}

/**
 * foldText(text, maxChars) written as UTF-16 code units into `out` (which must hold maxChars units), for hashing
 * without building the folded string: the number of units written, or null when the text needs the general path (a
 * character the table lacks). The loop is foldText's, step for step, so the units are those of the string foldText
 * returns.
 */
export function foldTextUtf16(text: string, maxChars: number, out: Uint16Array): number | null {
  const n = Math.min(text.length, maxChars * 2);
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const kind = KIND[code];
    if (kind === UNKNOWN) return null;
    if (kind !== DROP) {
      // Characters past maxChars are not written, but the scan goes on as foldText's does (an unknown one later
      // still sends the text to the general path).
      if (chars < maxChars) out[chars] = kind === MAP ? MAPPED[code] : code;
      chars++;
    }
    if (kind !== KEEP && chars >= maxChars && (i + 1 >= n || KIND[text.charCodeAt(i + 1)] !== UNKNOWN)) break;
  }
  return Math.min(chars, maxChars);
}
