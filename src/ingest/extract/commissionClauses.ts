// Which clauses of a sentence report a discipline commission's own work rather than the result of an inspection.
// A sentence often moves from the inspection to the commission and back: 巡察组向县纪委监委移交问题线索23件，
// 县纪委监委据此立案17件，给予党纪政务处分15人 holds three figures of the inspection, whereas 巡察发现问题86个，
// 县纪委监委今年以来查处问题45件，处理62人 holds one. So the decision is made per clause (split at ，：), never
// for the whole sentence: a commission clause starts a run of clauses with the commission as their subject, and
// the run is the inspection's when it acts on what the inspection handed over (依据巡察移交线索, 对巡视移交的问题
// 线索, 据此 after a handing-over), the commission's own otherwise (its campaign statistics, inspection named as a
// tool or as one of several channels: 通过信访举报、巡察、审计等渠道).

import { KEY } from './sentences';

export interface ClauseRange {
  start: number;
  end: number;
}

/** A discipline commission as the subject of a clause (县纪委监委今年以来…), not its object (向县纪委移送). */
const COMMISSION_SUBJECT = /^[^向对给交由到经与和及从自在被同联会转、]{0,10}(?:纪委|监委|纪检监察机关)/;

/** Inspection as the source of what the commission handles: 对巡察移交的问题线索, 巡视发现的问题. */
export const FROM_INSPECTION = /(?:巡视|巡察)(?:组|工作|期间|中)?所?(?:移交|移送|交办|反馈|发现)|(?:移交|移送|交办)[^，。；]{0,4}(?:巡视|巡察)/;

/** An opening that names the inspection's handing-over as the ground of what follows: 依据巡察移交线索，… */
const SOURCE_ADVERBIAL = /^(?:依据|根据|针对|按照|对于?|就|结合|通过|基于|从)[^，；]{0,12}(?:巡视|巡察)[^，；]{0,8}(?:移交|移送|交办|反馈|发现)/;

/** A handing-over of clues or problems (巡察组向县纪委监委移交问题线索23件). */
const HANDOVER = /(?:移交|移送)/;

/** A handing-over to the commission itself (向市纪委监委移交问题线索47件, 移送县纪委处理). */
const HANDOVER_TO_COMMISSION = /(?:纪委|监委)[^，；]{0,12}(?:移交|移送)|(?:移交|移送)[^，；]{0,6}(?:纪委|监委)/;

/** A span of time of the commission's own (今年以来, 全年): its statistics, not what it did with the clues. */
const OWN_PERIOD = /以来|全年|年度|半年|季度|本年|当年|同期/;

/** Words that point back at what was handed over: 县纪委监委据此立案, 对上述线索. */
const ANAPHORA = /据此|对此|依此|就此|以此|对上述|对以上|对这些|对其中|对移交|对移送/;

/** Inspection named as one item of a list of channels or means: 通过信访举报、巡察、审计等渠道. */
export const CHANNEL_LIST = /(?:、(?:巡视|巡察)[^，。；、]{0,4}|(?:巡视|巡察)[^，。；、]{0,4}、)[^，。；]{0,30}等[^，。；]{0,8}(?:渠道|途径|方式|手段|来源|方面)/;

/** An inspection body or a party committee taking over as the subject (市委巡察组发现…, 县委第二轮巡察…). */
const INSPECTION_SUBJECT = /^[^，；]{0,10}?(?:巡视组|巡察组|巡视办|巡察办|(?:省|市|县|区|州|旗)委[^，；]{0,6}(?:巡视|巡察))/;

/** Whether code unit `c` parts clauses: ，,：: (read by char code, no regex match object per break). */
function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a;
}

export function clauseRanges(s: string): ClauseRange[] {
  const out: ClauseRange[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isClauseBreak(s.charCodeAt(i))) continue;
    out.push({ start: from, end: i });
    from = i + 1;
  }
  out.push({ start: from, end: s.length });
  return out;
}

