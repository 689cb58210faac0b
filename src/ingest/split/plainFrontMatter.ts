// A fast reader for the front matter most posts have: top-level "key: value" lines whose values are one-line
// scalars (plain, 'single' or "double" quoted without escapes) or lists of such scalars ("categories:" then
// " - 金融" lines). It gives exactly what js-yaml's core schema gives for such a block, at a small part of its
// cost (a post's front matter is a few lines; js-yaml's general machinery costs more than the rest of the split).
// Anything else — nesting, multi-line or block scalars, anchors, tags, comments, flow collections, escapes,
// numbers — is declined (null), and the caller reads the block with js-yaml: this reader only has to be right
// about what it accepts.

export type PlainValue = string | boolean | null | PlainValue[];

// A post's block is read once per file, so this reader walks each line by character codes instead of matching a
// handful of regular expressions per line (they cost more than the rest of the split). What a line may be:
//   key line   /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: +(.*))?$/
//   list item  /^( *)-(?: (.*))?$/
const SINGLE_QUOTED = /^'((?:[^']|'')*)' *$/;
const DOUBLE_QUOTED = /^"([^"\\]*)" *$/;
/** Characters a plain scalar may not start with (YAML indicators, quotes, white space). */
const INDICATORS = "-?:,[]{}#&*!|>'\"%@` ";
/**
 * What js-yaml refuses anywhere in a stream, the BOM (which it treats apart), and the line separators U+2028/2029
 * (a "." in the line patterns above does not match them): a block holding any is left to js-yaml.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\t\r\ufeff\ufffe\uffff\ud800-\udfff\u2028\u2029]/;
/** A plain scalar the core schema may read as a number (1, -2.5, 0x1F, 1_000, .inf …): left to js-yaml. */
const NUMBER_LIKE = /^[-+.0-9][-+.0-9A-Za-z_]*$/;
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

const SPACE = 0x20;
const DASH = 0x2d;
const COLON = 0x3a;
const MAX_KEY = 64;

const isKeyStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isKeyChar = (c: number): boolean => isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === DASH;
/** Only a line starting with a space or a non-ASCII character can be blank (trim's white space). */
const isBlank = (line: string): boolean => line.length === 0 || ((line.charCodeAt(0) <= SPACE || line.charCodeAt(0) >= 0x80) && line.trim() === '');

/** True when the text is empty or spaces only; other blank characters (U+3000, say) make a value js-yaml keeps. */
function onlySpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}

/** A value written after "key: " or "- ", as the core schema reads it; undefined when declined. */
function scalar(raw: string): PlainValue | undefined {
  const first = raw[0];
  if (first === "'") {
    const single = SINGLE_QUOTED.exec(raw);
    return single ? (single[1].includes("''") ? single[1].replace(/''/g, "'") : single[1]) : undefined;
  }
  if (first === '"') return DOUBLE_QUOTED.exec(raw)?.[1];
  if (INDICATORS.includes(first) || raw.includes(': ') || raw.includes(' #')) return undefined;
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === SPACE) end--;
  const value = end === raw.length ? raw : raw.slice(0, end);
  if (value.endsWith(':') || NUMBER_LIKE.test(value)) return undefined;
  if (NULLS.has(value)) return null;
  return BOOLEANS.get(value) ?? value;
}

/** The text after "- " of a list item line (undefined when it holds only "-"), or null when the line is no item. */
function itemOf(line: string): { indent: number; text: string | undefined } | null {
  let indent = 0;
  while (line.charCodeAt(indent) === SPACE) indent++;
  if (line.charCodeAt(indent) !== DASH) return null;
  if (indent + 1 === line.length) return { indent, text: undefined };
  return line.charCodeAt(indent + 1) === SPACE ? { indent, text: line.slice(indent + 2) } : null;
}

/** The key and the value text of a key line (the spaces after the colon skipped), or null when the line is none. */
function entryOf(line: string): { key: string; raw: string } | null {
  if (!isKeyStart(line.charCodeAt(0))) return null;
  let colon = 1;
  while (colon < line.length && colon <= MAX_KEY && isKeyChar(line.charCodeAt(colon))) colon++;
  if (colon > MAX_KEY || line.charCodeAt(colon) !== COLON) return null;
  const key = line.slice(0, colon);
  if (colon + 1 === line.length) return { key, raw: '' };
  if (line.charCodeAt(colon + 1) !== SPACE) return null;
  let from = colon + 2;
  while (line.charCodeAt(from) === SPACE) from++;
  return { key, raw: line.slice(from) };
}

/**
 * The mapping of a front matter block in the plain shape above, or null when the block is anything else (then
 * only js-yaml can tell what it holds, or that it is not valid YAML). A repeated key keeps its last value, as
 * js-yaml's json mode does.
 */
export function readPlainFrontMatter(yamlText: string): Record<string, PlainValue> | null {
  if (UNSAFE.test(yamlText)) return null;
  const out: Record<string, PlainValue> = {};
  let keys = 0;
  // The list being read (after "key:" with nothing after it) and the indentation of its items.
  let list: PlainValue[] | null = null;
  let listKey = '';
  let itemIndent = -1;
  for (let start = 0; start <= yamlText.length; ) {
    let end = yamlText.indexOf('\n', start);
    if (end < 0) end = yamlText.length;
    const line = yamlText.slice(start, end);
    start = end + 1;
    if (isBlank(line)) continue;
    const item = itemOf(line);
    if (item) {
      if (list === null || (itemIndent >= 0 && item.indent !== itemIndent)) return null;
      itemIndent = item.indent;
      const value = item.text === undefined || onlySpaces(item.text) ? null : scalar(item.text);
      if (value === undefined) return null;
      list.push(value);
      out[listKey] = list;
      continue;
    }
    const entry = entryOf(line);
    if (!entry || entry.key === '__proto__') return null;
    keys++;
    list = null;
    itemIndent = -1;
    if (onlySpaces(entry.raw)) {
      // No value on the line: a list follows, or the value is null.
      out[entry.key] = null;
      list = [];
      listKey = entry.key;
      continue;
    }
    const value = scalar(entry.raw);
    if (value === undefined) return null;
    out[entry.key] = value;
  }
  return keys > 0 ? out : null;
}
