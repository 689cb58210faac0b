// Is a document about inspection work (巡视 / 巡察)? A title that names it settles it; otherwise the body must
// keep returning to it. 巡视员 (a civil-service rank) and 视频巡视 (a premier "touring" by video) do not count.

const INSPECTION = /巡视|巡察/g;
const NOT_INSPECTION = /巡视员|视频巡视|巡视检查|巡视河|巡视了解/g;

/** Mentions of inspection work in `s`. */
export function countInspectionMentions(s: string): number {
  const all = s.match(INSPECTION)?.length ?? 0;
  const false_ = s.match(NOT_INSPECTION)?.length ?? 0;
  return all - false_;
}

/** Minimum body mentions for an article whose title does not name inspection. */
export const MIN_BODY_MENTIONS = 4;

export function isAboutInspection(title: string, text: string): boolean {
  if (countInspectionMentions(title) > 0) return true;
  // A team at work (巡察组, 巡视组) is worth one more mention than the word alone.
  const teams = /巡[视察]组/.test(text) ? 1 : 0;
  return countInspectionMentions(text) + teams >= MIN_BODY_MENTIONS;
}
