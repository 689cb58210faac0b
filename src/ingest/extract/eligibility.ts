// Which sentences may carry inspection figures. In an article whose title names inspection work, every sentence
// may, except those whose subject is other discipline work (纪检监察机关, 纪委监委 statistics, 八项规定,
// 督导组). In other articles only sentences that name inspection themselves, and the one sentence right after
// such a sentence in the same paragraph (…巡视发现问题线索120件。其中涉及县处级干部36件。), may: a year review
// of discipline work moves on from inspection to campaign statistics within a paragraph.
// Two kinds of sentence never carry figures, whatever they name: the inspection bodies reviewing themselves
// (their own problems and fixes are not findings of an inspection), and discipline statistics where inspection
// is only one channel in a list (通过信访举报、巡察、审计等渠道收集问题线索…).
import { countInspectionMentions } from './topic';
import type { Sentence } from './sentences';

const OTHER_WORK = /纪检监察机关|纪检监察组织|专项整治|纪检监察干部|督导组|督查组|督察组|八项规定|四风|扫黄打非|追逃|追赃|派驻/;
/** A discipline commission as the subject of a clause (某市纪委监委今年以来查处…), not its object (向县纪委移送). */
const COMMISSION_SUBJECT = /(?:^|[，。；：,;:])[^，。；：,;:向对给交由到经与和及从自在被同联会、]{0,10}纪委/;

/** Self-review words: 自查, 自我检视, 自身问题 … */
const SELF_REVIEW = /自查|自我检视|自我评估|自我剖析|自我体检|自我革命|自身问题|自身存在|自身建设|检视自身|查摆自身|刀刃向内/;
/** The inspection bodies as the subject of a review: 巡视机构, 巡察办, 巡察干部队伍 … (not 被巡察党组织). */
const INSPECTION_BODY = /(?:巡视|巡察)(?:工作)?(?:机构|办|机关|干部|队伍|工作领导小组)|自身问题/;

/** The inspected units checking themselves at the inspection body's bidding (督促被巡察单位开展自查自纠). */
const INSPECTED_SELF_CHECK = /被(?:巡视|巡察)(?:单位|党组织|对象)[^，。；]{0,8}自查/;

/** The inspection bodies reviewing their own work: nothing in the sentence is a figure of an inspection. */
export function isSelfReview(s: string): boolean {
  return (
    (s.indexOf('自') >= 0 || s.indexOf('刀刃') >= 0) &&
    SELF_REVIEW.test(s) &&
    INSPECTION_BODY.test(s) &&
    !INSPECTED_SELF_CHECK.test(s)
  );
}

/** Inspection named only as one item of a list of channels or means: 通过信访举报、巡察、审计等渠道. */
const CHANNEL_LIST = /(?:、(?:巡视|巡察)[^，。；、]{0,4}|(?:巡视|巡察)[^，。；、]{0,4}、)[^，。；]{0,30}等[^，。；]{0,8}(?:渠道|途径|方式|手段|来源|方面)/;

/** Inspection as the source of what the commission handles: 对巡察移交的问题线索, 巡视发现的问题. */
const FROM_INSPECTION = /(?:巡视|巡察)(?:组|工作|期间|中)?所?(?:移交|移送|交办|反馈|发现)|(?:移交|移送|交办)[^，。；]{0,4}(?:巡视|巡察)/;

/**
 * A discipline commission's own statistics that name inspection only as one of its tools
 * (市纪委监委坚持把巡察作为重要抓手，今年以来立案312件，处分298人), not as the source of the cases.
 */
export function isCommissionStatistics(s: string): boolean {
  return s.indexOf('纪委') >= 0 && COMMISSION_SUBJECT.test(s) && !FROM_INSPECTION.test(s);
}

export function inspectionOnlyAsChannel(s: string): boolean {
  return s.indexOf('等') >= 0 && s.indexOf('、') >= 0 && CHANNEL_LIST.test(s) && countInspectionMentions(s.replace(CHANNEL_LIST, '')) === 0;
}

/** `names[i]`: whether sentence i names inspection work itself (countInspectionMentions > 0). */
export function eligibleSentences(title: string, sentences: Sentence[], names: boolean[]): boolean[] {
  const focused = countInspectionMentions(title) > 0;
  const out: boolean[] = [];
  let paragraph = -1;
  let follows = false;
  // A self-review goes on in the paragraph's next sentences until one names inspection work again
  // (巡察办开展自查。共查找问题14个，制定整改措施37条。).
  let inSelfReview = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      follows = false;
      inSelfReview = false;
    }
    if (isSelfReview(s.text)) inSelfReview = true;
    else if (names[i]) inSelfReview = false;
    if (inSelfReview || (names[i] && (inspectionOnlyAsChannel(s.text) || isCommissionStatistics(s.text)))) {
      out.push(false);
      follows = false;
      continue;
    }
    const named = names[i];
    const other = !named && (OTHER_WORK.test(s.text) || (s.text.indexOf('纪委') >= 0 && COMMISSION_SUBJECT.test(s.text)));
    out.push(named || (!other && (focused || follows)));
    follows = named;
  }
  return out;
}
