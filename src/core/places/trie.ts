// A character trie for leftmost-longest matching of many names in one pass over a text. Nodes are keyed by
// UTF-16 code unit, and a bitmap of first characters rejects most positions without a lookup.

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[] | null;
}

export class NameTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };
  private readonly first = new Uint8Array(0x10000);

  add(name: string, value: T): void {
    let node = this.root;
    this.first[name.charCodeAt(0)] = 1;
    for (let i = 0; i < name.length; i++) {
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

  /** Whether any name starts with the character at `i` (a cheap pre-check for scanning). */
  mayStartAt(text: string, i: number): boolean {
    return this.first[text.charCodeAt(i)] === 1;
  }

  /** The longest name starting at `i`: its end offset and values, or null. */
  longestAt(text: string, i: number): { end: number; values: T[] } | null {
    if (this.first[text.charCodeAt(i)] !== 1) return null;
    let node: Node<T> | undefined = this.root;
    let bestEnd = -1;
    let bestValues: T[] | null = null;
    for (let j = i; j < text.length; j++) {
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
    let node: Node<T> | undefined = this.root;
    for (let i = 0; i < name.length; i++) {
      node = node.next.get(name.charCodeAt(i));
      if (!node) return null;
    }
    return node.values;
  }
}
