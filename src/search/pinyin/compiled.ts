/**
 * Every unit's text as flat typed arrays, one entry per code point: its reading set, its UTF-16
 * offset in the unit and whether it is an astral character (two code units). A scan over the
 * whole corpus is then a tight loop over integers. Compiled in slices, for idle time.
 */
import type { ReadingSets } from './readings.js';

export class CompiledUnits {
  /** Flat per code point of every unit: reading set, UTF-16 offset in its unit, 1 for an astral character. */
  readonly sets: Int32Array;
  readonly offs: Int32Array;
  readonly astral: Uint8Array;
  /** unitFrom[u] .. unitFrom[u + 1]: unit u's code points. */
  readonly unitFrom: Int32Array;
  /** Per unit: every letter its characters' readings contain. */
  readonly unitLetters: Int32Array;
  private compiled = 0;
  private fill = 0;

  constructor(
    private readonly readings: ReadingSets,
    readonly texts: readonly string[],
  ) {
    let total = 0;
    for (const t of texts) total += t.length;
    this.sets = new Int32Array(total);
    this.offs = new Int32Array(total);
    this.astral = new Uint8Array(total);
    this.unitFrom = new Int32Array(texts.length + 1);
    this.unitLetters = new Int32Array(texts.length);
  }

  get ready(): boolean {
    return this.compiled === this.texts.length;
  }

  /** Code points compiled so far (all of them once ready). */
  get size(): number {
    return this.fill;
  }

  /** Compiles up to `count` more units; returns true when all are done. */
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
        const set = this.readings.setFor(cp);
        if (set >= 0) letters |= this.readings.letterMask[set]!;
        this.sets[this.fill] = set;
        this.offs[this.fill] = at;
        this.astral[this.fill] = cp > 0xffff ? 1 : 0;
        this.fill++;
      }
      this.unitLetters[u] = letters;
    }
    this.compiled = stop;
    this.unitFrom[stop] = this.fill;
    return this.ready;
  }
}
