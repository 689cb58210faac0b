// Stable identifiers: short hashes of where a record came from, so ids survive re-runs and other machines.
import * as crypto from 'node:crypto';
import type { SourceRef } from '../core/contract';
import { foldText, foldTextUtf16 } from './clean/foldText';

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
/** The folded text's UTF-16 code units (foldTextUtf16 writes one per character kept). */
const foldedUnits = new Uint16Array(FINGERPRINT_CHARS);
/** Their bytes as hashed: UTF-16LE, which is how a Uint16Array lies in memory on the machines Node runs on. */
const foldedUnitBytes = new Uint8Array(foldedUnits.buffer);
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The text with each lone surrogate as U+FFFD (the general fold may cut a pair at its end): UTF-16 that tells apart
 * exactly the texts UTF-8 would, which writes U+FFFD for a lone surrogate.
 */
function wellFormed(text: string): string {
  return /[\ud800-\udfff]/.test(text) ? text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : text;
}

/** The digest of a long folded text: SHA-1 of its UTF-16LE code units (no UTF-8 encoding to make first). */
function foldedDigest(units: Uint8Array): string {
  return sha1Hex(units).slice(0, 16);
}

/**
 * A fingerprint of an article's words, blind to spacing, punctuation and full/half-width differences between
 * copies. The first few thousand characters identify an article; hashing all of a long text would cost more
 * and tell no more. Fingerprints are only compared with each other within a run (de-duplication), never written:
 * a long text's is the digest of its folded UTF-16 code units, however it was folded, so that two copies folded
 * by different paths still compare equal.
 */
export function contentHash(title: string, text: string): string {
  // The usual case, a long text of table characters: its folded units are hashed as they are written (no string is
  // built, flattened and encoded).
  const folded = LITTLE_ENDIAN ? foldTextUtf16(text, FINGERPRINT_CHARS, foldedUnits) : null;
  if (folded !== null && folded >= 200) return foldedDigest(foldedUnitBytes.subarray(0, folded * 2));
  const body = foldText(text, FINGERPRINT_CHARS);
  // A long text identifies the article by itself (a reprint may retitle it); a short one needs its title.
  if (body.length >= 200) return foldedDigest(Buffer.from(wellFormed(body), 'utf16le'));
  return shortHash(`${foldText(title, FINGERPRINT_CHARS)}|${body}`, 16);
}
