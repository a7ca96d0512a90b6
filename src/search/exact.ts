/** Exact (folded) substring matching: every occurrence of the term in a unit. */
import type { Range } from './ranges.js';

/** All non-overlapping occurrences of `term` in `text`, or null when there is none. */
export function exactRanges(text: string, term: string): Range[] | null {
  let i = text.indexOf(term);
  if (i < 0) return null;
  const out: Range[] = [];
  while (i >= 0) {
    out.push([i, i + term.length]);
    i = text.indexOf(term, i + term.length);
  }
  return out;
}
