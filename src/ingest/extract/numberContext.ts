// What surrounds a number in its sentence: the measure word right after it (个, 件, 人次, 万元 …), the clause
// before it and the words after the measure word up to the clause's end. The metric rules read only this.
import type { NumberSpan } from './numbers';

export interface NumberContext {
  span: NumberSpan;
  /** Measure word after the number ('' when none). */
  unit: string;
  /** Clause text before the number (after the last ，；： or clause start), nearest 80 characters. */
  pre: string;
  /** Text after the unit up to the clause end, at most 40 characters. */
  post: string;
  /** The whole sentence. */
  sentence: string;
  /** Approximate, also when the approx word follows the measure word (10人左右, 500人以上). */
  approx: boolean;
  /** Written as an ordinal or a term (第九轮, 十九届, 第三批, 五届市委). */
  ordinal: boolean;
}

// 万 and 亿 are read as part of the number (numbers.ts), so 1439.25万元 leaves the unit 元.
const UNITS = ['人次', '件次', '个', '家', '所', '名', '人', '件', '条', '项', '轮', '份', '类', '篇', '起', '批', '元', '部', '处', '封', '户'];
/** The measure words by their first character, longest first (人次 before 人), so a unit is found by one lookup. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0));
  if (list) list.push(u);
  else UNITS_BY_FIRST.set(u.charCodeAt(0), [u]);
}
/** Clause-ending punctuation, by UTF-16 code unit. */
const CLAUSE_END = new Uint8Array(0x10000);
for (const ch of '，。；：,;:！？!?') CLAUSE_END[ch.charCodeAt(0)] = 1;
/** Things a number with a date or duration shape measures; never a figure. */
const NOT_A_COUNT_AFTER = /^(?:个月|个半月|个工作日|个小时|年|月|日|号|岁|倍|周年|天|小时|点|时|分|届|次会|期|版|季度|周|%|％|‰|成|米|公里|亩)/;

const QUOTE_OPEN = new Set(['“', '‘', '「', '『', '"']);
const SLOGAN = /^(?:八项规定|六项纪律|四个意识|四个自信|两个维护|两个确立|两个责任|四个全面|五位一体|三重一大|四风|一岗双责|两学一做|三会一课|四种形态)/;

/** The measure word at offset `i` ('' when none). */
export function unitAt(sentence: string, i: number): string {
  const candidates = UNITS_BY_FIRST.get(sentence.charCodeAt(i));
  if (candidates) for (const u of candidates) if (sentence.startsWith(u, i)) return u;
  return '';
}

function clauseBefore(sentence: string, i: number): string {
  let j = i - 1;
  const limit = Math.max(0, i - 80);
  while (j >= limit && CLAUSE_END[sentence.charCodeAt(j)] === 0) j--;
  return sentence.slice(j + 1, i);
}

function clauseAfter(sentence: string, i: number): string {
  let j = i;
  const limit = Math.min(sentence.length, i + 40);
  while (j < limit && CLAUSE_END[sentence.charCodeAt(j)] === 0) j++;
  return sentence.slice(i, j);
}

/** The marks that join the two ends of a range (第七至九轮), and the first end before the number. */
const RANGE_MARKS = new Set([...'至到—-'].map((ch) => ch.charCodeAt(0)));
const ORDINAL_RANGE_BEFORE = /第[一二三四五六七八九十\d]+[至到—-]$/;
const ORDINAL_MARK = '第'.charCodeAt(0);
const TERM_MARK = '届'.charCodeAt(0);

function isOrdinal(sentence: string, span: NumberSpan, unit: string): boolean {
  const before = sentence.charCodeAt(span.numStart - 1);
  if (before === ORDINAL_MARK) return true;
  // 第七至九轮: the second end of an ordinal range
  if (RANGE_MARKS.has(before) && ORDINAL_RANGE_BEFORE.test(sentence.slice(Math.max(0, span.numStart - 6), span.numStart))) return true;
  // 十九届中央, 五届市委; 第三批 is caught by 第 above
  if (sentence.charCodeAt(span.numEnd) === TERM_MARK) return true;
  return unit === '' && /^(?:巡视组|巡察组)/.test(sentence.slice(span.numEnd, span.numEnd + 2));
}

/** The context of `span` in `sentence`, or null when the number is a date, a duration, a share or a ratio. */
export function numberContext(sentence: string, span: NumberSpan): NumberContext | null {
  if (span.percent) return null;
  // 一 alone is an article or part of a word (一批, 一个问题一个问题, 进一步) far more often than a count.
  if (span.chinese && span.value === 1) return null;
  // Slogans and fixed names in Chinese numerals: “六项纪律”, 八项规定, 四个意识, 两个责任.
  if (span.chinese && (QUOTE_OPEN.has(sentence[span.start - 1]) || SLOGAN.test(sentence.slice(span.start, span.end + 4)))) return null;
  if (NOT_A_COUNT_AFTER.test(sentence.slice(span.end, span.end + 3))) return null;
  const unit = unitAt(sentence, span.end);
  const post = clauseAfter(sentence, span.end + unit.length);
  return {
    span,
    unit,
    pre: clauseBefore(sentence, span.start),
    post,
    approx: span.approx || (unit !== '' && /^(?:左右|以上|上下|多)/.test(post)),
    sentence,
    ordinal: isOrdinal(sentence, span, unit),
  };
}
