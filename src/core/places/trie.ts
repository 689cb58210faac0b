// A character trie for leftmost-longest matching of many names in one pass over a text. Nodes are keyed by
// UTF-16 code unit; the first level is a flat table, so most positions are rejected without a map lookup.

/** Bits of the pair filter: 2^18 bits (32 KB) stay in cache next to the other steps' tables, and let through
 * only a few per cent of the pairs that start no name. */
const PAIR_BITS = 1 << 18;
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & (PAIR_BITS - 1);
}

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[] | null;
}

export class NameTrie<T> {
  /** First level as a flat table by code unit: most text positions are rejected by one array read. */
  private readonly first: (Node<T> | undefined)[] = new Array<Node<T> | undefined>(0x10000).fill(undefined);
  /** 1 for a code unit some name starts with (the first level as bytes, for the scanning loop). */
  private readonly starts = new Uint8Array(0x10000);
  /** Hashed set (one bit per hash) of the first two characters of every name of two or more. */
  private readonly pairs = new Int32Array(PAIR_BITS >>> 5);
  private hasSingle = false;

  add(name: string, value: T): void {
    const c0 = name.charCodeAt(0);
    this.starts[c0] = 1;
    if (name.length === 1) this.hasSingle = true;
    else this.setPair(c0, name.charCodeAt(1));
    let node = (this.first[c0] ??= { next: new Map(), values: null });
    for (let i = 1; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * The first offset at or after `from` where a name may start (its first character, and its first two when all
   * names have two or more), or -1: longestAt finds nothing anywhere between.
   */
  nextCandidate(text: string, from: number): number {
    const n = text.length;
    if (this.hasSingle) {
      for (let i = from; i < n; i++) if (this.starts[text.charCodeAt(i)] === 1) return i;
      return -1;
    }
    // The pair bit first: about a third of the characters of Chinese text start some name, so a first-character
    // test alone would branch unpredictably, while the pair bit is almost always clear. Each character is read
    // once and carried over as the next position's first; the last one is paired with 0, which hashes like the
    // NaN that charCodeAt gives past the end.
    const pairs = this.pairs;
    const last = n - 1;
    if (from > last) return -1;
    let c0 = text.charCodeAt(from);
    for (let i = from; i < last; i++) {
      const c1 = text.charCodeAt(i + 1);
      const h = pairHash(c0, c1);
      if ((pairs[h >>> 5] & (1 << (h & 31))) !== 0 && this.starts[c0] === 1) return i;
      c0 = c1;
    }
    // The last character, with nothing after it.
    const h = pairHash(c0, 0);
    return (pairs[h >>> 5] & (1 << (h & 31))) !== 0 && this.starts[c0] === 1 ? last : -1;
  }

  private setPair(a: number, b: number): void {
    const h = pairHash(a, b);
    this.pairs[h >>> 5] |= 1 << (h & 31);
  }

  private hasPair(a: number, b: number): boolean {
    const h = pairHash(a, b);
    return (this.pairs[h >>> 5] & (1 << (h & 31))) !== 0;
  }

  /** The longest name starting at `i`: its end offset and values, or null. */
  longestAt(text: string, i: number): { end: number; values: T[] } | null {
    const c0 = text.charCodeAt(i);
    let node: Node<T> | undefined = this.first[c0];
    if (!node) return null;
    if (!this.hasSingle && !this.hasPair(c0, text.charCodeAt(i + 1))) return null;
    let bestEnd = node.values ? i + 1 : -1;
    let bestValues: T[] | null = node.values;
    for (let j = i + 1; j < text.length; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (!node) break;
      if (node.values) {
        bestEnd = j + 1;
        bestValues = node.values;
      }
    }
    return bestValues ? { end: bestEnd, values: bestValues } : null;
  }

  /** Exact lookup of a whole name. */
  get(name: string): T[] | null {
    if (name.length === 0) return null;
    let node: Node<T> | undefined = this.first[name.charCodeAt(0)];
    for (let i = 1; i < name.length && node; i++) {
      node = node.next.get(name.charCodeAt(i));
    }
    return node ? node.values : null;
  }
}
