// Stable identifiers: short hashes of where a record came from, so ids survive re-runs and other machines.
import * as crypto from 'node:crypto';
import type { SourceRef } from '../core/contract';
import { foldText } from './clean/foldText';

/** SHA-1 in hex: the one-shot crypto.hash (Node ≥ 20.12) costs less than half a Hash object for short texts. */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'hex')
    : (text) => crypto.createHash('sha1').update(text).digest('hex');

export function shortHash(text: string, length = 12): string {
  return sha1Hex(text).slice(0, length);
}

export function articleId(source: SourceRef): string {
  return shortHash(source.item === undefined ? source.file : `${source.file}#${source.item}`);
}

const FINGERPRINT_CHARS = 4000;

/**
 * A fingerprint of an article's words, blind to spacing, punctuation and full/half-width differences between
 * copies. The first few thousand characters identify an article; hashing all of a long text would cost more
 * and tell no more.
 */
export function contentHash(title: string, text: string): string {
  const body = foldText(text, FINGERPRINT_CHARS);
  // A long text identifies the article by itself (a reprint may retitle it); a short one needs its title.
  return shortHash(body.length >= 200 ? body : `${foldText(title, FINGERPRINT_CHARS)}|${body}`, 16);
}
