import { displayWidth, graphemes, graphemeWidth, type WidthOptions } from '../text/width.js';

/**
 * Fits text into exactly `width` columns: cut at a grapheme boundary when too wide (a wide
 * character that would straddle the edge is dropped), then padded with `pad` spaces.
 * Keeps the text's prefix unchanged so span offsets stay valid.
 */
export function fitWidth(text: string, width: number, opts: WidthOptions = {}): { text: string; pad: number } {
  const w = Math.max(0, width);
  const full = displayWidth(text, opts);
  if (full <= w) return { text, pad: w - full };
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const gw = graphemeWidth(g, opts);
    if (used + gw > w) break;
    out += g;
    used += gw;
  }
  return { text: out, pad: w - used };
}

/** A plain string of exactly `width` columns. */
export function fitString(text: string, width: number, opts: WidthOptions = {}): string {
  const f = fitWidth(text, width, opts);
  return f.text + ' '.repeat(f.pad);
}
