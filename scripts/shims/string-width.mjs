// Substituted for `string-width` in the bundle (see scripts/build.mjs): Ink measures every row it
// draws with string-width, which segments graphemes and tests each against Unicode property
// regexes (the first use of those regexes alone costs tens of milliseconds), and that dominates
// the first frame of a screen full of Chinese. This gives the same
// answers (tests/build/string-width-shim.test.ts checks it against the real one) by a fast path
// for strings made only of characters that are each a whole grapheme, never emoji, never joined
// to a neighbour: ASCII, CJK ideographs, kana, CJK and fullwidth punctuation, Latin-1, general
// punctuation, arrows, box drawing and geometric shapes. Anything else goes to the real string-width (this module's own import of it is
// left alone by the build).
import realStringWidth from 'string-width';
import { eastAsianWidth } from 'get-east-asian-width';

/** Width of a lone code unit on the fast path, or -1 if the string needs the full algorithm. */
function simpleWidth(c, ambiguousAsWide) {
  if (c >= 0x20 && c <= 0x7e) return 1;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 2;
  if (
    (c >= 0x3000 && c <= 0x3029) || // CJK punctuation, before the combining tone marks
    (c >= 0x3031 && c <= 0x303c) || // after 〰 (pictographic), before 〽 (pictographic)
    c === 0x303e ||
    (c >= 0x3041 && c <= 0x3096) || // hiragana, before the combining voicing marks
    (c >= 0x309b && c <= 0x30ff) || // katakana
    (c >= 0xff01 && c <= 0xff60) || // fullwidth forms (not the halfwidth voicing marks)
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0xa0 && c <= 0xff && c !== 0xad && c !== 0xa9 && c !== 0xae) || // Latin-1 but soft hyphen, ©, ®
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, bullet, ellipsis
    (c >= 0x2030 && c <= 0x203b) ||
    (c >= 0x2190 && c <= 0x2193) || // ← ↑ → ↓ (not ↔ and after, which are pictographic)
    (c >= 0x2500 && c <= 0x25a9) || // box drawing, blocks, ■ □ (not the pictographic ▪ ▫ ▶ ◀ ◻–◾)
    (c >= 0x25ac && c <= 0x25b5) ||
    (c >= 0x25b7 && c <= 0x25bf) ||
    (c >= 0x25c1 && c <= 0x25fa)
  ) {
    return eastAsianWidth(c, { ambiguousAsWide });
  }
  return -1;
}

/** Index of the final `m` of an SGR sequence starting at `i`, or -1 if it is not one. */
function sgrEnd(s, i) {
  if (s.charCodeAt(i + 1) !== 0x5b) return -1;
  for (let j = i + 2; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x6d) return j;
    if (!((c >= 0x30 && c <= 0x39) || c === 0x3b || c === 0x3a)) return -1;
  }
  return -1;
}

export default function stringWidth(input, options = {}) {
  if (typeof input !== 'string' || input.length === 0) return 0;
  if (options.countAnsiEscapeCodes) return realStringWidth(input, options);
  const ambiguousAsWide = options.ambiguousIsNarrow === false;
  let width = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x1b) {
      // Ink measures styled text: skip SGR sequences (ESC [ digits ; : … m), width 0 as stripped.
      const end = sgrEnd(input, i);
      if (end < 0) return realStringWidth(input, options);
      i = end;
      continue;
    }
    const w = simpleWidth(c, ambiguousAsWide);
    if (w < 0) return realStringWidth(input, options);
    width += w;
  }
  return width;
}
