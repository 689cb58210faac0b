// The period a figure is about, when its sentence says (2021年, 上半年, 去年, 今年以来), resolved against the
// publication date for relative words.
import type { Period } from '../../core/contract';

const PERIOD = /(20\d{2}|19\d{2})年(?:(上半年|下半年|前三季度|一季度|1[-—至到～~]\d{1,2}月))?(以来)?|(今年|去年|上年|前年)(上半年|下半年|前三季度)?(以来)?|(上半年|下半年)/g;

function halfBounds(year: number, half: string | undefined): { from: string; to: string } {
  if (half === '上半年') return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (half === '下半年') return { from: `${year}-07-01`, to: `${year}-12-31` };
  if (half === '前三季度') return { from: `${year}-01-01`, to: `${year}-09-30` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period expressions of the sentence asked about last: a sentence's figures are asked about one after another. */
let lastSentence: string | null = null;
let lastMatches: RegExpExecArray[] = [];

function periodsIn(sentence: string): RegExpExecArray[] {
  if (sentence !== lastSentence) {
    lastMatches = [];
    PERIOD.lastIndex = 0;
    for (let m = PERIOD.exec(sentence); m; m = PERIOD.exec(sentence)) lastMatches.push(m);
    lastSentence = sentence;
  }
  return lastMatches;
}

/** The last period expression before `before` in `sentence`; null when none. `date` is the publication date. */
export function findPeriod(sentence: string, before: number, date: string | null): Period | undefined {
  if (sentence.indexOf('年') < 0) return undefined;
  let found: RegExpExecArray | null = null;
  for (const m of periodsIn(sentence)) {
    if (m.index >= before) break;
    found = m;
  }
  if (!found) return undefined;
  const pubYear = date ? Number(date.slice(0, 4)) : NaN;
  const text = found[0];
  let year: number;
  let part: string | undefined;
  let since = false;
  if (found[1]) {
    year = Number(found[1]);
    part = found[2];
    since = !!found[3];
  } else if (found[4]) {
    const back = found[4] === '今年' ? 0 : found[4] === '前年' ? 2 : 1;
    year = pubYear - back;
    part = found[5];
    since = !!found[6];
  } else {
    year = pubYear;
    part = found[7];
  }
  if (!Number.isFinite(year)) return { text };
  const b = halfBounds(year, part);
  if (since && date) return { text, from: b.from, to: date.length === 10 ? date : b.to };
  return { text, from: b.from, to: b.to };
}
