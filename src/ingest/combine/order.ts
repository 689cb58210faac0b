// Orderings shared by the corpus-wide steps, so every run sorts the same way on every machine.
import type { Fact, SourceRef } from '../../core/contract';
import { isWhole, type FactCore } from '../types';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** File path, then item index (numerically), then item key. */
export function compareSource(a: SourceRef, b: SourceRef): number {
  const byFile = compareText(a.file, b.file);
  if (byFile !== 0) return byFile;
  if (a.item === b.item) return 0;
  if (a.item === undefined) return -1;
  if (b.item === undefined) return 1;
  if (typeof a.item === 'number' && typeof b.item === 'number') return a.item - b.item;
  return compareText(String(a.item), String(b.item));
}

/** Known dates first, earliest first (a shorter YYYY or YYYY-MM sorts before the days within it). */
export function compareDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** An id's trailing number (a figure's place in its article: "3f2a….12" → 12); -1 when it has none. */
function idIndex(id: string): number {
  const dot = id.lastIndexOf('.');
  const n = dot >= 0 ? Number(id.slice(dot + 1)) : NaN;
  return Number.isInteger(n) ? n : -1;
}

/** One article's figures in text order: sentence, then number, then place among the article's figures. */
export function compareFactPosition(a: Fact, b: Fact): number {
  return a.evidence.offset - b.evidence.offset || a.evidence.start - b.evidence.start || idIndex(a.id) - idIndex(b.id) || compareText(a.id, b.id);
}

/** The facts file's order: by article id, then text order (banked figures come in text order: a stable sort keeps it). */
export function compareFacts(a: FactCore, b: FactCore): number {
  return compareText(a.articleId, b.articleId) || (isWhole(a) && isWhole(b) ? compareFactPosition(a, b) : 0);
}

/** Extraction yields an article's figures in text order: checking costs less than sorting every article's list. */
export function inTextOrder(facts: FactCore[]): boolean {
  for (let i = 1; i < facts.length; i++) {
    const [a, b] = [facts[i - 1], facts[i]];
    if (isWhole(a) && isWhole(b) && compareFactPosition(a, b) > 0) return false;
  }
  return true;
}
