/**
 * The readings of each distinct character, looked up once in pinyin-pro and numbered: a
 * "reading set" id per character, with per-set tables the matcher reads in its inner loop.
 */
import { HAN } from '../normalize.js';
import type { PinyinLib } from './lib.js';

/** Character classes (non-negative values are reading-set ids). */
export const SKIP = -1; // punctuation and spaces: free to step over
export const BLOCK = -2; // anything else that letters cannot spell
const UNKNOWN = -3; // not looked up yet

/**
 * A polyphone read its less usual way (银行 as yin-hang) matches, just below its usual reading:
 * every reading of a character is kept, without working out which one its context calls for
 * (pinyin-pro would need whole words for that), and this small cost is the stand-in.
 */
export const RARE_READING_COST = 0.5;

/** The bit of a lower-case letter, for letter sets held in one number. */
export const bit = (code: number) => 1 << (code - 97);

export class ReadingSets {
  /** Per set: its readings (toneless, lower case; ü as both v and u), the usual one first. */
  readonly readings: string[][] = [];
  /** Per set and reading: 2 when the initial is zh / ch / sh, else 1. */
  readonly initLens: number[][] = [];
  /** Per set and reading: RARE_READING_COST unless it is the character's usual reading. */
  readonly rareCosts: number[][] = [];
  /** Per set: bits of the letters its readings start with / contain. */
  readonly firstMask: number[] = [];
  readonly letterMask: number[] = [];
  private readonly bmp = new Int32Array(0x10000).fill(UNKNOWN);
  private readonly astral = new Map<number, number>();
  private allSyllables: Set<string> | null = null;
  private allPrefixes: Set<string> | null = null;

  constructor(private readonly lib: PinyinLib) {}

  /** The reading set of a code point (SKIP or BLOCK for what letters cannot spell). */
  setFor(cp: number): number {
    const known = cp <= 0xffff ? this.bmp[cp]! : (this.astral.get(cp) ?? UNKNOWN);
    if (known !== UNKNOWN) return known;
    const id = this.lookUp(cp);
    if (cp <= 0xffff) this.bmp[cp] = id;
    else this.astral.set(cp, id);
    return id;
  }

  /** Every reading of every character looked up so far, and their prefixes (for lower bounds). */
  syllables(): { syllables: Set<string>; prefixes: Set<string> } {
    this.allSyllables ??= new Set(this.readings.flat());
    this.allPrefixes ??= new Set([...this.allSyllables].flatMap((r) => Array.from(r, (_, k) => r.slice(0, k + 1))));
    return { syllables: this.allSyllables, prefixes: this.allPrefixes };
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
    this.allSyllables = null;
    this.allPrefixes = null;
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
}
