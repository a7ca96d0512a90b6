import { eastAsianWidth } from 'get-east-asian-width';

/** How East Asian Ambiguous characters (“ ” — … · ■, box drawing) are measured. */
export type Ambiguous = 'narrow' | 'wide';

export interface WidthOptions {
  ambiguous?: Ambiguous;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into grapheme clusters (what a user sees as one character). */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

const ZERO_WIDTH = /^(?:\p{Mn}|\p{Me}|\p{Cf}|\p{Cc}|[\u200b-\u200f\u2028\u2029\ufeff])+$/u;
const EMOJI_PRESENTATION = /\p{Extended_Pictographic}/u;

/** Columns one grapheme cluster takes in a terminal. */
export function graphemeWidth(g: string, opts: WidthOptions = {}): number {
  if (g.length === 0 || ZERO_WIDTH.test(g)) return 0;
  const cp = g.codePointAt(0)!;
  if (g.length > 1 && EMOJI_PRESENTATION.test(g) && (g.includes('\ufe0f') || g.includes('\u200d') || /\p{Emoji_Modifier}/u.test(g))) return 2;
  return eastAsianWidth(cp, { ambiguousAsWide: opts.ambiguous === 'wide' });
}

/** Columns a string takes in a terminal. */
export function displayWidth(text: string, opts: WidthOptions = {}): number {
  let w = 0;
  // Fast path: printable ASCII is one column a character.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  for (const g of graphemes(text)) w += graphemeWidth(g, opts);
  return w;
}
