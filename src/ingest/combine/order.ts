// Orderings shared by the corpus-wide steps, so every run sorts the same way on every machine.
import type { SourceRef } from '../../core/contract';

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
