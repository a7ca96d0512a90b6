import { graphemes, graphemeWidth, type WidthOptions } from './width.js';

const ELLIPSIS = '…';

/** Cuts text to at most `width` columns, ending with "…" when cut. Never splits a grapheme. */
export function truncate(text: string, width: number, opts: WidthOptions = {}): string {
  if (width <= 0) return '';
  const gs = graphemes(text);
  const ws = gs.map((g) => graphemeWidth(g, opts));
  let total = 0;
  for (const w of ws) total += w;
  if (total <= width) return text;
  const ew = graphemeWidth(ELLIPSIS, opts);
  let out = '';
  let w = 0;
  for (let i = 0; i < gs.length; i++) {
    if (w + ws[i]! + ew > width) break;
    out += gs[i]!;
    w += ws[i]!;
  }
  return ew <= width ? out + ELLIPSIS : out;
}

export interface Snippet {
  /** The window, with "…" where it was cut. */
  text: string;
  /** Index in the original text where the window's own characters begin. */
  offset: number;
  /** UTF-16 units prepended before them (1 for a leading "…", else 0): r ↦ r - offset + lead. */
  lead: number;
}

/**
 * A window of at most `width` columns of `text` around the match [start, end), with context
 * balanced on both sides and "…" where it was cut. When the match itself is wider than the window
 * the window starts at the match. Never cuts a grapheme.
 */
export function snippetAround(text: string, start: number, end: number, width: number, opts: WidthOptions = {}): Snippet {
  const gs = graphemes(text);
  const n = gs.length;
  const ws = gs.map((g) => graphemeWidth(g, opts));
  const offs: number[] = new Array<number>(n + 1);
  offs[0] = 0;
  for (let i = 0; i < n; i++) offs[i + 1] = offs[i]! + gs[i]!.length;
  let total = 0;
  for (const w of ws) total += w;
  if (total <= width) return { text, offset: 0, lead: 0 };
  if (width <= 0) return { text: '', offset: Math.min(Math.max(0, start), text.length), lead: 0 };

  // Snap the match outward to grapheme boundaries: [ms, me) in grapheme indices.
  const s = Math.min(Math.max(0, start), text.length);
  const e = Math.min(Math.max(s, end), text.length);
  let ms = 0;
  while (ms < n && offs[ms + 1]! <= s) ms++;
  let me = ms;
  while (me < n && offs[me]! < e) me++;

  const ew = graphemeWidth(ELLIPSIS, opts);
  // With `bare`, the leading "…" is given up to make room for the match's first characters.
  let bare = false;
  const cost = (a: number, b: number, w: number) => w + (a > 0 && !bare ? ew : 0) + (b < n ? ew : 0);
  let mw = 0;
  for (let i = ms; i < me; i++) mw += ws[i]!;

  let a = ms;
  let b = me;
  let w = mw;
  if (cost(a, b, w) > width) {
    // The match does not fit: start at it and take what fits.
    const take = () => {
      b = a;
      w = 0;
      while (b < n && cost(a, b + 1, w + ws[b]!) <= width) w += ws[b++]!;
    };
    take();
    if (b === a && a < n) {
      bare = true;
      take();
    }
  } else {
    // Grow both sides, always the side with less context so far, so the match sits in the middle.
    let left = 0;
    let right = 0;
    for (;;) {
      const canL = a > 0 && cost(a - 1, b, w + ws[a - 1]!) <= width;
      const canR = b < n && cost(a, b + 1, w + ws[b]!) <= width;
      if (!canL && !canR) break;
      if (canL && (!canR || left <= right)) {
        left += ws[a - 1]!;
        w += ws[--a]!;
      } else {
        right += ws[b]!;
        w += ws[b++]!;
      }
    }
  }
  let head = a > 0 && !bare ? ELLIPSIS : '';
  let tail = b < n ? ELLIPSIS : '';
  // Too narrow for content and both ellipses: keep what is shown within the width.
  if (w + (head ? ew : 0) + (tail ? ew : 0) > width) tail = '';
  if (w + (head ? ew : 0) > width) head = '';
  return { text: head + text.slice(offs[a], offs[b]) + tail, offset: offs[a]!, lead: head.length };
}
