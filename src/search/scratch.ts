import { type TermResult, TermResultBuilder } from './termresult.js';

/**
 * Working memory shared by every term of every search over one index: arrays as long as the
 * corpus has units, allocated once. It is lent out explicitly, one use at a time — a nested use
 * (a term evaluated while another term's result is being collected) throws instead of mixing the
 * two — and is always left empty, even when a use fails.
 */
export class Scratch {
  private readonly builder: TermResultBuilder;
  /** Per unit, how many of a term's characters it holds (fuzzy prefilter); all zero between uses. */
  private readonly counts: Uint16Array;
  private collecting = false;
  private counting = false;

  constructor(unitCount: number) {
    this.builder = new TermResultBuilder(unitCount);
    this.counts = new Uint16Array(unitCount);
  }

  /** One term result, collected by `fill` into the shared builder. */
  collect(fill: (out: TermResultBuilder) => void): TermResult {
    if (this.collecting) throw new Error('Scratch.collect: already collecting a term result');
    this.collecting = true;
    try {
      fill(this.builder);
      return this.builder.build();
    } finally {
      this.builder.clear();
      this.collecting = false;
    }
  }

  /** Runs `count` with the per-unit counters; `touched` must list every id it counted, to be reset after. */
  withCounts<T>(count: (counts: Uint16Array, touched: number[]) => T): T {
    if (this.counting) throw new Error('Scratch.withCounts: counters already in use');
    this.counting = true;
    const touched: number[] = [];
    try {
      return count(this.counts, touched);
    } finally {
      for (const id of touched) this.counts[id] = 0;
      this.counting = false;
    }
  }
}
