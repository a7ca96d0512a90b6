/**
 * Pinyin matching: a Latin-letter term matches a run of characters whose readings spell it,
 * each character given by its full syllable ("xiao") or its initial ("x", or "zh"/"ch"/"sh"),
 * mixed freely (xiaoygq), the last one possibly half typed (xiaoyuang). Punctuation between
 * characters is skipped; a few skipped characters (gaps) are allowed at a cost.
 *
 * Readings come from pinyin-pro, every reading of each character (`multiple: true`), so a
 * polyphone matches whichever way it is read in context (银行 yinhang, 行动 xingdong) without
 * segmenting words. They are computed once per distinct character and compiled per unit only
 * when a Latin query first reaches that unit.
 */
import type { Range } from './ranges.js';
import { HAN } from './normalize.js';

type PinyinFn = (text: string, opts: { multiple: true; type: 'array'; toneType: 'none'; v: boolean }) => string[];
export interface PinyinLib {
  pinyin: PinyinFn;
}

/** Character classes in a compiled unit (non-negative values are reading-set ids). */
const SKIP = -1; // punctuation and spaces: free to step over
const BLOCK = -2; // anything else that letters cannot spell

/** Penalties, in cost units (a full syllable costs nothing). */
const INITIAL_COST = 1;
const PARTIAL_COST = 1;
const GAP_COST = 3;
const MAX_GAPS = 2;
/** DFS steps per unit before giving up on it: keeps pathological inputs bounded. */
const STEP_BUDGET = 20_000;

export interface PinyinMatch {
  ranges: Range[];
  /** 0 for full syllables end to end; grows with initials, a partial last syllable and gaps. */
  cost: number;
  /** Quality in [0, 0.9] for ranking: cost per matched character, scaled. */
  quality: number;
}

interface Compiled {
  /** UTF-16 start of each code point. */
  starts: Int32Array;
  /** End of each code point (start of the next, or the text's length). */
  ends: Int32Array;
  /** Reading-set id, SKIP or BLOCK per code point. */
  sets: Int32Array;
}

export class PinyinMatcher {
  /** Reading sets, each a list of toneless syllables (ü written both v and u). */
  private readonly readingSets: string[][] = [];
  /** Bit (letter - 'a') set for each first letter in a reading set. */
  private firstLetters: number[] = [];
  private readonly setOf = new Map<number, number>();
  private readonly compiled = new Map<string, Compiled>();

  constructor(private readonly lib: PinyinLib) {}

  private setFor(cp: number): number {
    let id = this.setOf.get(cp);
    if (id !== undefined) return id;
    const ch = String.fromCodePoint(cp);
    let readings: string[];
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) readings = [ch];
    else if (HAN.test(ch)) {
      const raw = this.lib.pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: true });
      const clean = raw.map((r) => r.toLowerCase()).filter((r) => /^[a-z]+$/.test(r));
      readings = [...new Set(clean.flatMap((r) => (r.includes('v') ? [r, r.replace(/v/g, 'u')] : [r])))];
      if (readings.length === 0) {
        this.setOf.set(cp, BLOCK);
        return BLOCK;
      }
    } else {
      id = /[\p{P}\p{S}\p{Z}\s]/u.test(ch) ? SKIP : BLOCK;
      this.setOf.set(cp, id);
      return id;
    }
    id = this.readingSets.length;
    this.readingSets.push(readings);
    let mask = 0;
    for (const r of readings) mask |= 1 << (r.charCodeAt(0) - 97);
    this.firstLetters.push(mask);
    this.setOf.set(cp, id);
    return id;
  }

  /** Per-unit code-point table, built on first use and kept (keyed by the folded text). */
  private compile(norm: string): Compiled {
    let c = this.compiled.get(norm);
    if (c) return c;
    const cps = Array.from(norm);
    const starts = new Int32Array(cps.length);
    const ends = new Int32Array(cps.length);
    const sets = new Int32Array(cps.length);
    let off = 0;
    cps.forEach((ch, i) => {
      starts[i] = off;
      off += ch.length;
      ends[i] = off;
      sets[i] = this.setFor(ch.codePointAt(0)!);
    });
    c = { starts, ends, sets };
    this.compiled.set(norm, c);
    return c;
  }

  /** The cheapest way `term` (lower-case a–z) is spelled by a run of `norm`'s characters, or null. */
  match(norm: string, term: string): PinyinMatch | null {
    if (term.length === 0) return null;
    const { starts, ends, sets } = this.compile(norm);
    const n = sets.length;
    const first = 1 << (term.charCodeAt(0) - 97);
    const best = { cost: Infinity, path: [] as number[] };
    let steps = 0;
    const path: number[] = [];
    const readingSets = this.readingSets;
    const firstLetters = this.firstLetters;

    // Matches term[k..] starting at character i; `cost` so far; returns nothing, records the best.
    const from = (i: number, k: number, cost: number, gaps: number): void => {
      if (cost >= best.cost) return;
      if (++steps > STEP_BUDGET) return;
      if (k === term.length) {
        best.cost = cost;
        best.path = path.slice();
        return;
      }
      // Step over punctuation for free, then maybe over a few characters at a cost.
      while (i < n && sets[i] === SKIP) i++;
      if (i >= n) return;
      const set = sets[i]!;
      if (set >= 0 && firstLetters[set]! & (1 << (term.charCodeAt(k) - 97))) {
        path.push(i);
        for (const r of readingSets[set]!) {
          if (term.startsWith(r, k)) from(i + 1, k + r.length, cost, gaps);
          const rest = term.length - k;
          // The last syllable may be only partly typed.
          if (rest < r.length && r.startsWith(term.slice(k))) from(i + 1, term.length, cost + PARTIAL_COST, gaps);
          const init = /^[zcs]h/.test(r) ? 2 : 1;
          if (init < r.length && term.startsWith(r.slice(0, init), k)) from(i + 1, k + init, cost + INITIAL_COST, gaps);
          if (init === 2 && term.startsWith(r[0]!, k)) from(i + 1, k + 1, cost + INITIAL_COST, gaps);
        }
        path.pop();
      }
      if (k > 0 && gaps < MAX_GAPS && set !== BLOCK) from(i + 1, k, cost + GAP_COST, gaps + 1);
    };

    for (let i = 0; i < n; i++) {
      const set = sets[i]!;
      if (set < 0 || !(firstLetters[set]! & first)) continue;
      from(i, 0, 0, 0);
      if (best.cost === 0) break;
    }
    if (best.cost === Infinity) return null;
    const ranges: Range[] = best.path.map((i) => [starts[i]!, ends[i]!]);
    return { ranges, cost: best.cost, quality: Math.min(0.9, (0.1 * best.cost) / Math.max(1, best.path.length)) };
  }
}

let lib: PinyinLib | null = null;
let loading: Promise<PinyinLib> | null = null;

export function pinyinReady(): PinyinLib | null {
  return lib;
}

/** Loads pinyin-pro once (its dictionary is large, so only when a Latin query needs it). */
export function loadPinyin(): Promise<PinyinLib> {
  loading ??= import('pinyin-pro').then((m) => {
    lib = m as unknown as PinyinLib;
    return lib;
  });
  return loading;
}

export function providePinyin(l: PinyinLib): void {
  lib = l;
  loading = Promise.resolve(l);
}
