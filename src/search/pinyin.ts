/**
 * Pinyin matching: a Latin-letter term matches a run of characters whose readings spell it,
 * each character given by its full syllable ("xiao") or its initial ("x", or "zh"/"ch"/"sh"),
 * mixed freely (xiaoygq), the last one possibly half typed (xiaoyuang). Punctuation between
 * characters is stepped over for free; up to MAX_GAPS other characters may be skipped, at a cost.
 *
 * Readings come from pinyin-pro, every reading of each character (`multiple: true`), so a
 * polyphone matches whichever way it is read in context (银行 yinhang, 行动 xingdong) without
 * segmenting words. They are looked up once per distinct character; all units are compiled into
 * flat typed arrays (one reading-set id per code point) so a scan over the whole corpus is a
 * tight loop, and the depth-first matcher allocates nothing per character.
 */
import type { Range } from './ranges.js';
import { HAN } from './normalize.js';
import { lazy } from '../lazy.js';

type PinyinFn = (text: string, opts: { multiple: true; type: 'array'; toneType: 'none'; v: boolean }) => string[];
export interface PinyinLib {
  pinyin: PinyinFn;
}

/** Character classes (non-negative values are reading-set ids). */
const SKIP = -1; // punctuation and spaces: free to step over
const BLOCK = -2; // anything else that letters cannot spell
const UNKNOWN = -3; // not looked up yet

/** Costs: a full syllable costs nothing. */
const INITIAL_COST = 1;
const PARTIAL_COST = 1;
const GAP_COST = 3;
/** A polyphone read its less usual way (银行 as yin-hang) matches, just below its usual reading:
 *  readings in context are not computed, so this is the cheap stand-in for them. */
const RARE_READING_COST = 0.5;
const MAX_GAPS = 2;
/** Matcher steps per unit before giving up on it: bounds pathological inputs. */
const STEP_BUDGET = 5_000;

export interface PinyinMatch {
  ranges: Range[];
  /** 0 for full syllables end to end; grows with initials, a partial last syllable and gaps. */
  cost: number;
  /** For ranking, in [0, 0.9]: cost per matched character, scaled. */
  quality: number;
}

const bit = (code: number) => 1 << (code - 97);

export class PinyinIndex {
  private readonly readings: string[][] = [];
  private readonly initLens: number[][] = [];
  /** Per reading: RARE_READING_COST unless it is the character's usual reading. */
  private readonly rareCosts: number[][] = [];
  /** Per reading set: bits of the letters its readings start with / contain. */
  private readonly firstMask: number[] = [];
  private readonly letterMask: number[] = [];
  private readonly bmp = new Int32Array(0x10000).fill(UNKNOWN);
  private readonly astral = new Map<number, number>();

  /** Flat per code point of every unit: reading set, UTF-16 offset in its unit, UTF-16 length. */
  private sets = new Int32Array(0);
  private offs = new Int32Array(0);
  private wide = new Uint8Array(0);
  /** unitFrom[u] .. unitFrom[u + 1]: unit u's code points; unitLetters[u]: every letter it can spell. */
  private unitFrom: Int32Array;
  private unitLetters: Int32Array;
  private compiled = 0;
  private fill = 0;

  // Matcher state for the current (unit, term), kept in fields so the recursion allocates nothing.
  private term = '';
  private suffixes: string[] = [];
  private floor = 0;
  private syllables: Set<string> | null = null;
  private prefixes: Set<string> | null = null;
  private maxGaps = MAX_GAPS;
  private end = 0;
  private steps = 0;
  private path = new Int32Array(0);
  private bestPath = new Int32Array(0);
  private bestLen = 0;
  private bestCost = Infinity;

  constructor(
    private readonly lib: PinyinLib,
    private readonly texts: readonly string[],
  ) {
    let total = 0;
    for (const t of texts) total += t.length;
    this.sets = new Int32Array(total);
    this.offs = new Int32Array(total);
    this.wide = new Uint8Array(total);
    this.unitFrom = new Int32Array(texts.length + 1);
    this.unitLetters = new Int32Array(texts.length);
  }

