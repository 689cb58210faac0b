// Which year the presentation shows next: pure stepping over the years the data covers.

/** The year a month range shows when it spans exactly one calendar year, else null. */
export function yearOfRange(range: [string, string] | null): number | null {
  if (!range) return null;
  const [from, to] = range;
  const year = from.slice(0, 4);
  return from === `${year}-01` && to === `${year}-12` ? Number(year) : null;
}

/**
 * The year after (+1) or before (−1) the current one, wrapping around at the ends so that autoplay loops.
 * From no year, forward starts at the first year and backward at the last.
 */
export function stepYear(years: readonly number[], current: number | null, direction: 1 | -1): number | null {
  if (years.length === 0) return null;
  const k = current === null ? -1 : years.indexOf(current);
  if (k < 0) return direction === 1 ? years[0] : years[years.length - 1];
  return years[(k + direction + years.length) % years.length];
}

export function yearRange(year: number): [string, string] {
  return [`${year}-01`, `${year}-12`];
}
