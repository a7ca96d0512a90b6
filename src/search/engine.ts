/**
 * The search pipeline: query → terms → per-term matches (terms.ts: exact, pinyin, fuzzy; cached
 * while typing, termcache.ts) → AND (plan.ts, with topic context, context.ts) → ranked hits
 * (rank.ts).
 *
 * Speed: a character → unit inverted index narrows each term to the units that could match; a
 * term that extends the previous one (typing) reuses its pinyin candidates; fuse only ever sees
 * candidates that pass a character-count and a character-pair filter, and a bounded number.
 */
import type { Transcript } from '../transcript/model.js';
import { CharIndex, codePoints, unitsWithAll } from './charindex.js';
import { withTopicContext } from './context.js';
import { FUZZY_BELOW, FUZZY_THRESHOLD } from './fuzzy.js';
import { HAN, isLatinTerm, queryTerms } from './normalize.js';
import { loadPinyin, PinyinIndex, pinyinReady } from './pinyin/index.js';
import { onlyThroughTopics, type Plan, planAnd } from './plan.js';
import { normalizeRanges, type Range } from './ranges.js';
import { APART_PENALTY, bestKeys, hitScore, keyId, keyScore, MAX_UNITS, sortKey, WORST_QUALITY } from './rank.js';
import { Scratch } from './scratch.js';
import { loadT2s, t2sReady } from './t2s.js';
import { TermCache } from './termcache.js';
import { findId } from './termresult.js';
import { evalTerm, rangesOf, type TermIndex } from './terms.js';
import { DEFAULT_LIMIT, type EngineOptions, type Hit, type Scope, type SearchOptions } from './types.js';
import { buildUnits, type HitKind, type Unit } from './units.js';

const SCOPE_KINDS: Record<Scope, ReadonlySet<HitKind>> = {
  all: new Set<HitKind>(['topic', 'question', 'quote', 'answer']),
  questions: new Set<HitKind>(['question']),
  quotes: new Set<HitKind>(['quote']),
  answers: new Set<HitKind>(['answer']),
};

interface Built {
  units: Unit[];
  chars: CharIndex;
  terms: TermIndex;
}

export class SearchEngine {
  private built: Built | null = null;
  private pinyin: PinyinIndex | null = null;
  private readonly cache = new TermCache();
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
      if (units.length >= MAX_UNITS) throw new Error(`too many search units: ${units.length}`);
      const chars = new CharIndex(units);
      const terms: TermIndex = {
        units,
        chars,
        scratch: new Scratch(units.length),
        pinyin: () => this.pinyinIndex(true),
        threshold: this.threshold,
        fuzzyBelow: this.fuzzyBelow,
      };
      this.built = { units, chars, terms };
    }
    return this.built;
  }

  /** Answer units holding every character of `probe` (for placing quotes). */
  private *answersWith(probe: string): Iterable<Unit> {
    const { units, chars } = this.index();
    for (const id of unitsWithAll(chars, codePoints(probe))) if (units[id]!.kind === 'answer') yield units[id]!;
  }

  /**
   * Builds the index (all of it), loads pinyin-pro and compiles every unit's pinyin, yielding to the event
   * loop between slices so that a caller's keystrokes are not held up.
   */
  async warm(): Promise<void> {
    const tick = () => new Promise<void>((r) => setImmediate(r));
    await tick();
    const { chars } = this.index();
    await tick();
    chars.fill(); // every character's units now, rather than at the keystroke that first asks
    await tick();
    await loadPinyin().catch(() => undefined);
    const p = this.pinyinIndex(false);
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

  /** The pinyin tables once pinyin-pro has loaded; else null, having started the load when `load`. */
  private pinyinIndex(load: boolean): PinyinIndex | null {
    if (!this.pinyin) {
      const lib = pinyinReady();
      if (!lib) {
        if (load) this.whenLoaded(loadPinyin());
        return null;
      }
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
    const { units, terms: ix } = this.index();
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

    const all = (term: string) => this.cache.get(term, (t, within) => evalTerm(ix, t, within));
    const plan = planAnd(terms, {
      all,
      within: (term, ids) => evalTerm(ix, term, ids),
      context: (term, r, within) => withTopicContext(units, ix.scratch, r, all(term), within),
    });
    if (!plan) return [];

    const keys = new Float64Array(plan.survivors.length);
    let n = 0;
    plan.survivors.forEach((id, j) => {
      const u = units[id]!;
      if (!kinds.has(u.kind) || onlyThroughTopics(plan, id)) return;
      const { tier, quality } = this.grade(plan, id, j);
      keys[n++] = sortKey(hitScore(tier, quality, u.kind), id);
    });
    return Array.from(bestKeys(keys, n, limit), (key) => {
      const id = keyId(key);
      return toHit(units[id]!, keyScore(key), this.highlights(plan, id));
    });
  }

  /** A survivor's tier (its weakest term's) and quality (the terms' mean), or the joined match's. */
  private grade(plan: Plan, id: number, j: number): { tier: number; quality: number } {
    let tier = 0;
    let quality = 0;
    for (const r of plan.perTerm) {
      const at = r.ids === plan.survivors ? j : findId(r.ids, id);
      tier = Math.max(tier, r.tiers[at]!);
      quality += r.qualities[at]! / plan.perTerm.length;
    }
    if (!plan.joined) return { tier, quality };
    const at = findId(plan.joined.ids, id);
    if (at >= 0) return { tier: plan.joined.tiers[at]!, quality: plan.joined.qualities[at]! };
    return { tier, quality: Math.min(WORST_QUALITY, quality + APART_PENALTY) };
  }

  /** Highlight ranges of a hit: the joined match's, or every term's. */
  private highlights(plan: Plan, id: number): Range[] {
    const ix = this.index().terms;
    const j = plan.joined ? findId(plan.joined.ids, id) : -1;
    if (plan.joined && j >= 0) return rangesOf(ix, plan.joined, j, id, plan.terms.join(''));
    return plan.perTerm.flatMap((r, k) => rangesOf(ix, r, findId(r.ids, id), id, plan.terms[k]!));
  }
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
