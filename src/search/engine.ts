/**
 * The search pipeline: query → terms → per-term matches (exact, pinyin, fuzzy) → AND → ranked hits.
 *
 * Ranking: every term must match. A hit's tier is its weakest term's: 0 when all terms are exact
 * (folded) substrings, 1 when some term matched only by pinyin, 2 when some matched only fuzzily.
 * Within a tier, better-quality matches first (fewer typos, full syllables over initials), then
 * topic headings, questions, quotes, answers, then reading order.
 *
 * Speed: a character → unit inverted index narrows each term to the units that could match; a
 * term that extends the previous one (typing) reuses its pinyin candidates; fuse only ever sees
 * the prefiltered candidates, at most FUZZY_CAP of them.
 */
import type { TextPos, Transcript } from '../transcript/model.js';
import { buildCharIndex, codePoints, unitsWithAll, type Postings } from './charindex.js';
import { exactRanges } from './exact.js';
import { allowedErrors, FUZZY_THRESHOLD, fuzzyMatches } from './fuzzy.js';
import { HAN, isLatinTerm, queryTerms } from './normalize.js';
import { loadPinyin, PinyinMatcher, pinyinReady } from './pinyin.js';
import { normalizeRanges, type Range } from './ranges.js';
import { loadT2s, t2sReady } from './t2s.js';
import { buildUnits, type HitKind, type Unit } from './units.js';

export type { HitKind } from './units.js';
export type Scope = 'all' | 'questions' | 'quotes' | 'answers';
export const SCOPES: readonly Scope[] = ['all', 'questions', 'quotes', 'answers'];

export interface Hit {
  kind: HitKind;
  /** Topic id; null for a quote found in no answer. */
  topic: number | null;
  /** The topic's label ('' when topic is null). */
  label: string;
  /** The unit's text as shown in results. A question's first paragraph starts with "asker："
   *  (not part of the model text: `pos` points at the paragraph itself). */
  text: string;
  /** Highlight ranges in `text`, UTF-16 [start, end), sorted, non-overlapping, never splitting a character. */
  ranges: [number, number][];
  /** Lower is better. */
  score: number;
  /** Where the covered model text starts; for a quote, the answer sentence it came from (null when not
   *  found); null for topic headings. */
  pos: TextPos | null;
  /** UTF-16 length of the model text at `pos` that the hit covers (the sentence); 0 when pos is null. */
  length: number;
}

export interface SearchOptions {
  scope?: Scope;
  /** At most this many hits (default 100). */
  limit?: number;
}

export interface EngineOptions {
  /** Called when something a search asked for (pinyin, the t→s converter) has loaded: search again. */
  onUpdate?: () => void;
  /** Fuzzy threshold (errors per character); the default is the tuned FUZZY_THRESHOLD. */
  threshold?: number;
}

export const DEFAULT_LIMIT = 100;
const KIND_RANK: Record<HitKind, number> = { topic: 0, question: 1, quote: 2, answer: 3 };
const SCOPE_KINDS: Record<Scope, ReadonlySet<HitKind>> = {
  all: new Set<HitKind>(['topic', 'question', 'quote', 'answer']),
  questions: new Set<HitKind>(['question']),
  quotes: new Set<HitKind>(['quote']),
  answers: new Set<HitKind>(['answer']),
};
/** Most candidates fuse scores for one term (the ones sharing most characters with it). */
const FUZZY_CAP = 2000;
const CACHE_SIZE = 16;
/** Added to the quality of a multi-term pinyin hit whose terms do not also match joined together. */
const APART_PENALTY = 0.3;

interface TermMatch {
  tier: number;
  quality: number;
  ranges: Range[];
}
type TermResult = Map<number, TermMatch>;

interface Built {
  units: Unit[];
  chars: Map<number, Postings>;
}

export class SearchEngine {
  private built: Built | null = null;
  private pinyin: PinyinMatcher | null = null;
  /** Recent unrestricted term results, oldest first. */
  private readonly cache = new Map<string, TermResult>();
  private counts: Uint16Array = new Uint16Array(0);
  private readonly threshold: number;

  constructor(
    private readonly transcript: Transcript,
    private readonly opts: EngineOptions = {},
  ) {
    this.threshold = opts.threshold ?? FUZZY_THRESHOLD;
  }

  /** Builds the index now (otherwise the first search does). */
  index(): Built {
    if (!this.built) {
      const units = buildUnits(this.transcript);
      this.built = { units, chars: buildCharIndex(units) };
      this.counts = new Uint16Array(units.length);
    }
    return this.built;
  }

  /** Resolves when everything `query` can use is loaded (the CLI waits; the reader need not). */
  async prepare(query: string): Promise<void> {
    this.index();
    if (this.mayBeTraditional(query)) await loadT2s();
    if (queryTerms(query).some(isLatinTerm)) await loadPinyin();
    this.cache.clear();
  }

  /** Han characters the transcript does not have at all might be traditional forms. */
  private mayBeTraditional(query: string): boolean {
    const { chars } = this.index();
    for (const ch of query) if (HAN.test(ch) && !chars.has(ch.codePointAt(0)!)) return true;
    return false;
  }

  private whenLoaded(p: Promise<unknown>): void {
    p.then(
      () => {
        this.cache.clear();
        this.opts.onUpdate?.();
      },
      () => undefined, // a missing optional module only means fewer matches
    );
  }

