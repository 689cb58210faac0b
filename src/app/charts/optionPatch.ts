// What to hand ECharts when a chart's option changes: only the parts that differ from the option it
// already has. The charts update in merge mode, where a component (a series, an axis, a visual map) is
// merged with the one at the same position, so an unchanged component is sent as {} and an unchanged
// property not at all; ECharts then merges a few properties instead of the whole option (series data
// included) on every brush step. Functions (formatters) are compared by identity: a new closure may
// capture new figures.

type Plain = Record<string, unknown>;

const isPlain = (x: unknown): x is Plain => typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/** Structural equality of option values (plain objects, arrays, primitives; anything else by identity). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

/** The properties of `next` whose values differ from `prev`'s. */
function componentPatch(prev: unknown, next: unknown): unknown {
  if (!isPlain(prev) || !isPlain(next)) return next;
  const out: Plain = {};
  for (const [k, v] of Object.entries(next)) if (!sameValue(prev[k], v)) out[k] = v;
  return out;
}

/**
 * The merge patch taking `prev` to `next`, or null when nothing differs. Both must be complete options of
 * the same chart: a property `next` no longer has is not removed (as in any merge), so builders keep every
 * property they may need to reset present (an empty markArea rather than none).
 */
export function optionPatch(prev: Plain | undefined, next: Plain): Plain | null {
  if (!prev) return next;
  const out: Plain = {};
  for (const [key, value] of Object.entries(next)) {
    const before = prev[key];
    if (sameValue(before, value)) continue;
    if (Array.isArray(value) && Array.isArray(before) && value.length === before.length) {
      out[key] = value.map((component, i) => componentPatch(before[i], component));
    } else {
      out[key] = componentPatch(before, value);
    }
  }
  return Object.keys(out).length ? out : null;
}
