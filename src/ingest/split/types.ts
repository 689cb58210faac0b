// What a splitter returns for one decoded file: the items it found, and what it had to refuse or warn about.
import type { Reject, Warning } from '../../core/contract';
import type { RawItem } from '../types';

export interface SplitResult {
  items: RawItem[];
  rejects: Reject[];
  warnings: Warning[];
  /** A date the whole file is about (a daily export named 20211013.json): context for its items. */
  containerDate?: string;
}

export const looksLikeHtml = (s: string): boolean => /<(p|div|br|span|h[1-6]|table|section|article|strong|a)\b[^>]*>/i.test(s);
