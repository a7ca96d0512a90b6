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
 * candidates that pass a character-count and a character-pair filter, and a bounded number.
 */
import type { TextPos, Transcript } from '../transcript/model.js';
import { buildCharIndex, codePoints, unitsWithAll, type Postings } from './charindex.js';
import { exactRanges } from './exact.js';
import { allowedErrors, FUZZY_BELOW, FUZZY_THRESHOLD, fuzzyMatches } from './fuzzy.js';
import { HAN, isLatinTerm, queryTerms } from './normalize.js';
import { loadPinyin, PinyinIndex, pinyinReady } from './pinyin.js';
import { findId, TermResultBuilder, type TermResult, type Tier } from './termresult.js';
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
  /** Fuzzy matching runs for a term only when it has fewer exact hits than this (default FUZZY_BELOW). */
  fuzzyBelow?: number;
}

export const DEFAULT_LIMIT = 100;
const KIND_RANK: Record<HitKind, number> = { topic: 0, question: 1, quote: 2, answer: 3 };
const SCOPE_KINDS: Record<Scope, ReadonlySet<HitKind>> = {
  all: new Set<HitKind>(['topic', 'question', 'quote', 'answer']),
  questions: new Set<HitKind>(['question']),
  quotes: new Set<HitKind>(['quote']),
  answers: new Set<HitKind>(['answer']),
};
/** Fuse sees at most this many candidates (those sharing most characters with the term) … */
const FUZZY_CAP = 400;
/** … and at most this many characters of text in all, whatever the corpus size. */
const FUZZY_CHAR_BUDGET = 40_000;
const CACHE_SIZE = 16;
/** Added to the quality of a multi-term pinyin hit whose terms do not also match joined together. */
const APART_PENALTY = 0.3;
/** Added to the quality of a term that matched only through its unit's topic heading. */
const CONTEXT_PENALTY = 0.3;
/** Unit ids and scores are packed into one float for a native sort: id < 2^21. */
const ID_BITS = 2 ** 21;

interface Built {
  units: Unit[];
  chars: Map<number, Postings>;
}

export class SearchEngine {
  private built: Built | null = null;
  private pinyin: PinyinIndex | null = null;
  /** Recent unrestricted term results, oldest first. */
  private readonly cache = new Map<string, TermResult>();
  private counts = new Uint16Array(0);
  private builder = new TermResultBuilder(0);
  private readonly threshold: number;
  private readonly fuzzyBelow: number;

  constructor(
    private readonly transcript: Transcript,
    private readonly opts: EngineOptions = {},
  ) {
    this.threshold = opts.threshold ?? FUZZY_THRESHOLD;
    this.fuzzyBelow = opts.fuzzyBelow ?? FUZZY_BELOW;
  }

  /** Builds the index now (otherwise the first search does). */
  index(): Built {
    if (!this.built) {
      const units = buildUnits(this.transcript, (probe) => this.answersWith(probe));
      if (units.length >= ID_BITS) throw new Error(`too many search units: ${units.length}`);
      this.built = { units, chars: buildCharIndex(units) };
      this.counts = new Uint16Array(units.length);
      this.builder = new TermResultBuilder(units.length);
    }
    return this.built;
  }

  /** Answer units holding every character of `probe` (for placing quotes). */
  private *answersWith(probe: string): Iterable<Unit> {
    const { units, chars } = this.index();
    for (const id of unitsWithAll(chars, codePoints(probe))) if (units[id]!.kind === 'answer') yield units[id]!;
  }

  /**
   * Builds the index, loads pinyin-pro and compiles every unit's pinyin, yielding to the event
   * loop between slices so that a caller's keystrokes are not held up.
   */
  async warm(): Promise<void> {
    const tick = () => new Promise<void>((r) => setImmediate(r));
    await tick();
    this.index();
    await tick();
    await loadPinyin().catch(() => undefined);
    const p = this.pinyinIndex();
    while (p && !p.compileSome(2000)) await tick();
  }

  /** Drops the remembered term results (benchmarks measure cold keystrokes with it). */
  forget(): void {
    this.cache.clear();
  }