/** Cheap test: can `s` hold a commission clause or a channel list at all? */
function mayHoldCommissionWork(s: string): boolean {
  return (
    s.indexOf('纪委') >= 0 ||
    s.indexOf('监委') >= 0 ||
    s.indexOf('纪检监察机关') >= 0 ||
    (s.indexOf('巡') >= 0 && s.indexOf('等') >= 0 && s.indexOf('、') >= 0)
  );
}

/**
 * mayHoldCommissionWork on a sentence's key characters (sentences.ts): 纪委 needs 纪 and 委, 监委 监 and 委,
 * 纪检监察机关 纪 and 监, a channel list 巡, 等 and 、. False means ownCommissionClauses finds nothing (监督 alone,
 * common in these texts, does not count).
 */
export function keysMayHoldCommissionWork(keys: number): boolean {
  return (
    holdsAll(keys, KEY.纪 | KEY.委) ||
    holdsAll(keys, KEY.监 | KEY.委) ||
    holdsAll(keys, KEY.纪 | KEY.监) ||
    holdsAll(keys, KEY.巡 | KEY.等 | KEY['、'])
  );
}

function holdsAll(keys: number, bits: number): boolean {
  return (keys & bits) === bits;
}

export const NONE: readonly ClauseRange[] = [];

/**
 * The clauses of `s` that report a commission's own work (no figure of an inspection in them).
 * `handoverBefore`: the sentence before, in the same paragraph, told of a handing-over to the commission, so that
 * 据此 / 对上述线索 at the start of this one points back at it.
 */
export function ownCommissionClauses(s: string, handoverBefore = false): readonly ClauseRange[] {
  if (!mayHoldCommissionWork(s)) return NONE;
  let out: ClauseRange[] | null = null;
  let state = 'none' as 'none' | 'linked' | 'own';
  let handover = handoverBefore;
  // …向县纪委监委移交问题线索23件，县纪委监委已立案17件: the commission right after acts on those clues
  let handedToCommission = false;
  let sourceGiven = false;
  for (const r of clauseRanges(s)) {
    const clause = s.slice(r.start, r.end);
    if (clause.indexOf('等') >= 0 && CHANNEL_LIST.test(clause)) state = 'own';
    else if (COMMISSION_SUBJECT.test(clause)) {
      const linked: boolean =
        sourceGiven ||
        FROM_INSPECTION.test(clause) ||
        (handover && ANAPHORA.test(clause)) ||
        (handedToCommission && !OWN_PERIOD.test(clause));
      state = linked ? 'linked' : 'own';
    } else if (state === 'own') {
      if (FROM_INSPECTION.test(clause)) state = 'linked';
      else if (INSPECTION_SUBJECT.test(clause)) state = 'none';
    } else if (state === 'none' && SOURCE_ADVERBIAL.test(clause)) sourceGiven = true;
    if (state === 'own') (out ??= []).push(r);
    if (state !== 'own' && HANDOVER.test(clause)) {
      handover = true;
      handedToCommission ||= state === 'none' && HANDOVER_TO_COMMISSION.test(clause);
    }
  }
  return out ?? NONE;
}

/** Whether a number at `offset` lies in one of `ranges`. */
export function inRanges(ranges: readonly ClauseRange[], offset: number): boolean {
  for (const r of ranges) if (offset >= r.start && offset < r.end) return true;
  return false;
}

/** `s` with the given clauses blanked out (same length, so offsets still hold). */
export function withoutClauses(s: string, ranges: readonly ClauseRange[]): string {
  if (ranges.length === 0) return s;
  let out = '';
  let from = 0;
  for (const r of ranges) {
    out += s.slice(from, r.start) + ' '.repeat(r.end - r.start);
    from = r.end;
  }
  return out + s.slice(from);
}

/** Whether `s` hands clues or problems over (for 据此 in the next sentence). */
export function handsOver(s: string): boolean {
  return HANDOVER.test(s);
}
