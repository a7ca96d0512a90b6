/**
 * Pinyin matching: a Latin-letter term matches a run of characters whose readings spell it,
 * each character given by its full syllable ("xiao") or its initial ("x", or "zh"/"ch"/"sh"),
 * mixed freely (xiaoygq), the last one possibly half typed (xiaoyuang). Punctuation between
 * characters is stepped over for free; up to two other characters may be skipped, at a cost.
 *
 * Readings come from pinyin-pro: every reading of each character (`multiple: true`), the usual
 * one first. A polyphone matches whichever way it is read (银行 yinhang, 行动 xingdong); its less
 * usual readings cost a little more, which stands in for reading it in context (see readings.ts).
 *
 * The parts: lib.ts loads pinyin-pro; readings.ts numbers each distinct character's readings;
 * compiled.ts turns every unit into flat typed arrays; starts.ts lists where each letter can
 * start a match; bound.ts is a term's least possible cost; matcher.ts is the search itself.
 */
import type { Range } from '../ranges.js';
import { CompiledUnits } from './compiled.js';
import type { PinyinLib } from './lib.js';
import { bit, ReadingSets } from './readings.js';
import { buildStarts, type StartLists } from './starts.js';
import { TermMatcher } from './matcher.js';

export { loadPinyin, type PinyinLib, pinyinReady } from './lib.js';

export interface PinyinMatch {
  ranges: Range[];
  /** 0 for full syllables end to end; grows with initials, a partial last syllable and gaps. */
  cost: number;
  /** For ranking, in [0, 0.9]: cost per matched character, scaled. */
  quality: number;
}

export class PinyinIndex {
  private readonly readings: ReadingSets;
  private readonly units: CompiledUnits;
  private starts: StartLists | null = null;

  constructor(lib: PinyinLib, texts: readonly string[]) {
    this.readings = new ReadingSets(lib);
    this.units = new CompiledUnits(this.readings, texts);
  }

  /** True once every unit is compiled. */
  get ready(): boolean {
    return this.units.ready;
  }

  /** Compiles up to `count` more units; returns true when all are done (for chunked warming). */
  compileSome(count = Infinity): boolean {
    const done = this.units.compileSome(count);
    // The per-letter start lists come with the last slice, so no keystroke pays for them.
    if (done && !this.starts) this.starts = buildStarts(this.units, this.readings);
    return done;
  }

  /** Units among `ids` (or all, in order) that `term` spells, each with its best match's quality. */
  scan(term: string, ids: ArrayLike<number> | null, skip: (id: number) => boolean, found: (id: number, quality: number) => void): void {
    this.compileSome();
    let need = 0;
    for (let k = 0; k < term.length; k++) need |= bit(term.charCodeAt(k));
    const wanted = (id: number) => (this.units.unitLetters[id]! & need) === need && !skip(id);
    const m = new TermMatcher(this.units, this.readings, term);
    const count = this.units.texts.length;
    // Over most of the corpus, walk only the characters that can start the term.
    if (!ids || ids.length * 8 > count) return this.scanStarts(m, term, ids, wanted, found);
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      if (wanted(id) && m.run(id)) found(id, m.quality());
    }
  }

  private scanStarts(
    m: TermMatcher,
    term: string,
    ids: ArrayLike<number> | null,
    wanted: (id: number) => boolean,
    found: (id: number, quality: number) => void,
  ): void {
    const starts = (this.starts ??= buildStarts(this.units, this.readings));
    let allowed: Uint8Array | null = null;
    if (ids) {
      allowed = new Uint8Array(this.units.texts.length);
      for (let j = 0; j < ids.length; j++) allowed[ids[j]!] = 1;
    }
    const positions = starts.byLetter[term.charCodeAt(0) - 97]!;
    let unit = -1;
    let open = false;
    for (let p = 0; p < positions.length; p++) {
      const i = positions[p]!;
      const u = starts.unitOf[i]!;
      if (u !== unit) {
        if (open && m.found) found(unit, m.quality());
        unit = u;
        open = (!allowed || allowed[u] === 1) && wanted(u);
        if (open) m.startUnit(u);
      }
      if (open && !m.settled) m.from(i);
    }
    if (open && m.found) found(unit, m.quality());
  }

  /** The cheapest way `term` (a–z) is spelled by a run of unit `id`'s characters, or null. */
  match(id: number, term: string): PinyinMatch | null {
    if (term.length === 0) return null;
    this.compileSome();
    const m = new TermMatcher(this.units, this.readings, term);
    if (!m.run(id)) return null;
    return { ranges: m.ranges(), cost: m.cost, quality: m.quality() };
  }
}
