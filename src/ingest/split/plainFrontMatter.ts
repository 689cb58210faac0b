// A fast reader for the front matter most posts have: top-level "key: value" lines whose values are one-line
// scalars (plain, 'single' or "double" quoted without escapes) or lists of such scalars ("categories:" then
// " - 金融" lines). It gives exactly what js-yaml's core schema gives for such a block, at a small part of its
// cost (a post's front matter is a few lines; js-yaml's general machinery costs more than the rest of the split).
// Anything else — nesting, multi-line or block scalars, anchors, tags, comments, flow collections, escapes,
// numbers — is declined (null), and the caller reads the block with js-yaml: this reader only has to be right
// about what it accepts.

export type PlainValue = string | boolean | null | PlainValue[];

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: +(.*))?$/;
const ITEM_LINE = /^( *)-(?: (.*))?$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)' *$/;
const DOUBLE_QUOTED = /^"([^"\\]*)" *$/;
/** Characters a plain scalar may not start with (YAML indicators, quotes, white space). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@` ]/;
/** What js-yaml refuses anywhere in a stream, and the BOM (which it treats apart). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\t\r\ufeff\ufffe\uffff\ud800-\udfff]/;
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

/** A value written after "key: " or "- ", as the core schema reads it; undefined when declined. */
function scalar(raw: string): PlainValue | undefined {
  const single = SINGLE_QUOTED.exec(raw);
  if (single) return single[1].replace(/''/g, "'");
  const double = DOUBLE_QUOTED.exec(raw);
  if (double) return double[1];
  if (INDICATOR_START.test(raw) || raw.includes(': ') || raw.includes(' #')) return undefined;
  const value = raw.replace(/ +$/, '');
  if (value.endsWith(':') || NUMBER_LIKE.test(value)) return undefined;
  if (NULLS.has(value)) return null;
  return BOOLEANS.get(value) ?? value;
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
  for (const line of yamlText.split('\n')) {
    if (line.trim() === '') continue;
    const item = ITEM_LINE.exec(line);
    if (item) {
      if (list === null || (itemIndent >= 0 && item[1].length !== itemIndent)) return null;
      itemIndent = item[1].length;
      const value = item[2] === undefined || item[2].trim() === '' ? null : scalar(item[2]);
      if (value === undefined) return null;
      list.push(value);
      out[listKey] = list;
      continue;
    }
    const entry = KEY_LINE.exec(line);
    if (!entry || entry[1] === '__proto__') return null;
    keys++;
    list = null;
    itemIndent = -1;
    const raw = entry[2] ?? '';
    if (raw.trim() === '') {
      // No value on the line: a list follows, or the value is null.
      out[entry[1]] = null;
      list = [];
      listKey = entry[1];
      continue;
    }
    const value = scalar(raw);
    if (value === undefined) return null;
    out[entry[1]] = value;
  }
  return keys > 0 ? out : null;
}
