/**
 * The units one query term matches, sorted by unit id, with how well (tier, quality) and, for
 * fuzzy matches, the highlight ranges (exact and pinyin ranges are recomputed for shown hits only).
 */
import type { Range } from './ranges.js';

/** 0: exact (folded) substring; 1: pinyin; 2: fuzzy. */
export type Tier = 0 | 1 | 2;

export interface TermResult {
  ids: Int32Array;
  tiers: Uint8Array;
  qualities: Float32Array;
  /** Ranges per entry when known; null means "recompute for this tier when shown". */
  ranges: (Range[] | null)[];
}

const NONE = 255;

/**
 * Collects matches in any order into per-unit arrays, reused from one term to the next (they are
 * as long as the corpus has units, too large to allocate per keystroke). The search shares one
 * builder through `Scratch`, which lends it out one term at a time.
 */
export class TermResultBuilder {
  private readonly tiers: Uint8Array;
  private readonly qualities: Float32Array;
  private readonly ranges = new Map<number, Range[]>();
  private touched: number[] = [];

  constructor(unitCount: number) {
    this.tiers = new Uint8Array(unitCount).fill(NONE);
    this.qualities = new Float32Array(unitCount);
  }

  has(id: number): boolean {
    return this.tiers[id] !== NONE;
  }

  /** Records a match; the first one recorded for a unit wins (callers add the best tier first). */
  add(id: number, tier: Tier, quality: number, ranges: Range[] | null = null): void {
    if (this.tiers[id] !== NONE) return;
    this.tiers[id] = tier;
    this.qualities[id] = quality;
    if (ranges) this.ranges.set(id, ranges);
    this.touched.push(id);
  }

  /** True when nothing has been added since the last build or clear. */
  get empty(): boolean {
    return this.touched.length === 0;
  }

  /** Forgets everything added (after a failure part-way through a term). */
  clear(): void {
    for (const id of this.touched) this.tiers[id] = NONE;
    this.ranges.clear();
    this.touched = [];
  }

  /** The result, and the builder cleared for the next term. */
  build(): TermResult {
    const ids = Int32Array.from(this.touched).sort();
    const n = ids.length;
    const r: TermResult = { ids, tiers: new Uint8Array(n), qualities: new Float32Array(n), ranges: new Array<Range[] | null>(n) };
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      r.tiers[i] = this.tiers[id]!;
      r.qualities[i] = this.qualities[id]!;
      r.ranges[i] = this.ranges.get(id) ?? null;
      this.tiers[id] = NONE;
    }
    this.ranges.clear();
    this.touched = [];
    return r;
  }
}

/** Position of `id` in sorted `ids`, or -1. */
export function findId(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
