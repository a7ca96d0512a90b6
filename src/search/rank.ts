/**
 * Ranking. A hit's score is
 *
 *     tier + QUALITY_WEIGHT × quality + KIND_WEIGHT × KIND_RANK[kind]      (lower is better)
 *
 * and ties go to reading order. Why these weights:
 *
 * - tier (0 exact substring, 1 pinyin, 2 typo; a hit takes its weakest term's) is the unit of the
 *   scale: whatever the rest, an exact hit comes before a pinyin one, and a pinyin one before a
 *   typo. The other two parts must therefore stay below 1 together: quality is at most 0.95 and
 *   the kind rank at most 3, so they add up to at most 0.5 × 0.95 + 0.01 × 3 = 0.505.
 * - quality (0 best: a full syllable, no typo; pinyin initials, a half-typed last syllable, a typo
 *   per character, a term found only in the topic heading add to it) orders hits within a tier. It
 *   is halved only to keep that sum well below 1, with room for the penalties that push it up.
 * - the kind rank (topic heading, question, quote, answer) breaks ties of equal quality: the
 *   heading names the topic, the question says what it is about, a quote is the answer's gist.
 *   Its weight is small enough that a clearly better match of a lower kind still wins: any quality
 *   difference above 0.06 (say, one typo in a term of up to 16 characters) outweighs the whole
 *   kind order.
 *
 * The score is rounded to 1e-4 and packed with the unit id (which is in reading order) into one
 * float, so that a plain numeric sort orders by score and then reading order.
 */
import type { HitKind } from './units.js';

export const QUALITY_WEIGHT = 0.5;
export const KIND_WEIGHT = 0.01;
export const KIND_RANK: Record<HitKind, number> = { topic: 0, question: 1, quote: 2, answer: 3 };

/** Added to the quality of a multi-term pinyin hit whose terms do not also match joined together. */
export const APART_PENALTY = 0.3;
/** The highest quality any penalty may bring a match to (see the sum above). */
export const WORST_QUALITY = 0.95;

export function hitScore(tier: number, quality: number, kind: HitKind): number {
  return tier + QUALITY_WEIGHT * quality + KIND_WEIGHT * KIND_RANK[kind];
}

/** Unit ids must stay below this to be packed with a score (the packed key stays an exact integer below 2^53). */
export const MAX_UNITS = 2 ** 21;
const SCORE_SCALE = 1e4;

/** Score and unit id in one number: ordered by score (to 1e-4), then by id. */
export function sortKey(score: number, id: number): number {
  return Math.round(score * SCORE_SCALE) * MAX_UNITS + id;
}

export function keyId(key: number): number {
  return key % MAX_UNITS;
}

export function keyScore(key: number): number {
  return (key - keyId(key)) / MAX_UNITS / SCORE_SCALE;
}

/** The `limit` best of the first `n` keys (sorted in place). */
export function bestKeys(keys: Float64Array, n: number, limit: number): Float64Array {
  return keys.subarray(0, n).sort().subarray(0, limit);
}
