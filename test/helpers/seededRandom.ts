// A small deterministic random generator for the tests that check a fast path against its definition on generated
// inputs: the same cases on every run, so a failure can be replayed.
export function seededRandom(seed: number) {
  let x = seed >>> 0;
  const next = (): number => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  /** A text of fewer than `maxPieces` pieces, each drawn from `pieces`. */
  const text = (pieces: readonly string[], maxPieces: number): string => {
    let t = '';
    const length = Math.floor(next() * maxPieces);
    for (let k = 0; k < length; k++) t += pick(pieces);
    return t;
  };
  return { next, pick, text };
}
