/**
 * One query term against the index: every unit it matches (within a given set, when earlier terms
 * have narrowed the search), with how well. Exact (folded) substrings first; then, for a Latin
 * term, pinyin; for any other term with (almost) no exact hit, typos.
 */
import { type CharLookup, codePoints, unitsWithAll } from './charindex.js';
import { exactRanges } from './exact.js';
import { allowedErrors, fuzzyMatches } from './fuzzy.js';
import { isLatinTerm } from './normalize.js';
import type { PinyinIndex } from './pinyin/index.js';
import type { Range } from './ranges.js';
import type { Scratch } from './scratch.js';
import { findId, type TermResult, type TermResultBuilder } from './termresult.js';
import type { Unit } from './units.js';

/** Fuse sees at most this many candidates (those sharing most characters with the term) … */
const FUZZY_CAP = 400;
/** … and at most this many characters of text in all, whatever the corpus size. */
const FUZZY_CHAR_BUDGET = 40_000;

export interface TermIndex {
  units: readonly Unit[];
  chars: CharLookup;
  scratch: Scratch;
  /** The pinyin tables, or null while pinyin-pro is not loaded (the caller starts loading it). */
  pinyin(): PinyinIndex | null;
  /** Fuzzy threshold (errors per character). */
  threshold: number;
  /** Fuzzy matching runs only for a term with fewer exact hits than this. */
  fuzzyBelow: number;
}

/** Every unit (within `within`, sorted ids, when given) that `term` matches, with how well. */
export function evalTerm(ix: TermIndex, term: string, within: Int32Array | null): TermResult {
  const cps = codePoints(term);
  let exact = unitsWithAll(ix.chars, cps);
  if (within) exact = intersectSorted(exact, within);
  // One character: the postings are the answer. Longer: check the characters are adjacent.
  const single = cps.length === 1 && term.length === String.fromCodePoint(cps[0]!).length;
  return ix.scratch.collect((out) => {
    let exactCount = 0;
    for (const id of exact)
      if (single || ix.units[id]!.norm.includes(term)) {
        out.add(id, 0, 0);
        exactCount++;
      }
    const byPinyin = isLatinTerm(term) ? pinyinTerm(ix, term, within, out) : 0;
    // Typo tolerance is for terms that find (almost) nothing as typed: a term with enough exact
    // hits is taken at its word, and its list is not padded with near misses. A Latin term is
    // pinyin or an English word (pompei for Pompeo): typos are looked for when neither finds it.
    if (exactCount < ix.fuzzyBelow && byPinyin === 0 && allowedErrors(term.length, ix.threshold) > 0) fuzzyTerm(ix, term, cps, within, out);
  });
}

/** Adds the units the term matches as pinyin; returns how many. */
function pinyinTerm(ix: TermIndex, term: string, within: Int32Array | null, out: TermResultBuilder): number {
  // One letter is the initial of most characters: it would match nearly every unit and say nothing.
  if (term.length < 2) return 0;
  let found = 0;
  ix.pinyin()?.scan(
    term,
    within,
    (id) => out.has(id),
    (id, quality) => {
      out.add(id, 1, quality);
      found++;
    },
  );
  return found;
}

/** Units that could hold `term` with its allowed typos, the likeliest first, within fuse's budget. */
function fuzzyCandidates(ix: TermIndex, term: string, cps: number[], within: Int32Array | null, out: TermResultBuilder): number[] {
  const errors = allowedErrors(term.length, ix.threshold);
  // A match with e errors still holds all but e of the term's distinct characters …
  const need = Math.max(1, cps.length - errors);
  // … and (each edit breaking at most two) all but 2e of its character pairs.
  const pairs = bigrams(term);
  const needPairs = pairs.length - 2 * errors;
  return ix.scratch.withCounts((counts, touched) => {
    for (const cp of cps) {
      const p = ix.chars.get(cp);
      if (!p) continue;
      for (const id of p) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    }
    let cands: number[] = [];
    for (const id of touched) {
      if (counts[id]! < need || out.has(id)) continue;
      if (needPairs > 0) {
        const norm = ix.units[id]!.norm;
        let have = 0;
        for (const pair of pairs) if (norm.includes(pair)) have++;
        if (have < needPairs) continue;
      }
      cands.push(id);
    }
    if (within) cands = cands.filter((id) => findId(within, id) >= 0);
    cands.sort((a, b) => counts[b]! - counts[a]! || a - b);
    let budget = FUZZY_CHAR_BUDGET;
    const kept: number[] = [];
    for (const id of cands) {
      if (kept.length >= FUZZY_CAP || budget <= 0) break;
      kept.push(id);
      budget -= ix.units[id]!.norm.length;
    }
    return kept;
  });
}

function fuzzyTerm(ix: TermIndex, term: string, cps: number[], within: Int32Array | null, out: TermResultBuilder): void {
  const kept = fuzzyCandidates(ix, term, cps, within, out);
  const found = fuzzyMatches(
    kept.map((id) => ix.units[id]!.norm),
    term,
    ix.threshold,
  );
  for (const f of found) out.add(kept[f.index]!, 2, f.score, f.ranges);
}

/** Highlight ranges of entry `at` of a term result, recomputed for exact and pinyin matches. */
export function rangesOf(ix: TermIndex, r: TermResult, at: number, id: number, term: string): Range[] {
  if (at < 0) return [];
  const known = r.ranges[at];
  if (known) return known;
  if (r.tiers[at] === 1) return ix.pinyin()?.match(id, term)?.ranges ?? [];
  return exactRanges(ix.units[id]!.norm, term) ?? [];
}

function bigrams(term: string): string[] {
  const cs = Array.from(term);
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i]! + cs[i + 1]!);
  return [...out];
}

export function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (b[j] === x) out.push(x);
  }
  return Int32Array.from(out);
}