  /** Resolves when everything `query` can use is loaded (the CLI waits; the reader need not). */
  async prepare(query: string): Promise<void> {
    this.index();
    if (this.mayBeTraditional(query)) await loadT2s();
    if (queryTerms(query).some(isLatinTerm)) await loadPinyin();
    this.cache.clear();
  }

  private pinyinIndex(): PinyinIndex | null {
    if (!this.pinyin) {
      const lib = pinyinReady();
      if (!lib) return null;
      this.pinyin = new PinyinIndex(
        lib,
        this.index().units.map((u) => u.norm),
      );
    }
    return this.pinyin;
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

    // AND: each term only looks at the units every earlier term matched. With several terms, a
    // term may also match through the unit's topic heading ("中美 芬太尼": the fentanyl sentences
    // of the 中美关系 topic), but at least one term must match the unit's own text.
    const perTerm: TermResult[] = [];
    const viaTopic: Set<number>[] = [];
    let within: Int32Array | null = null;
    for (const term of terms) {
      let r: TermResult = within ? this.evalTerm(term, within) : this.cachedTerm(term);
      if (terms.length > 1) {
        const ctx = this.withTopicContext(term, r, within);
        r = ctx.result;
        viaTopic.push(ctx.added);
      }
      perTerm.push(r);
      within = r.ids;
      if (within.length === 0) return [];
    }
    const survivors = within!;
    // Latin terms typed with spaces ("xiao yuan gao qiang") are best when they also match as one.
    const joined = terms.length > 1 && terms.every(isLatinTerm) ? this.evalTerm(terms.join(''), survivors) : null;

    const keys = new Float64Array(survivors.length);
    let n = 0;
    for (let j = 0; j < survivors.length; j++) {
      const id = survivors[j]!;
      const u = units[id]!;
      if (!kinds.has(u.kind)) continue;
      if (viaTopic.length && viaTopic.every((added) => added.has(id))) continue;
      let tier = 0;
      let quality = 0;
      for (const r of perTerm) {
        const at = r.ids === survivors ? j : findId(r.ids, id);
        tier = Math.max(tier, r.tiers[at]!);
        quality += r.qualities[at]! / perTerm.length;
      }
      if (joined) {
        const at = findId(joined.ids, id);
        if (at >= 0) {
          tier = joined.tiers[at]!;
          quality = joined.qualities[at]!;
        } else quality = Math.min(0.95, quality + APART_PENALTY);
      }
      const score = tier + 0.5 * quality + 0.01 * KIND_RANK[u.kind];
      keys[n++] = Math.round(score * 1e4) * ID_BITS + id;
    }
    const top = keys.subarray(0, n).sort().subarray(0, limit);
    return Array.from(top, (key) => {
      const id = key % ID_BITS;
      const u = units[id]!;
      let ranges: Range[] = [];
      const j = joined ? findId(joined.ids, id) : -1;
      if (joined && j >= 0) ranges = this.rangesOf(joined, j, id, terms.join(''));
      else perTerm.forEach((r, k) => (ranges = ranges.concat(this.rangesOf(r, findId(r.ids, id), id, terms[k]!))));
      return toHit(u, (key - id) / ID_BITS / 1e4, ranges);
    });
  }

