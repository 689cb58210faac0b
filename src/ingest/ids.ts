// Stable identifiers: short hashes of where a record came from, so ids survive re-runs and other machines.
import * as crypto from 'node:crypto';
import type { SourceRef } from '../core/contract';
import { foldText, foldTextUtf8 } from './clean/foldText';

/** SHA-1 in hex: the one-shot crypto.hash (Node ≥ 20.12) costs less than half a Hash object for short texts. */
const sha1Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha1', data, 'hex')
    : (data) => crypto.createHash('sha1').update(data).digest('hex');

export function shortHash(text: string, length = 12): string {
  return sha1Hex(text).slice(0, length);
}

export function articleId(source: SourceRef): string {
  return shortHash(source.item === undefined ? source.file : `${source.file}#${source.item}`);
}

const FINGERPRINT_CHARS = 4000;
/** The folded text's UTF-8 bytes (foldTextUtf8 writes at most 3 bytes per character). */
const foldedBytes = new Uint8Array(FINGERPRINT_CHARS * 3);

/**
 * A fingerprint of an article's words, blind to spacing, punctuation and full/half-width differences between
 * copies. The first few thousand characters identify an article; hashing all of a long text would cost more
 * and tell no more.
 */
export function contentHash(title: string, text: string): string {
  // The usual case, a long text of table characters: its folded bytes are hashed as they are written (no string is
  // built, flattened and encoded again); the same digest as the folded string's.
  const folded = foldTextUtf8(text, FINGERPRINT_CHARS, foldedBytes);
  if (folded !== null && folded.chars >= 200) return sha1Hex(foldedBytes.subarray(0, folded.bytes)).slice(0, 16);
  const body = foldText(text, FINGERPRINT_CHARS);
  // A long text identifies the article by itself (a reprint may retitle it); a short one needs its title.
  return shortHash(body.length >= 200 ? body : `${foldText(title, FINGERPRINT_CHARS)}|${body}`, 16);
}
