/**
 * Typo-tolerant matching with fuse.js (Bitap). The threshold is the share of the term's
 * characters that may be wrong: with ignoreLocation fuse scores a match errors / length, so a
 * threshold of 0.3 allows no error below 4 characters, one error for 4–6, two for 7–9.
 * Tuned on measured queries: `npm run bench -- search` prints precision and recall per threshold.
 */
import Fuse from 'fuse.js';
import type { Range } from './ranges.js';

export const FUZZY_THRESHOLD = 0.3;

/** How many wrong characters a term of `length` UTF-16 units may have at `threshold`. */
export function allowedErrors(length: number, threshold = FUZZY_THRESHOLD): number {
  return Math.floor(length * threshold + 1e-9);
}

export interface FuzzyMatch {
  /** Index into the texts given. */
  index: number;
  /** errors / length, in (0, threshold]. */
  score: number;
  ranges: Range[];
}

/** Fuzzy-matches `term` against `texts` (already folded: fuse's own lower-casing is off). */
export function fuzzyMatches(texts: string[], term: string, threshold = FUZZY_THRESHOLD): FuzzyMatch[] {
  if (texts.length === 0) return [];
  const fuse = new Fuse(texts, {
    includeMatches: true,
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
    shouldSort: false,
    threshold,
    minMatchCharLength: 1,
  });
  return fuse.search(term).map((r) => ({
    index: r.refIndex,
    score: r.score ?? threshold,
    // fuse gives inclusive [start, end] UTF-16 index pairs.
    ranges: (r.matches?.[0]?.indices ?? []).map(([s, e]) => [s, e + 1] as Range),
  }));
}
