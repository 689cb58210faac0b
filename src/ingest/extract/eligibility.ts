// Which sentences may carry inspection figures. In an article whose title names inspection work, every sentence
// may, except those whose subject is general discipline work (纪检监察机关, 八项规定 statistics, 督导组). In other
// articles only sentences that name inspection themselves, and the one sentence right after such a sentence in
// the same paragraph (…巡视发现问题线索120件。其中涉及县处级干部36件。), may: a year review of discipline
// work moves on from inspection to campaign statistics within a paragraph.
import { countInspectionMentions } from './topic';
import type { Sentence } from './sentences';

const OTHER_WORK = /纪检监察机关|纪检监察组织|专项整治|纪检监察干部|督导组|督查组|督察组|八项规定|四风|扫黄打非|追逃|追赃|派驻/;

/** `names[i]`: whether sentence i names inspection work itself (countInspectionMentions > 0). */
export function eligibleSentences(title: string, sentences: Sentence[], names: boolean[]): boolean[] {
  const focused = countInspectionMentions(title) > 0;
  const out: boolean[] = [];
  let paragraph = -1;
  let follows = false;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      follows = false;
    }
    const named = names[out.length];
    const other = !named && OTHER_WORK.test(s.text);
    out.push(named || (!other && (focused || follows)));
    follows = named;
  }
  return out;
}
