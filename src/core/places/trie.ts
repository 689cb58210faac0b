// A character trie for leftmost-longest matching of many names in one pass over a text (no substring allocation).

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[] | null;
}

export class NameTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null };

  add(name: string, value: T): void {
    let node = this.root;
    for (const ch of name) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: null };
        node.next.set(ch, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** The longest name starting at `i`: its end offset and values, or null. */
  longestAt(text: string, i: number): { end: number; values: T[] } | null {
    let node: Node<T> | undefined = this.root;
    let best: { end: number; values: T[] } | null = null;
    for (let j = i; j < text.length; j++) {
      node = node.next.get(text[j]);
      if (!node) break;
      if (node.values) best = { end: j + 1, values: node.values };
    }
    return best;
  }

  /** Exact lookup of a whole name. */
  get(name: string): T[] | null {
    let node: Node<T> | undefined = this.root;
    for (const ch of name) {
      node = node.next.get(ch);
      if (!node) return null;
    }
    return node.values;
  }
}
