/**
 * Line-breaking classes: what a character allows on either side of it. A reduced form of
 * UAX #14 with the prohibition rules of Chinese text layout (W3C clreq §3.1.7, GB/T 15834):
 * closing, pause and stop marks never start a line; opening marks never end one; a dash or
 * ellipsis pair and a Latin word or number are not split.
 */
export const enum BreakClass {
  /** Ideographic and everything else: a line may break before and after it. */
  ID = 0,
  /** Letters, digits and word symbols: no break between two of them (a word or number run). */
  AL = 1,
  /** Opening brackets and quotes: never at the end of a line. */
  OP = 2,
  /** Closing, pause and stop marks: never at the start of a line. */
  CL = 3,
  /** Half-width . , : — like CL, and also inside a number or word between two AL ("3.5", "10:30"). */
  IS = 4,
  /** Space: a break opportunity; the spaces a line breaks at are dropped. */
  SP = 5,
  /** Line feed: a mandatory break, dropped. */
  NL = 6,
  /** — and …: never split a pair of the same one ("——", "……"). */
  INSEP = 7,
  /** No-break space, word joiner: glue on both sides. */
  GL = 8,
}

// The full-width and half-width marks a line must not start with (clreq's 行首禁则), plus
// postfix signs that belong to the number before them (40%, 30℃).
const CLOSING = '，。、；：？！）」』】〕〗》〉〙〛｝］｠｣､｡”’»›)]};?!%‰‱℃℉°′″・·｡～';
const OPENING = '（「『【〔〖《〈〘〚｛［｟｢“‘«‹([{';
const INFIX = '.,:';
const INSEPARABLE = '\u2014\u2015\u2026\u2025\u2e3a\u2e3b';
const GLUE = '\u00a0\u2060\ufeff\u202f\u2007';
const WORD_SYMBOLS = /[\p{L}\p{N}\p{M}\p{Pc}\p{Pd}\p{Sc}#&*+\-/<=>@\\^`|~'"]/u;
const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function classify(cp: number, isWide: (cp: number) => boolean): BreakClass {
  if (cp === 0x20) return BreakClass.SP;
  if (cp === 0x0a) return BreakClass.NL;
  const ch = String.fromCodePoint(cp);
  if (INFIX.includes(ch)) return BreakClass.IS;
  if (CLOSING.includes(ch)) return BreakClass.CL;
  if (OPENING.includes(ch)) return BreakClass.OP;
  if (INSEPARABLE.includes(ch)) return BreakClass.INSEP;
  if (GLUE.includes(ch)) return BreakClass.GL;
  if (isWide(cp) || EXTENDED_PICTOGRAPHIC.test(ch)) return BreakClass.ID;
  if (WORD_SYMBOLS.test(ch)) return BreakClass.AL;
  return BreakClass.ID;
}

/** Per BMP code unit, lazily filled with class + 1 (0 = not computed yet). */
const unitClasses = new Uint8Array(0x10000);

/** The break class of a code point; `isWide` is the narrow-mode width test (2 columns). */
export function breakClassOf(cp: number, isWide: (cp: number) => boolean): BreakClass {
  if (cp > 0xffff) return classify(cp, isWide);
  let c = unitClasses[cp]!;
  if (c === 0) {
    c = classify(cp, isWide) + 1;
    unitClasses[cp] = c;
  }
  return (c - 1) as BreakClass;
}
