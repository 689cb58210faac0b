// Deterministic JSON: object keys sorted at every level, arrays in the order given (callers sort records).
// Top-level arrays of records are written one record per line, so a change in data/ reads well in a diff.

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(obj).sort()) if (obj[k] !== undefined) out[k] = sortKeys(obj[k]);
    return out;
  }
  return value;
}

export function stableStringify(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return `${JSON.stringify(sortKeys(value))}\n`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(obj).sort()) {
    const v = obj[k];
    if (v === undefined) continue;
    const body = Array.isArray(v)
      ? v.length === 0
        ? '[]'
        : `[\n${v.map((r) => JSON.stringify(sortKeys(r))).join(',\n')}\n]`
      : JSON.stringify(sortKeys(v));
    parts.push(`${JSON.stringify(k)}:${body}`);
  }
  return `{${parts.join(',\n')}}\n`;
}
