import { eastAsianWidth, eastAsianWidthType } from 'get-east-asian-width';

/** How East Asian Ambiguous characters (“ ” — … · ■, box drawing) are measured. */
export type Ambiguous = 'narrow' | 'wide';

export interface WidthOptions {
  ambiguous?: Ambiguous;
}

let segmenter: Intl.Segmenter | undefined;
/** Made on first use: loading ICU's break data takes 20–60 ms, which commands that never measure text need not pay. */
function graphemeSegmenter(): Intl.Segmenter {
  return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));
}

/** Splits text into grapheme clusters (what a user sees as one character). */
export function graphemes(text: string): string[] {
  if (isSimple(text)) return text.split('');
  const starts = clusterStarts(text);
  const out: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++) out.push(text.slice(starts[k], starts[k + 1]));
  return out;
}

/**
 * True when every UTF-16 code unit of `text` is a grapheme cluster of its own, so the text can be
 * measured and broken code unit by code unit without Intl.Segmenter (≈20× faster). Anything that
 * may join code units into one cluster sends the text to the slow path: surrogates (astral CJK,
 * emoji, flags), marks and other Grapheme_Extend characters (halfwidth katakana voicing marks),
 * format characters (ZWJ, prepend marks), variation selectors, keycaps, conjoining Hangul jamo,
 * CR (CR LF is one cluster), and the few letters whose grapheme class is SpacingMark or Prepend.
 * tests/text/width.test.ts checks this against Intl.Segmenter for every BMP character.
 */
const NOT_SIMPLE = /[\p{M}\p{Grapheme_Extend}\p{Cf}\r\u{10000}-\u{10ffff}\ud800-\udfff\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0e33\u0eb3\u0d4e]/u;

export function isSimple(text: string): boolean {
  return !NOT_SIMPLE.test(text);
}

const NOT_SIMPLE_GLOBAL = new RegExp(NOT_SIMPLE.source, 'gu');
const NOT_SIMPLE_RUN = new RegExp(`${NOT_SIMPLE.source}+`, 'uy');

/**
 * UTF-16 offsets where grapheme clusters start, then text.length. Intl.Segmenter is asked only
 * about small windows around the characters that can join (see NOT_SIMPLE): the code unit before
 * such a run (its base), the run, and the code unit after it (a prepend mark's base, an emoji
 * after a ZWJ, a syllable after a jamo). Two code units outside NOT_SIMPLE never join, so the
 * window edges are true boundaries, and one emoji no longer costs a whole paragraph the slow path.
 */
export function clusterStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  let i = 0;
  NOT_SIMPLE_GLOBAL.lastIndex = 0;
  for (let m = NOT_SIMPLE_GLOBAL.exec(text); m; m = NOT_SIMPLE_GLOBAL.exec(text)) {
    const from = Math.max(i, m.index - 1);
    for (; i < from; i++) starts.push(i);
    let end = m.index;
    do {
      NOT_SIMPLE_RUN.lastIndex = end;
      NOT_SIMPLE_RUN.test(text);
      end = Math.min(n, NOT_SIMPLE_RUN.lastIndex + 1);
    } while (end < n && isJoining(text, end));
    for (const { index } of graphemeSegmenter().segment(text.slice(from, end))) starts.push(from + index);
    i = end;
    NOT_SIMPLE_GLOBAL.lastIndex = end;
  }
  for (; i < n; i++) starts.push(i);
  starts.push(n);
  return starts;
}

function isJoining(text: string, at: number): boolean {
  NOT_SIMPLE_RUN.lastIndex = at;
  return NOT_SIMPLE_RUN.test(text);
}

const ZERO_WIDTH_CP = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u200b\u2028\u2029\ufeff]/u;

/** Width of one code point on its own: 0, 1 or 2. */
export function codePointWidth(cp: number, wide: boolean): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (ZERO_WIDTH_CP.test(String.fromCodePoint(cp))) return 0;
  return eastAsianWidth(cp, { ambiguousAsWide: wide });
}

/**
 * Per BMP code unit, lazily filled: bits 0-1 narrow width, bit 2 "ambiguous", bit 7 "known".
 * A table lookup replaces two regex tests and a binary search per character.
 */
const unitTable = new Uint8Array(0x10000);
const KNOWN = 0x80;
const AMBIGUOUS = 0x04;

function unitEntry(u: number): number {
  let e = unitTable[u]!;
  if (e === 0) {
    // Lone surrogates measure as one column (terminals draw a replacement character).
    const isSurrogate = u >= 0xd800 && u <= 0xdfff;
    const w = isSurrogate ? 1 : codePointWidth(u, false);
    const amb = !isSurrogate && w === 1 && eastAsianWidthType(u) === 'ambiguous' && codePointWidth(u, true) === 2;
    e = KNOWN | w | (amb ? AMBIGUOUS : 0);
    unitTable[u] = e;
  }
  return e;
}

/** Width of one UTF-16 code unit taken as a whole grapheme (the simple path). */
export function unitWidth(u: number, wide: boolean): number {
  const e = unitEntry(u);
  return wide && e & AMBIGUOUS ? 2 : e & 3;
}

const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * The most columns one grapheme cluster takes (a wide character, an emoji sequence). The line
 * breaker puts a cluster wider than the line on a row of its own, so this is also the narrowest
 * width the layout can honour: `--width` below it is refused.
 */
export const WIDEST_GRAPHEME = 2;

/** Columns one grapheme cluster takes in a terminal: 0, 1 or 2 (WIDEST_GRAPHEME). */
export function graphemeWidth(g: string, opts: WidthOptions = {}): number {
  const wide = opts.ambiguous === 'wide';
  if (g.length === 0) return 0;
  if (g.length === 1) return unitWidth(g.charCodeAt(0), wide);
  const cp0 = g.codePointAt(0)!;
  if (g.length === 2 && cp0 > 0xffff) return codePointWidth(cp0, wide);
  // Emoji sequences are drawn as one wide emoji: flags (two regional indicators), keycaps,
  // ZWJ sequences, VS16 (emoji presentation) and skin-tone modifiers.
  if (cp0 >= 0x1f1e6 && cp0 <= 0x1f1ff && g.length >= 4) return 2;
  if (g.includes('\u20e3')) return 2;
  if ((g.includes('\ufe0f') || g.includes('\u200d') || /[\u{1f3fb}-\u{1f3ff}]/u.test(g)) && EXTENDED_PICTOGRAPHIC.test(g)) return 2;
  // Otherwise the cluster is as wide as its base: the first code point that takes room
  // ("e" + U+0301 → 1, Hangul L+V+T jamo → 2, CR LF → 0).
  for (const ch of g) {
    const w = codePointWidth(ch.codePointAt(0)!, wide);
    if (w > 0) return w;
  }
  return 0;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string, opts: WidthOptions = {}): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const wide = opts.ambiguous === 'wide';
  let w = 0;
  if (isSimple(text)) {
    for (let i = 0; i < text.length; i++) w += unitWidth(text.charCodeAt(i), wide);
    return w;
  }
  const starts = clusterStarts(text);
  for (let k = 0; k + 1 < starts.length; k++) {
    const a = starts[k]!;
    const b = starts[k + 1]!;
    w += b - a === 1 ? unitWidth(text.charCodeAt(a), wide) : graphemeWidth(text.slice(a, b), opts);
  }
  return w;
}
