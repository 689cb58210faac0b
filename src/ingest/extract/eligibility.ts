// Which sentences may carry inspection figures, and which of their clauses may not. In an article whose title
// names inspection work, every sentence may, except those whose subject is other discipline work (纪检监察机关,
// 八项规定, 督导组). In other articles only sentences that name inspection themselves, and the one sentence right
// after such a sentence in the same paragraph (…巡视发现问题线索120件。其中涉及县处级干部36件。), may: a year
// review of discipline work moves on from inspection to campaign statistics within a paragraph.
// The inspection bodies reviewing themselves never carry figures (their own problems and fixes are not findings
// of an inspection). Within a sentence, the clauses that report a discipline commission's own work carry none
// (commissionClauses.ts): its campaign statistics, inspection as one of its channels or tools.
import { handsOver, keysMayHoldCommissionWork, NONE, ownCommissionClauses, withoutClauses, type ClauseRange } from './commissionClauses';
import { mentionsInspection } from './topic';
import { hasKey, KEY, type Sentence } from './sentences';

const OTHER_WORK = /纪检监察机关|纪检监察组织|专项整治|纪检监察干部|督导组|督查组|督察组|八项规定|四风|扫黄打非|追逃|追赃|派驻/;

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

export interface SentenceScope {
  /** Whether the sentence may carry figures at all. */
  figures: boolean;
  /** Its clauses that report a commission's own work: no figure there, and no inspection named there. */
  excluded: readonly ClauseRange[];
  /** Whether it names inspection work outside those clauses. */
  names: boolean;
}

const endsExcluded = (s: string, excluded: readonly ClauseRange[]) => excluded.length > 0 && excluded[excluded.length - 1].end === s.length;

/** `names[i]`: whether sentence i names inspection work itself (mentionsInspection). */
export function sentenceScopes(title: string, sentences: Sentence[], names: boolean[]): SentenceScope[] {
  const focused = mentionsInspection(title);
  const out: SentenceScope[] = [];
  let paragraph = -1;
  let follows = false;
  // A handing-over to the commission, so that 据此 / 对上述线索 in the next sentence points back at it.
  let handover = false;
  // A self-review goes on in the paragraph's next sentences until one names inspection work again
  // (巡察办开展自查。共查找问题14个，制定整改措施37条。).
  let inSelfReview = false;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    const s = sentence.text;
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      follows = false;
      handover = false;
      inSelfReview = false;
    }
    // The key characters (sentences.ts) tell most sentences apart from these words without reading them.
    const excluded: readonly ClauseRange[] = keysMayHoldCommissionWork(sentence.keys) ? ownCommissionClauses(s, handover) : NONE;
    const named: boolean = names[i] && (excluded.length === 0 || mentionsInspection(withoutClauses(s, excluded)));
    if (hasKey(sentence, KEY.自 | KEY.刀) && isSelfReview(s)) inSelfReview = true;
    else if (names[i]) inSelfReview = false;
    if (inSelfReview) {
      out.push({ figures: false, excluded, names: named });
      follows = handover = false;
      continue;
    }
    const other = !named && OTHER_WORK.test(s);
    out.push({ figures: named || (!other && (focused || follows)), excluded, names: named });
    follows = named && !endsExcluded(s, excluded);
    handover = named && hasKey(sentence, KEY.移) && handsOver(withoutClauses(s, excluded));
  }
  return out;
}
