// Numbers as Chinese news writes them: Arabic (half- or full-width, 1,234, 1.5), Chinese numerals (两, 二十一,
// 一千零五), mixtures (1.5万余, 3.2亿) and the words that make a figure approximate (余/多/近/约/超过/逾/以上/左右).
// One left-to-right scan of the text; no allocation per character.

export interface NumberSpan {
  /** Offset of the first character (including a leading approx word such as 近 or 约). */
  start: number;
  /** Offset after the last character (including 余/多/左右/以上 and the 万/亿 multiplier). */
  end: number;
  /** Offsets of the numeral itself, without approx words. */
  numStart: number;
  numEnd: number;
  value: number;
  approx: boolean;
  /** Written in Chinese numerals only (二十一, 两). */
  chinese: boolean;
  /** Followed by % (a share, never a count). */
  percent: boolean;
}

// Chinese numeral characters by code point: kind (1 digit, 2 unit 十百千, 3 multiplier 万亿) and value.
const CN_KIND = new Uint8Array(0x10000);
const CN_VALUE = new Float64Array(0x10000);
function defineCn(chars: string, kind: number, values: number[]): void {
  for (let k = 0; k < chars.length; k++) {
    CN_KIND[chars.charCodeAt(k)] = kind;
    CN_VALUE[chars.charCodeAt(k)] = values[k];
  }
}
defineCn('零〇一二两三四五六七八九', 1, [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]);
defineCn('十百千', 2, [10, 100, 1000]);
defineCn('万亿', 3, [10000, 100000000]);

/** Characters a number can start with (digits, full-width digits, Chinese numerals), by code unit. */
const NUMERAL_START = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (CN_KIND[c] !== 0 || (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) NUMERAL_START[c] = 1;

const APPROX_PREFIXES = ['超过', '近', '约', '逾', '超', '达近'];
const APPROX_SUFFIXES = ['余', '多', '左右', '以上', '上下'];

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWideDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}
function digitValue(c: number): number {
  return isAsciiDigit(c) ? c - 48 : c - 0xff10;
}
function isDigitCode(c: number): boolean {
  return isAsciiDigit(c) || isWideDigit(c);
}
function bigAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return CN_KIND[c] === 3 ? CN_VALUE[c] : 0;
}

/** Reads Arabic digits from `i`: 1234, 1,234, 1.5, ０.５. Returns the value and the end offset. */
function readArabic(text: string, i: number): { value: number; end: number } {
  let intPart = 0;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigitCode(c)) {
      intPart = intPart * 10 + digitValue(c);
      j++;
    } else if (c === 44 && isThousandsGroup(text, j + 1)) {
      j++; // 1,234: an ASCII comma followed by exactly three digits
    } else break;
  }
  let value = intPart;
  const dot = text.charCodeAt(j);
  if ((dot === 46 || dot === 0xff0e) && isDigitCode(text.charCodeAt(j + 1))) {
    let scale = 0.1;
    j++;
    while (j < text.length && isDigitCode(text.charCodeAt(j))) {
      value += digitValue(text.charCodeAt(j)) * scale;
      scale /= 10;
      j++;
    }
  }
  return { value, end: j };
}

function isThousandsGroup(text: string, k: number): boolean {
  for (let m = 0; m < 3; m++) if (!isAsciiDigit(text.charCodeAt(k + m))) return false;
  return !isDigitCode(text.charCodeAt(k + 3));
}

/** Reads a run of Chinese numerals from `i` (二十一, 一千零五, 两, 十三, 百). */
function readChinese(text: string, i: number): { value: number; end: number } {
  let total = 0; // completed 亿 / 万 sections
  let section = 0; // value below 万 being built
  let digit = -1; // pending digit waiting for a unit
  let j = i;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const kind = CN_KIND[c];
    if (kind === 1) {
      if (digit >= 0) section += digit; // 一千零五: after 零 the next digit stands alone
      digit = CN_VALUE[c];
    } else if (kind === 2) {
      section += (digit < 0 ? 1 : digit) * CN_VALUE[c];
      digit = -1;
    } else if (kind === 3) {
      const big = CN_VALUE[c];
      const part = section + (digit < 0 ? 0 : digit);
      total = (total + (part === 0 ? 1 : part)) * big;
      section = 0;
      digit = -1;
    } else break;
  }
  return { value: total + section + (digit < 0 ? 0 : digit), end: j };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Last characters of the approx prefixes and first characters of the suffixes, for a one-read pre-check. */
const PREFIX_LAST = new Set(APPROX_PREFIXES.map((p) => p.charCodeAt(p.length - 1)));
const SUFFIX_FIRST = new Set(APPROX_SUFFIXES.map((s) => s.charCodeAt(0)));

function approxPrefixAt(text: string, numStart: number): number {
  if (numStart === 0 || !PREFIX_LAST.has(text.charCodeAt(numStart - 1))) return numStart;
  for (const p of APPROX_PREFIXES) {
    if (numStart >= p.length && text.startsWith(p, numStart - p.length)) return numStart - p.length;
  }
  return numStart;
}

function approxSuffixAt(text: string, i: number): number {
  if (!SUFFIX_FIRST.has(text.charCodeAt(i))) return i;
  for (const s of APPROX_SUFFIXES) if (text.startsWith(s, i)) return i + s.length;
  return i;
}

/** Chinese numeral characters that start words rather than numbers (万一, 千万 as "by all means"). */
function isWordNotNumber(text: string, i: number, end: number): boolean {
  if (end - i > 2) return false;
  const a = text[i];
  if (end - i === 1) return a === '万' || a === '亿';
  const b = text[i + 1];
  return (a === '千' || a === '万') && b === '万';
}

/** All numbers in `text`, left to right. */
export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Most of a text is not a numeral: skip to the next one in a tight loop.
    while (i < n && NUMERAL_START[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    let value: number;
    let end: number;
    let chinese = false;
    if (isDigitCode(c)) {
      const a = readArabic(text, i);
      value = a.value;
      end = a.end;
      const big = bigAt(text, end);
      if (big) {
        value *= big;
        end++;
      } else if (text[end] === '千' && text[end + 1] === '万') {
        value *= 10000000;
        end += 2;
      }
    } else if (CN_KIND[c] !== 0) {
      const r = readChinese(text, i);
      if (isWordNotNumber(text, i, r.end)) {
        i = r.end;
        continue;
      }
      value = r.value;
      end = r.end;
      chinese = true;
    } else {
      i++;
      continue;
    }
    const numStart = i;
    const numEnd = end;
    const start = approxPrefixAt(text, numStart);
    const sufEnd = approxSuffixAt(text, end);
    let approx = start !== numStart || sufEnd !== end;
    // 1.5万余: 余 may also sit between the numeral and the multiplier (2000余万)
    end = sufEnd;
    const bigAfter = bigAt(text, end);
    if (bigAfter) {
      value *= bigAfter;
      end++;
      approx = true;
    }
    const percent = text[end] === '%' || text[end] === '％';
    out.push({ start, end, numStart, numEnd, value: round(value), approx, chinese, percent });
    i = Math.max(end, i + 1);
  }
  return out;
}
