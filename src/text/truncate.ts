import { graphemes, graphemeWidth, type WidthOptions } from './width.js';

/** Cuts text to at most `width` columns, ending with "…" when cut. Never splits a grapheme. */
export function truncate(text: string, width: number, opts: WidthOptions = {}): string {
  if (width <= 0) return '';
  const gs = graphemes(text);
  let total = 0;
  for (const g of gs) total += graphemeWidth(g, opts);
  if (total <= width) return text;
  const ellipsis = '…';
  const ew = graphemeWidth(ellipsis, opts);
  let out = '';
  let w = 0;
  for (const g of gs) {
    const gw = graphemeWidth(g, opts);
    if (w + gw + ew > width) break;
    out += g;
    w += gw;
  }
  return ew <= width ? out + ellipsis : out;
}
