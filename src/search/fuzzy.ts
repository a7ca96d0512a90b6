/**
 * Typo-tolerant matching with fuse.js (Bitap). The threshold is the share of the term's
 * characters that may be wrong: with ignoreLocation fuse scores a match errors / length, so at
 * 0.34 a term of 3–5 characters may have one error, 6–8 two, 9–11 three; one or two characters
 * get none (one wrong character of two matches half the transcript).
 *
 * Tuned on measured queries (`npm run bench -- search` prints the table): 400 one-edit typos of
 * 3–8-character runs from the seed's answers. At 0.3 the first hit was right for 69% (3-character
 * terms could not have an error); at 0.34 for 84%, with recall 0.66 → 0.93; 0.4 adds 2 points
 * and loses precision; at fuse's default 0.6 a typo query returns 5–9 hits, most of them noise.
 * Fuzzy matching only runs for a term with no exact hit (FUZZY_BELOW = 1): a term found as typed
 * is taken at its word, so a correct query is never padded with near misses (1.8 per query at
 * 0.34 otherwise) and typing stays fast.
 */
import Fuse from 'fuse.js';
import type { Range } from './ranges.js';

export const FUZZY_THRESHOLD = 0.34;
/** Fuzzy matching runs only for terms with fewer exact hits than this. */
export const FUZZY_BELOW = 1;

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
