/**
 * The results of recent terms over the whole index, kept while the user types: the query grows a
 * character at a time, so the same terms come back, and a Latin term's pinyin and exact matches
 * are among those of the term it extends ("xia" → "xiao"), which narrows its scan.
 */
import { isLatinTerm } from './normalize.js';
import type { TermResult } from './termresult.js';

/** Terms remembered; the least recently used goes first. */
const CACHE_SIZE = 16;

export class TermCache {
  /** Oldest first (a Map keeps insertion order; a hit is moved to the end). */
  private readonly results = new Map<string, TermResult>();

  /** The result for `term`, from the cache or from `evaluate` (given the ids it can be narrowed to, if any). */
  get(term: string, evaluate: (term: string, within: Int32Array | null) => TermResult): TermResult {
    const hit = this.results.get(term);
    if (hit) {
      this.results.delete(term);
      this.results.set(term, hit);
      return hit;
    }
    const prefix = isLatinTerm(term) ? this.longestLatinPrefix(term) : undefined;
    const r = evaluate(term, prefix ? prefix.ids : null);
    this.results.set(term, r);
    if (this.results.size > CACHE_SIZE) {
      const oldest = this.results.keys().next().value;
      if (oldest !== undefined) this.results.delete(oldest);
    }
    return r;
  }

  /** The cached result of the longest Latin term of two or more letters that `term` extends. */
  private longestLatinPrefix(term: string): TermResult | undefined {
    let best: TermResult | undefined;
    let length = 0;
    for (const [k, v] of this.results)
      if (k.length > length && k.length >= 2 && term.startsWith(k) && isLatinTerm(k)) {
        best = v;
        length = k.length;
      }
    return best;
  }

  clear(): void {
    this.results.clear();
  }
}
