// Is a document about inspection work (巡视 / 巡察)? A title that names it settles it; otherwise the body must
// keep returning to it. 巡视员 (a civil-service rank) and 视频巡视 (a premier "touring" by video) do not count.

/** Words starting with 巡视 that are not inspection work (what follows 巡视), and their first characters. */
const NOT_INSPECTION_AFTER = ['员', '检查', '河', '了解'];
const NOT_INSPECTION_FIRST = NOT_INSPECTION_AFTER.map((w) => w.charCodeAt(0));

function isInspectionAt(s: string, i: number): boolean {
  const next = s.charCodeAt(i + 1);
  if (next === 0x5bdf) return true; // 察
  if (next !== 0x89c6) return false; // 视
  if (i >= 2 && s.startsWith('视频', i - 2)) return false;
  // The character after 巡视 compared with the words' first characters; only a word that starts there is read.
  const after = s.charCodeAt(i + 2);
  for (let k = 0; k < NOT_INSPECTION_FIRST.length; k++) {
    if (after === NOT_INSPECTION_FIRST[k]) return !s.startsWith(NOT_INSPECTION_AFTER[k], i + 2);
  }
  return true;
}

/** Mentions of inspection work in `s` (巡视 / 巡察, minus the senses that are not inspection work). */
export function countInspectionMentions(s: string): number {
  const c = inspectionCounts(s);
  return c.xunshi + c.xuncha;
}

/** Whether `s` mentions inspection work at all: countInspectionMentions(s) > 0, stopping at the first mention. */
export function mentionsInspection(s: string): boolean {
  for (let i = s.indexOf('巡'); i >= 0; i = s.indexOf('巡', i + 1)) if (isInspectionAt(s, i)) return true;
  return false;
}

/** 巡视 (central / provincial) and 巡察 (city / county) mentions of inspection work, in one pass. */
export function inspectionCounts(s: string): { xunshi: number; xuncha: number } {
  let xunshi = 0;
  let xuncha = 0;
  for (let i = s.indexOf('巡'); i >= 0; i = s.indexOf('巡', i + 1)) {
    if (!isInspectionAt(s, i)) continue;
    if (s.charCodeAt(i + 1) === 0x5bdf) xuncha++;
    else xunshi++;
  }
  return { xunshi, xuncha };
}

/**
 * 巡视巡察整改 / 巡视整改 named in passing (a bank's results: 持续推进巡视巡察整改) is the follow-up of an
 * inspection done elsewhere, not inspection work the article reports: such mentions do not make a body about it.
 */
const PASSING_RECTIFICATION = /巡[视察](?:巡[视察])?(?:反馈(?:意见|问题)?的?)?整改/g;

/** Mentions of inspection work that can make a text about it: all mentions minus those in a passing 巡视整改. */
export function topicMentions(s: string): number {
  const n = countInspectionMentions(s);
  if (n === 0 || s.indexOf('整改') < 0) return n;
  let passing = 0;
  PASSING_RECTIFICATION.lastIndex = 0;
  for (let m = PASSING_RECTIFICATION.exec(s); m; m = PASSING_RECTIFICATION.exec(s)) passing += m[0].charCodeAt(2) === 0x5de1 ? 2 : 1; // 巡视巡察… holds two mentions
  return Math.max(0, n - passing);
}

/** Minimum body mentions for an article whose title does not name inspection. */
export const MIN_BODY_MENTIONS = 4;

export function isAboutInspection(title: string, text: string): boolean {
  if (mentionsInspection(title)) return true;
  const n = topicMentions(text);
  if (n >= MIN_BODY_MENTIONS) return true;
  // A team at work (巡察组, 巡视组) is worth one more mention than the word alone.
  return n === MIN_BODY_MENTIONS - 1 && /巡[视察]组/.test(text);
}
