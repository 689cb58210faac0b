// Dates later than anything else in the corpus vouches for are not trusted: a date is dropped (with a warning)
// when its year is more than one year after the newest other evidence (other articles' dates, years the texts
// name). Never compared with the machine's clock, so the output does not depend on the day it is made.
import type { Warning } from '../../core/contract';
import type { ArticleDraft } from '../processFile';
import type { FactCore } from '../types';
import { staleArticleBytes } from '../output/bankArticles';

export function dropFutureDates(drafts: ArticleDraft<FactCore>[]): Warning[] {
  const warnings: Warning[] = [];
  const years = drafts.map((d) => (d.article.date ? Number(d.article.date.slice(0, 4)) : -Infinity));
  const sortedYears = [...years].sort((a, b) => b - a);
  const textYear = drafts.reduce((max, d) => Math.max(max, d.maxYear ?? -Infinity), -Infinity);
  drafts.forEach((d, i) => {
    if (!d.article.date) return;
    // The newest date among the others: the top one unless it is this article's own.
    const otherYear = years[i] === sortedYears[0] ? sortedYears[1] ?? -Infinity : sortedYears[0];
    const evidence = Math.max(otherYear, textYear);
    if (evidence === -Infinity || years[i] <= evidence + 1) return;
    const written = d.article.date;
    warnings.push({
      source: d.article.source,
      code: 'future-date',
      message: `The date ${written} is later than anything else in the corpus (newest evidence: ${evidence}); it was ignored.`,
    });
    staleArticleBytes(d);
    d.article.date = null;
    d.article.dateSource = { inferred: false, kind: 'none', reason: `the written date ${written} lies in the future of the corpus` };
  });
  return warnings;
}
