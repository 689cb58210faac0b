// Deterministic JSON: object keys sorted at every level, arrays in the order given (callers sort records).
// Top-level arrays are written one element per line, so a change in data/ reads well in a diff.

function keysInOrder(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/**
 * The value with object keys sorted at every level and undefined members dropped. Objects that already are in
 * order are returned as they are (no copy), so records built in key order cost only the check.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue; // numbers and strings of columnar arrays
      const v = sortKeys(item);
      if (v !== value[i]) (copy ??= value.slice())[i] = v;
    }
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let same = keysInOrder(keys);
  // Children that changed (sorted copies) or are undefined (dropped); most children are neither.
  let changed: Map<string, unknown> | null = null;
  for (const k of keys) {
    const child = obj[k];
    const v = child === undefined || child === null || typeof child !== 'object' ? child : sortKeys(child);
    if (v !== child || v === undefined) {
      same = false;
      (changed ??= new Map()).set(k, v);
    }
  }
  if (same) return obj;
  const out: Record<string, unknown> = {};
  for (const k of keys.sort()) {
    const v = changed?.has(k) ? changed.get(k) : obj[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Elements of a long array are joined into pieces of about this many characters: a million numbers are not a
 * million pieces. Pieces stay small (tens of kilobytes) for V8's young generation: a string over ~128 KB goes
 * straight to the old generation and lingers there until a full collection, which on a large corpus adds
 * hundreds of megabytes to the peak.
 */
const PIECE_CHARS = 1 << 14;

export interface ChunkOptions {
  /**
   * Writers for the elements of named top-level members whose records are built with their keys already in order
   * (articles, facts): they skip the key check, which costs as much as writing them on a large corpus. A writer
   * may give bytes (JSON already encoded elsewhere) instead of text.
   */
  records?: Record<string, (item: unknown) => string | Buffer>;
}

/** Pieces of text and bytes as one piece: text alone stays text; with bytes among them, all become bytes. */
function joined(parts: (string | Buffer)[], separator: string): string | Buffer {
  if (parts.every((p) => typeof p === 'string')) return parts.join(separator);
  const sep = Buffer.from(separator);
  return Buffer.concat(parts.flatMap((p, i) => [...(i > 0 ? [sep] : []), typeof p === 'string' ? Buffer.from(p) : p]));
}

/**
 * The JSON text in pieces (the same bytes as stableStringify): blocks of whole elements for top-level arrays, so
 * a file of a million records is written without ever holding it as one string.
 */
export function* stableJsonChunks(value: unknown, options: ChunkOptions = {}): Generator<string | Buffer> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    yield `${JSON.stringify(sortKeys(value))}\n`;
    return;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  yield '{';
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]];
    yield `${i > 0 ? ',\n' : ''}${JSON.stringify(keys[i])}:`;
    if (Array.isArray(v) && v.length > 0 && !options.records?.[keys[i]] && isNumberColumn(v)) {
      // A column of numbers (the app index has a few of a million): joined natively, a slice at a time.
      yield '[\n';
      for (let j = 0; j < v.length; j += NUMBERS_PER_PIECE) yield `${j > 0 ? ',\n' : ''}${v.slice(j, j + NUMBERS_PER_PIECE).join(',\n')}`;
      yield '\n]';
    } else if (Array.isArray(v) && v.length > 0) {
      const write = options.records?.[keys[i]] ?? writeElement;
      yield '[\n';
      let parts: (string | Buffer)[] = [];
      let size = 0;
      for (let j = 0; j < v.length; j++) {
        const piece = write(v[j]);
        parts.push(piece);
        size += piece.length;
        if (size >= PIECE_CHARS || j === v.length - 1) {
          if (j >= parts.length) yield ',\n';
          yield joined(parts, ',\n');
          parts = [];
          size = 0;
        }
      }
      yield '\n]';
    } else {
      yield JSON.stringify(sortKeys(v));
    }
  }
  yield '}\n';
}

/** Numbers per piece of a number column (a few characters each: pieces of a few kilobytes). */
const NUMBERS_PER_PIECE = 4096;

/** Finite numbers only (what JSON.stringify writes as Array.prototype.join does: NaN and ±Infinity it writes null). */
function isNumberColumn(v: unknown[]): boolean {
  for (const x of v) if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  return true;
}

/** An element of a top-level array; numbers (the columns of the app index) without a call to JSON.stringify. */
function writeElement(item: unknown): string {
  if (typeof item === 'number' && Number.isFinite(item)) return String(item);
  // A short list of numbers (an article's province codes in the app index): joined without a key pass.
  if (Array.isArray(item) && isNumberColumn(item)) return `[${item.join(',')}]`;
  return JSON.stringify(sortKeys(item));
}

export function stableStringify(value: unknown, options: ChunkOptions = {}): string {
  return [...stableJsonChunks(value, options)].map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join('');
}

/** Stands in for the elements: JSON text holds no raw NUL (JSON.stringify escapes it), so it marks one place only. */
const ELEMENTS = '\u0000';

/**
 * The JSON text of `value` around the elements of its top-level arrays `keys`, for a writer that supplies those
 * elements itself (joined by ",\n"): the text before the first key's elements, between each key's last element
 * and the next key's first, and after the last. Keys are given in the order they are written (code point order).
 * The arrays must not be empty (an empty one is written `[]`, with no place for elements). A piece is text, or
 * bytes when some record writer gave bytes.
 */
export function stableJsonFrame(value: Record<string, unknown>, keys: string[], options: ChunkOptions = {}): (string | Buffer)[] {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] < keys[i])) throw new Error(`frame keys out of order: ${keys.join(', ')}`);
  const marked = { ...value };
  const records = { ...options.records };
  for (const key of keys) {
    marked[key] = [ELEMENTS];
    records[key] = () => ELEMENTS;
  }
  const pieces: (string | Buffer)[][] = [[]];
  // Each marker is an array's only element, so it is a piece of its own.
  for (const piece of stableJsonChunks(marked, { records })) {
    if (piece === ELEMENTS) pieces.push([]);
    else pieces[pieces.length - 1].push(piece);
  }
  return pieces.map((list) => joined(list, ''));
}
