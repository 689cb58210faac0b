// Step 2: bytes → text. UTF-8 (with or without BOM) first; GB18030/GBK when the bytes are not UTF-8;
// binary files (NUL bytes, image/archive signatures) are refused. The text is normalised: CRLF/CR → LF,
// control characters and lone surrogates removed, so later steps see clean Unicode only.
import { isUtf8, transcode } from 'node:buffer';
import type { Warning } from '../../core/contract';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030'; warnings: Omit<Warning, 'source'>[] }
  | { ok: false; code: string; reason: string };

const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'BMP image', bytes: [0x42, 0x4d] },
];

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const gb18030Fatal = new TextDecoder('gb18030', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/** The kind of binary file, or null when the bytes could be text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (startsWith(bytes, s.bytes) && s.name !== 'BMP image') return s.name;
  // NUL bytes never occur in UTF-8 or GB18030 text; look at the first 8 KB.
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return startsWith(bytes, [0x42, 0x4d]) ? 'BMP image' : 'binary data (NUL bytes)';
  return null;
}

/** Control characters (but CR), surrogates and U+FFFE/FFFF: a text without any needs no repair but CRLF. */
// eslint-disable-next-line no-control-regex
const MAY_NEED_REPAIR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE_ALL = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Removes C0/C1 control characters (except tab and newline), lone surrogates and U+FFFE/FFFF; CRLF → LF.
 * One scan that copies nothing first tells whether the text needs more than CRLF → LF: most texts do not.
 */
export function normaliseText(text: string): string {
  let out = text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  if (MAY_NEED_REPAIR.test(out)) out = out.replace(CONTROL_ALL, '').replace(LONE_SURROGATE_ALL, '');
  return out;
}

/** How many bytes at the end form an incomplete UTF-8 sequence (0 when the end is clean). */
function truncatedUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Strict UTF-8 decoding, the same string as `utf8Fatal.decode` gives (one leading BOM dropped, null when any byte
 * is not UTF-8), at a third of its cost for Chinese text: simdutf validates, ICU converts to UTF-16 in bulk and the
 * string is one copy of that, where V8 builds a two-byte string from UTF-8 character by character.
 */
function decodeUtf8Strict(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    const utf16 = transcode(body, 'utf8', 'utf16le');
    return utf16.toString('utf16le');
  } catch {
    // A Node built without ICU has no transcode; a text too long for one string fails here as it would below.
    return tryDecode(utf8Fatal, bytes);
  }
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'The file is empty (0 bytes).' };
  const binary = detectBinary(bytes);
  if (binary) return { ok: false, code: 'binary', reason: `The file holds ${binary}, not text.` };

  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { ok: true, text: normaliseText(utf8), encoding: 'utf-8', warnings: [] };

  // A file cut off inside a multi-byte character: valid UTF-8 except for its last bytes.
  const tail = truncatedUtf8Tail(bytes);
  if (tail > 0) {
    const head = tryDecode(utf8Fatal, bytes.subarray(0, bytes.length - tail));
    if (head !== null) {
      return {
        ok: true,
        text: normaliseText(head),
        encoding: 'utf-8',
        warnings: [{ code: 'truncated-utf8', message: `The file ends inside a UTF-8 character (cut off?); the last ${tail} byte(s) were dropped.` }],
      };
    }
  }

  const gb = tryDecode(gb18030Fatal, bytes);
  if (gb !== null) return { ok: true, text: normaliseText(gb), encoding: 'gb18030', warnings: [] };

  // Neither encoding fits every byte: keep what UTF-8 can read, and say so.
  const lenient = utf8Lenient.decode(bytes);
  const bad = (lenient.match(/\ufffd/g) ?? []).length;
  if (bad > lenient.length / 10) {
    return { ok: false, code: 'unreadable', reason: 'The file is neither UTF-8 nor GB18030/GBK text (too many invalid bytes).' };
  }
  return {
    ok: true,
    text: normaliseText(lenient.replace(/\ufffd/g, '')),
    encoding: 'utf-8',
    warnings: [{ code: 'invalid-bytes', message: `${bad} invalid byte sequence(s) were dropped while reading the file as UTF-8.` }],
  };
}
