/** A trie over token keys: longest-match lookup of multi-word phrases, built once, then read-only. */
import { possessiveStem } from './normalise.ts';

interface Node<T> {
  children: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Token index one past the match. */
  end: number;
  values: readonly T[];
  /** The last token was matched without its glued possessive ("Kong's"). */
  possessive: boolean;
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { children: new Map(), values: [] };
  private size = 0;

  insert(keys: readonly string[], value: T): void {
    let node = this.root;
    for (const key of keys) {
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), values: [] };
        node.children.set(key, next);
      }
      node = next;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.size++;
  }

  get entries(): number {
    return this.size;
  }

  /** Does any phrase start with this key? (cheap pre-check) */
  starts(key: string): boolean {
    if (this.root.children.has(key)) return true;
    const stem = key.charCodeAt(key.length - 1) === 115 ? possessiveStem(key) : undefined; // ends in "s"
    return stem !== undefined && this.root.children.has(stem);
  }

  /**
   * All phrase ends reachable from `start` (at most `limit` exclusive), longest first; `accept`
   * filters values per candidate end (case rules), so a longer phrase that fails its case test
   * gives way to a shorter one.
   */
  matches(keys: readonly string[], start: number, limit: number, accept: (value: T, end: number) => boolean): TrieMatch<T>[] {
    const found: TrieMatch<T>[] = [];
    let node: Node<T> | undefined = this.root;
    for (let i = start; i < limit && node; i++) {
      const key = keys[i];
      const stem = possessiveStem(key);
      if (stem !== undefined) {
        const glued = node.children.get(stem);
        if (glued && glued.values.length) this.collect(found, glued.values, i + 1, true, accept);
      }
      node = node.children.get(key);
      if (node && node.values.length) this.collect(found, node.values, i + 1, false, accept);
    }
    return found.reverse();
  }

  private collect(found: TrieMatch<T>[], values: T[], end: number, possessive: boolean, accept: (value: T, end: number) => boolean): void {
    const ok = values.filter((v) => accept(v, end));
    if (ok.length) found.push({ end, values: ok, possessive });
  }
}
