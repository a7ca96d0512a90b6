// Which encoding a file without a BOM, that is not valid UTF-8, is in. GB18030 and Big5 decode
// almost any byte string, windows-1252 every one, so "decodes without errors" proves little: each
// candidate reading is judged by what it makes of the non-ASCII bytes, and the best one must be
// clearly better than the next.
import { isCommonChinese } from './common-chinese.js';

/** The encodings presser guesses between, in order of preference when readings tie. */
export const GUESSED_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'windows-1252'] as const;
export type GuessedEncoding = (typeof GUESSED_ENCODINGS)[number];

/** How an encoding is named in messages and repairs. */
export const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
  'windows-1252': 'windows-1252 (Latin-1)',
};

export interface Reading {
  encoding: GuessedEncoding;
  /** Non-ASCII characters in the reading, undecodable sequences (U+FFFD) included. */
  chars: number;
  /** Undecodable sequences. */
  errors: number;
  /** The share of `chars` that are plausible in this encoding (0–1). */
  share: number;
}

/**
 * The best reading must be plausible for this share of its non-ASCII characters. UTF-8 is held
 * to less: its multi-byte sequences check themselves, and other encodings' bytes read as UTF-8
 * are at most a fifth valid (measured on the corpus in GB18030 and Big5).
 */
const MIN_SHARE: Record<GuessedEncoding, number> = { 'utf-8': 0.5, gb18030: 0.8, big5: 0.8, 'windows-1252': 0.8 };
/**
 * And lead the next reading by this much. Measured on the 1,000 MFA briefings of the shared
 * library, each saved in GB18030 and in traditional characters in Big5: a text is at least 98%
 * plausible in its own encoding and at most 67% in the other (all 2,000 read right); the corpus
 * gives 99% and 55%.
 */
const MIN_LEAD = 0.25;

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const LATIN_LETTER = /\p{L}/u;
/** windows-1252's typographic marks: quotes, dashes, ellipsis, bullet, guillemets, NBSP. */
const LATIN_MARK = /[\u2018-\u201e\u2013\u2014\u2026\u2022\u00ab\u00bb\u00a0\u2039\u203a]/u;

/**
 * A non-ASCII character of a windows-1252 reading is plausible inside Latin text: a letter in a
 * word (next to an ASCII letter: café, naïve) or standing alone (à), a typographic mark next to
 * ASCII. CJK bytes read as windows-1252 are runs of symbols and accented letters side by side.
 */
function plausibleLatin(ch: string, prev: number, next: number): boolean {
  if (LATIN_LETTER.test(ch)) return isAsciiLetter(prev) || isAsciiLetter(next) || (prev < 0x80 && next < 0x80);
  return LATIN_MARK.test(ch) && (prev < 0x80 || next < 0x80);
}

/**
 * A legacy encoding's decoder output with every code the standard leaves undefined as U+FFFD:
 * Node's Big5 decoder (ICU) turns bytes it cannot map into private-use characters (0xFF →
 * U+F8F8) or C1 controls (0x80 → U+0080) instead, and user-defined areas map to private use.
 * None of them can be shown; all are counted as undecodable.
 */
export function undefinedAsReplacement(encoding: string, text: string): string {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return text;
  return text.replace(/[\u0080-\u009f\ue000-\uf8ff]/g, '\ufffd');
}

/** One candidate reading of `sample`, judged. An incomplete last character is not counted. */
export function readAs(sample: Uint8Array, encoding: GuessedEncoding): Reading {
  const text = [...undefinedAsReplacement(encoding, new TextDecoder(encoding).decode(sample, { stream: true }))];
  let chars = 0;
  let errors = 0;
  let plausible = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    chars++;
    if (cp === 0xfffd) {
      errors++;
    } else if (encoding === 'utf-8') {
      if (cp > 0x9f) plausible++; // not a C1 control
    } else if (encoding === 'windows-1252') {
      if (plausibleLatin(ch, text[i - 1]?.codePointAt(0) ?? 0x0a, text[i + 1]?.codePointAt(0) ?? 0x0a)) plausible++;
    } else if (isCommonChinese(ch)) {
      plausible++;
    }
  }
  return { encoding, chars, errors, share: chars === 0 ? 0 : plausible / chars };
}

export type Guess = { encoding: GuessedEncoding } | { ambiguous: [GuessedEncoding, GuessedEncoding] } | { none: true };

/** The encoding whose reading of `sample` is clearly the most plausible, if there is one. */
export function guessEncoding(sample: Uint8Array): Guess {
  const readings = GUESSED_ENCODINGS.map((e) => readAs(sample, e)).sort((a, b) => b.share - a.share || a.errors - b.errors);
  const [best, next] = readings as [Reading, Reading];
  if (best.chars === 0 || best.share < MIN_SHARE[best.encoding]) return { none: true };
  if (best.share - next.share < MIN_LEAD) return { ambiguous: [best.encoding, next.encoding] };
  return { encoding: best.encoding };
}