  search(query: string, opts: SearchOptions = {}): Hit[] {
    const { units } = this.index();
    const kinds = SCOPE_KINDS[opts.scope ?? 'all'];
    const limit = opts.limit ?? DEFAULT_LIMIT;
    let q = query;
    if (this.mayBeTraditional(q)) {
      const conv = t2sReady();
      if (conv) q = conv(q);
      else this.whenLoaded(loadT2s());
    }
    const terms = [...new Set(queryTerms(q))];
    if (terms.length === 0 || limit <= 0) return [];

    // AND: each term only looks at the units every earlier term matched.
    const perTerm: TermResult[] = [];
    let within: Int32Array | null = null;
    for (const term of terms) {
      const r: TermResult = within ? this.evalTerm(term, within) : this.cachedTerm(term);
      perTerm.push(r);
      within = Int32Array.from(r.keys()).sort();
      if (within.length === 0) return [];
    }
    const survivors = within!;
    // Latin terms typed with spaces ("xiao yuan gao qiang") are best when they also match as one.
    const joined = terms.length > 1 && terms.every(isLatinTerm) ? this.evalTerm(terms.join(''), survivors) : null;

    const scored: { id: number; score: number; ranges: Range[] }[] = [];
    for (const id of survivors) {
      const u = units[id]!;
      if (!kinds.has(u.kind)) continue;
      let tier = 0;
      let quality = 0;
      let ranges: Range[] = [];
      for (const r of perTerm) {
        const m = r.get(id)!;
        tier = Math.max(tier, m.tier);
        quality += m.quality / perTerm.length;
        ranges = ranges.concat(m.ranges);
      }
      if (joined) {
        const j = joined.get(id);
        if (j) {
          tier = j.tier;
          quality = j.quality;
          ranges = j.ranges;
        } else quality = Math.min(0.95, quality + APART_PENALTY);
      }
      scored.push({ id, score: tier + 0.5 * quality + 0.01 * KIND_RANK[u.kind], ranges });
    }
    scored.sort((a, b) => a.score - b.score || a.id - b.id);
    return scored.slice(0, limit).map(({ id, score, ranges }) => toHit(units[id]!, score, ranges));
  }

  private cachedTerm(term: string): TermResult {
    const hit = this.cache.get(term);
    if (hit) {
      this.cache.delete(term);
      this.cache.set(term, hit);
      return hit;
    }
    // While typing, a Latin term's pinyin and exact matches are among the previous term's.
    let prefix: TermResult | undefined;
    if (isLatinTerm(term)) {
      for (const [k, v] of this.cache) if (term.startsWith(k) && isLatinTerm(k) && (!prefix || k.length > 0)) prefix = v;
    }
    const r = this.evalTerm(term, prefix ? Int32Array.from(prefix.keys()).sort() : null);
    this.cache.set(term, r);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return r;
  }

  /** Every unit (within `within`, sorted ids, when given) that `term` matches, with how well. */
  private evalTerm(term: string, within: Int32Array | null): TermResult {
    const { units, chars } = this.index();
    const out: TermResult = new Map();
    let exactIds = unitsWithAll(chars, codePoints(term));
    if (within) exactIds = intersectSorted(exactIds, within);
    for (const id of exactIds) {
      const ranges = exactRanges(units[id]!.norm, term);
      if (ranges) out.set(id, { tier: 0, quality: 0, ranges });
    }
    if (isLatinTerm(term)) this.pinyinTerm(term, within, out);
    else if (allowedErrors(term.length, this.threshold) > 0) this.fuzzyTerm(term, within, out);
    return out;
  }

  private pinyinTerm(term: string, within: Int32Array | null, out: TermResult): void {
    if (!this.pinyin) {
      const lib = pinyinReady();
      if (!lib) return this.whenLoaded(loadPinyin());
      this.pinyin = new PinyinMatcher(lib);
    }
    const { units } = this.index();
    const visit = (id: number) => {
      if (out.has(id)) return;
      const m = this.pinyin!.match(units[id]!.norm, term);
      if (m) out.set(id, { tier: 1, quality: m.quality, ranges: m.ranges });
    };
    if (within) for (const id of within) visit(id);
    else for (let id = 0; id < units.length; id++) visit(id);
  }

  private fuzzyTerm(term: string, within: Int32Array | null, out: TermResult): void {
    const { units, chars } = this.index();
    const cps = codePoints(term);
    // A match with e errors still contains all but e of the term's distinct characters.
    const need = Math.max(1, cps.length - allowedErrors(term.length, this.threshold));
    const counts = this.counts;
    const touched: number[] = [];
    for (const cp of cps) {
      const p = chars.get(cp);
      if (!p) continue;
      for (const id of p) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = counts[id]! + 1;
      }
    }
    let cands: number[] = [];
    for (const id of touched) if (counts[id]! >= need && !out.has(id)) cands.push(id);
    if (within) {
      const inside = new Set(within);
      cands = cands.filter((id) => inside.has(id));
    }
    if (cands.length > FUZZY_CAP) cands = cands.sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, FUZZY_CAP);
    for (const id of touched) counts[id] = 0;
    const found = fuzzyMatches(
      cands.map((id) => units[id]!.norm),
      term,
      this.threshold,
    );
    for (const f of found) out.set(cands[f.index]!, { tier: 2, quality: f.score, ranges: f.ranges });
  }
}

function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (b[j] === x) out.push(x);
  }
  return Int32Array.from(out);
}

function toHit(u: Unit, score: number, raw: Range[]): Hit {
  const ranges = normalizeRanges(u.text, raw);
  // A quote opens at the answer sentence holding its first highlighted character.
  const placed = u.locate?.(ranges[0]?.[0] ?? 0);
  return {
    kind: u.kind,
    topic: placed ? placed.topic : u.topic,
    label: placed ? placed.label : u.label,
    text: u.text,
    ranges,
    score: Math.round(score * 1e4) / 1e4,
    pos: placed ? placed.pos : u.pos,
    length: placed ? placed.length : u.length,
  };
}