  /**
   * `r` plus every unit (within `within`) of a topic whose heading the term matches, added with
   * the heading's tier, a lower quality and no highlight; `added` lists those units.
   */
  private withTopicContext(term: string, r: TermResult, within: Int32Array | null): { result: TermResult; added: Set<number> } {
    const { units } = this.index();
    const all = this.cachedTerm(term);
    const topics = new Map<number, { tier: Tier; quality: number }>();
    all.ids.forEach((id, i) => {
      const u = units[id]!;
      if (u.kind === 'topic' && u.topic !== null) topics.set(u.topic, { tier: all.tiers[i] as Tier, quality: all.qualities[i]! });
    });
    const added = new Set<number>();
    if (topics.size === 0) return { result: r, added };
    const out = this.builder;
    r.ids.forEach((id, i) => out.add(id, r.tiers[i] as Tier, r.qualities[i]!, r.ranges[i]));
    const consider = (id: number) => {
      const t = units[id]!.topic;
      const m = t === null ? undefined : topics.get(t);
      if (!m || out.has(id)) return;
      out.add(id, m.tier, Math.min(0.95, m.quality + CONTEXT_PENALTY), []);
      added.add(id);
    };
    if (within) for (const id of within) consider(id);
    else for (let id = 0; id < units.length; id++) consider(id);
    return { result: out.build(), added };
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
    let prefixLength = 0;
    if (isLatinTerm(term))
      for (const [k, v] of this.cache)
        if (k.length > prefixLength && k.length >= 2 && term.startsWith(k) && isLatinTerm(k)) {
          prefix = v;
          prefixLength = k.length;
        }
    const r = this.evalTerm(term, prefix ? prefix.ids : null);
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
    const out = this.builder;
    const cps = codePoints(term);
    let exact = unitsWithAll(chars, cps);
    if (within) exact = intersectSorted(exact, within);
    // One character: the postings are the answer. Longer: check the characters are adjacent.
    const single = cps.length === 1 && term.length === String.fromCodePoint(cps[0]!).length;
    let exactCount = 0;
    for (const id of exact)
      if (single || units[id]!.norm.includes(term)) {
        out.add(id, 0, 0);
        exactCount++;
      }
    const byPinyin = isLatinTerm(term) ? this.pinyinTerm(term, within, out) : 0;
    // Typo tolerance is for terms that find (almost) nothing as typed: a term with enough exact
    // hits is taken at its word, and its list is not padded with near misses. A Latin term is
    // pinyin or an English word (pompei for Pompeo): typos are looked for when neither finds it.
    if (exactCount < this.fuzzyBelow && byPinyin === 0 && allowedErrors(term.length, this.threshold) > 0) this.fuzzyTerm(term, cps, within, out);
    return out.build();
  }

  /** Adds the units the term matches as pinyin; returns how many. */
  private pinyinTerm(term: string, within: Int32Array | null, out: TermResultBuilder): number {
    // One letter is the initial of most characters: it would match nearly every unit and say nothing.
    if (term.length < 2) return 0;
    const p = this.pinyinIndex();
    if (!p) {
      this.whenLoaded(loadPinyin());
      return 0;
    }
    let found = 0;
    p.scan(
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

  /** Highlight ranges of entry `at` of a term result, recomputed for exact and pinyin matches. */
  private rangesOf(r: TermResult, at: number, id: number, term: string): Range[] {
    if (at < 0) return [];
    const known = r.ranges[at];
    if (known) return known;
    const norm = this.index().units[id]!.norm;
    if (r.tiers[at] === 1) return this.pinyin?.match(id, term)?.ranges ?? [];
    return exactRanges(norm, term) ?? [];
  }

  private fuzzyTerm(term: string, cps: number[], within: Int32Array | null, out: TermResultBuilder): void {
    const { units, chars } = this.index();
    const errors = allowedErrors(term.length, this.threshold);
    // A match with e errors still holds all but e of the term's distinct characters …
    const need = Math.max(1, cps.length - errors);
    // … and (each edit breaking at most two) all but 2e of its character pairs.
    const pairs = bigrams(term);
    const needPairs = pairs.length - 2 * errors;
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
    for (const id of touched) {
      if (counts[id]! < need || out.has(id)) continue;
      if (needPairs > 0) {
        const norm = units[id]!.norm;
        let have = 0;
        for (const pair of pairs) if (norm.includes(pair)) have++;
        if (have < needPairs) continue;
      }
      cands.push(id);
    }
    if (within) cands = cands.filter((id) => findId(within, id) >= 0);
    cands.sort((a, b) => counts[b]! - counts[a]! || a - b);
    for (const id of touched) counts[id] = 0;
    let budget = FUZZY_CHAR_BUDGET;
    const kept: number[] = [];
    for (const id of cands) {
      if (kept.length >= FUZZY_CAP || budget <= 0) break;
      kept.push(id);
      budget -= units[id]!.norm.length;
    }
    const found = fuzzyMatches(
      kept.map((id) => units[id]!.norm),
      term,
      this.threshold,
    );
    for (const f of found) out.add(kept[f.index]!, 2, f.score, f.ranges);
  }
}

function bigrams(term: string): string[] {
  const cs = Array.from(term);
  const out = new Set<string>();
  for (let i = 0; i + 1 < cs.length; i++) out.add(cs[i]! + cs[i + 1]!);
  return [...out];
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