  /** True once every unit is compiled. */
  get ready(): boolean {
    return this.compiled === this.texts.length;
  }

  /** Compiles up to `count` more units; returns true when all are done (for chunked warming). */
  compileSome(count = Infinity): boolean {
    const stop = Math.min(this.texts.length, this.compiled + count);
    for (let u = this.compiled; u < stop; u++) {
      const s = this.texts[u]!;
      this.unitFrom[u] = this.fill;
      let letters = 0;
      for (let i = 0; i < s.length; i++) {
        let cp = s.charCodeAt(i);
        const at = i;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
          cp = s.codePointAt(i)!;
          i++;
        }
        const set = this.setFor(cp);
        if (set >= 0) letters |= this.letterMask[set]!;
        this.sets[this.fill] = set;
        this.offs[this.fill] = at;
        this.wide[this.fill] = cp > 0xffff ? 1 : 0;
        this.fill++;
      }
      this.unitLetters[u] = letters;
    }
    this.compiled = stop;
    this.unitFrom[stop] = this.fill;
    // The per-letter start lists come with the last slice, so no keystroke pays for them.
    if (this.ready && !this.starts) this.starts = this.buildStarts();
    return this.ready;
  }

  private setFor(cp: number): number {
    const known = cp <= 0xffff ? this.bmp[cp]! : (this.astral.get(cp) ?? UNKNOWN);
    if (known !== UNKNOWN) return known;
    const id = this.lookUp(cp);
    if (cp <= 0xffff) this.bmp[cp] = id;
    else this.astral.set(cp, id);
    return id;
  }

  private lookUp(cp: number): number {
    const ch = String.fromCodePoint(cp);
    let readings: string[];
    const rare: number[] = [];
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) readings = [ch];
    else if (HAN.test(ch)) {
      const raw = this.lib.pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: true });
      const clean = raw.map((r) => r.toLowerCase()).filter((r) => /^[a-z]+$/.test(r));
      // ü is typed v (lv) or u (lu): accept both. pinyin-pro lists the usual reading first.
      const seen = new Set<string>();
      readings = [];
      clean.forEach((r, k) => {
        for (const form of r.includes('v') ? [r, r.replace(/v/g, 'u')] : [r])
          if (!seen.has(form)) {
            seen.add(form);
            readings.push(form);
            rare.push(k === 0 ? 0 : RARE_READING_COST);
          }
      });
      if (readings.length === 0) return BLOCK;
    } else return /[\p{P}\p{S}\p{Z}\s]/u.test(ch) ? SKIP : BLOCK;
    if (rare.length === 0) rare.push(0);
    const id = this.readings.length;
    this.readings.push(readings);
    this.rareCosts.push(rare);
    this.syllables = null;
    this.initLens.push(readings.map((r) => (/^[zcs]h./.test(r) ? 2 : 1)));
    let first = 0;
    let all = 0;
    for (const r of readings) {
      first |= bit(r.charCodeAt(0));
      for (let k = 0; k < r.length; k++) all |= r.charCodeAt(k) >= 97 ? bit(r.charCodeAt(k)) : 0;
    }
    this.firstMask.push(first);
    this.letterMask.push(all);
    return id;
  }

  /** Units among `ids` (or all, in order) that `term` spells, each with its best match's quality. */
  scan(term: string, ids: ArrayLike<number> | null, skip: (id: number) => boolean, found: (id: number, quality: number) => void): void {
    this.compileSome();
    let need = 0;
    for (let k = 0; k < term.length; k++) need |= bit(term.charCodeAt(k));
    this.setTerm(term);
    const wanted = (id: number) => (this.unitLetters[id]! & need) === need && !skip(id);
    // Over most of the corpus, walk only the characters that can start the term.
    if (!ids || ids.length * 8 > this.texts.length) return this.scanStarts(ids, wanted, found);
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      if (wanted(id) && this.run(id)) found(id, this.quality());
    }
  }

  /** Flat positions of the characters with a reading starting with each letter, and their units. */
  private starts: Int32Array[] | null = null;
  private unitOf = new Int32Array(0);

  private buildStarts(): Int32Array[] {
    const n = this.fill;
    const unitOf = new Int32Array(n);
    for (let u = 0; u < this.texts.length; u++) unitOf.fill(u, this.unitFrom[u]!, this.unitFrom[u + 1]!);
    const counts = new Int32Array(26);
    const sets = this.sets;
    for (let i = 0; i < n; i++) {
      const set = sets[i]!;
      if (set < 0) continue;
      for (let m = this.firstMask[set]!; m !== 0; m &= m - 1) counts[31 - Math.clz32(m & -m)]!++;
    }
    const lists = Array.from(counts, (c) => new Int32Array(c));
    const at = new Int32Array(26);
    for (let i = 0; i < n; i++) {
      const set = sets[i]!;
      if (set < 0) continue;
      for (let m = this.firstMask[set]!; m !== 0; m &= m - 1) {
        const l = 31 - Math.clz32(m & -m);
        lists[l]![at[l]!++] = i;
      }
    }
    this.unitOf = unitOf;
    return lists;
  }

  private scanStarts(ids: ArrayLike<number> | null, wanted: (id: number) => boolean, found: (id: number, quality: number) => void): void {
    this.starts ??= this.buildStarts();
    let allowed: Uint8Array | null = null;
    if (ids) {
      allowed = new Uint8Array(this.texts.length);
      for (let j = 0; j < ids.length; j++) allowed[ids[j]!] = 1;
    }
    const positions = this.starts[this.term.charCodeAt(0) - 97]!;
    const unitOf = this.unitOf;
    let unit = -1;
    let open = false;
    for (let p = 0; p < positions.length; p++) {
      const i = positions[p]!;
      const u = unitOf[i]!;
      if (u !== unit) {
        if (open && this.bestCost !== Infinity) found(unit, this.quality());
        unit = u;
        open = (!allowed || allowed[u] === 1) && wanted(u);
        if (open) {
          this.end = this.unitFrom[u + 1]!;
          this.bestCost = Infinity;
          this.bestLen = 0;
          this.steps = 0;
        }
      }
      if (open && this.bestCost > this.floor) this.step(i, 0, 0, 0, 0);
    }
    if (open && this.bestCost !== Infinity) found(unit, this.quality());
  }

  /** The cheapest way `term` (a–z) is spelled by a run of unit `id`'s characters, or null. */
  match(id: number, term: string): PinyinMatch | null {
    if (term.length === 0) return null;
    this.compileSome();
    this.setTerm(term);
    if (!this.run(id)) return null;
    const ranges: Range[] = [];
    for (let d = 0; d < this.bestLen; d++) {
      const i = this.bestPath[d]!;
      ranges.push([this.offs[i]!, this.offs[i]! + 1 + this.wide[i]!]);
    }
    return { ranges, cost: this.bestCost, quality: this.quality() };
  }

  /**
   * The least cost any text could give `term`: its cheapest split into known syllables (free),
   * initials and a final partial syllable (one each). A unit that reaches it needs no more search.
   */
  private lowerBound(term: string): number {
    if (!this.syllables) {
      this.syllables = new Set(this.readings.flat());
      this.prefixes = new Set([...this.syllables].flatMap((r) => Array.from(r, (_, k) => r.slice(0, k + 1))));
    }
    const best = new Array<number>(term.length + 1).fill(Infinity);
    best[0] = 0;
    for (let k = 0; k < term.length; k++) {
      if (best[k] === Infinity) continue;
      for (let e = k + 1; e <= term.length; e++) {
        const piece = term.slice(k, e);
        if (!this.prefixes!.has(piece)) break;
        const c = this.syllables.has(piece) ? 0 : 1;
        best[e] = Math.min(best[e]!, best[k]! + c);
      }
    }
    return best[term.length]!;
  }

  private setTerm(term: string): void {
    if (term === this.term) return;
    this.term = term;
    this.floor = this.lowerBound(term);
    this.suffixes = Array.from(term, (_, k) => term.slice(k));
    // Gaps only make sense once there is enough typed to anchor them (xygq, not xy).
    this.maxGaps = term.length >= 4 ? MAX_GAPS : 0;
    if (this.path.length < term.length + 1) {
      this.path = new Int32Array(term.length + 1);
      this.bestPath = new Int32Array(term.length + 1);
    }
  }

  private quality(): number {
    return Math.min(0.9, (0.1 * this.bestCost) / Math.max(1, this.bestLen));
  }

  /** Finds the best match of the current term in unit `id`; true when there is one. */
  private run(id: number): boolean {
    const from = this.unitFrom[id]!;
    this.end = this.unitFrom[id + 1]!;
    this.bestCost = Infinity;
    this.bestLen = 0;
    this.steps = 0;
    const first = bit(this.term.charCodeAt(0));
    const sets = this.sets;
    const firstMask = this.firstMask;
    for (let i = from; i < this.end && this.bestCost > this.floor; i++) {
      const set = sets[i]!;
      if (set >= 0 && firstMask[set]! & first) this.step(i, 0, 0, 0, 0);
    }
    return this.bestCost !== Infinity;
  }

  /** Matches term[k..] from code point i, `depth` characters matched so far at `cost`. */
  private step(i: number, k: number, cost: number, gaps: number, depth: number): void {
    if (cost >= this.bestCost || ++this.steps > STEP_BUDGET) return;
    const term = this.term;
    if (k === term.length) {
      this.bestCost = cost;
      this.bestLen = depth;
      this.bestPath.set(this.path.subarray(0, depth));
      return;
    }
    const sets = this.sets;
    while (i < this.end && sets[i] === SKIP) i++;
    if (i >= this.end) return;
    const set = sets[i]!;
    if (set >= 0 && this.firstMask[set]! & bit(term.charCodeAt(k))) {
      this.path[depth] = i;
      const rs = this.readings[set]!;
      const inits = this.initLens[set]!;
      const rares = this.rareCosts[set]!;
      const rest = term.length - k;
      for (let j = 0; j < rs.length; j++) {
        const r = rs[j]!;
        const c = cost + rares[j]!;
        // Each branch is tried only if it could still beat the best match found so far.
        if (c < this.bestCost && term.startsWith(r, k)) this.step(i + 1, k + r.length, c, gaps, depth + 1);
        // The last syllable may be only partly typed.
        else if (c + PARTIAL_COST < this.bestCost && rest < r.length && r.startsWith(this.suffixes[k]!)) this.step(i + 1, term.length, c + PARTIAL_COST, gaps, depth + 1);
        if (c + INITIAL_COST >= this.bestCost) continue;
        const init = inits[j]!;
        if (init < r.length && term.startsWith(init === 1 ? r[0]! : r.slice(0, 2), k)) this.step(i + 1, k + init, c + INITIAL_COST, gaps, depth + 1);
        // zh / ch / sh may be typed as z / c / s.
        if (init === 2 && term.charCodeAt(k) === r.charCodeAt(0)) this.step(i + 1, k + 1, c + INITIAL_COST, gaps, depth + 1);
      }
    }
    if (depth > 0 && gaps < this.maxGaps && set !== BLOCK && cost + GAP_COST < this.bestCost) this.step(i + 1, k, cost + GAP_COST, gaps + 1, depth);
  }
}

const pinyinLib = lazy(async () => (await import('pinyin-pro')) as unknown as PinyinLib);

export function pinyinReady(): PinyinLib | null {
  return pinyinLib.ready();
}

/** Loads pinyin-pro once (its dictionary is large, so only when a Latin query needs it). */
export function loadPinyin(): Promise<PinyinLib> {
  return pinyinLib.load();
}

export function providePinyin(l: PinyinLib): void {
  pinyinLib.provide(l);
}
