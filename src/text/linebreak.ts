import { graphemes, graphemeWidth, type Ambiguous } from './width.js';

/** A styled range over a text, in UTF-16 offsets [start, end). */
export interface Span<S = string> {
  start: number;
  end: number;
  style: S;
}

export interface Line<S = string> {
  /** The line's text: text.slice(start, end). */
  text: string;
  /** UTF-16 offsets of the line in the paragraph. */
  start: number;
  end: number;
  /** Display width of `text`. */
  width: number;
  /** The spans that touch this line, clipped and relative to the line's start. */
  spans: Span<S>[];
}

export interface BreakOptions<S = string> {
  ambiguous?: Ambiguous;
  spans?: Span<S>[];
}

/**
 * Breaks a paragraph into lines of at most `width` columns.
 * PLACEHOLDER: breaks at the column only; the CJK rules land with the typesetting issue.
 */
export function breakLines<S = string>(text: string, width: number, opts: BreakOptions<S> = {}): Line<S>[] {
  const w = Math.max(1, Math.floor(width));
  const lines: Line<S>[] = [];
  let start = 0;
  let offset = 0;
  let lineWidth = 0;
  for (const g of graphemes(text)) {
    const gw = graphemeWidth(g, opts);
    if (lineWidth + gw > w && offset > start) {
      lines.push(makeLine(text, start, offset, lineWidth, opts.spans));
      start = offset;
      lineWidth = 0;
    }
    lineWidth += gw;
    offset += g.length;
  }
  lines.push(makeLine(text, start, offset, lineWidth, opts.spans));
  return lines;
}

function makeLine<S>(text: string, start: number, end: number, width: number, spans: Span<S>[] | undefined): Line<S> {
  const clipped: Span<S>[] = [];
  for (const s of spans ?? []) {
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (a < b) clipped.push({ start: a - start, end: b - start, style: s.style });
  }
  return { text: text.slice(start, end), start, end, width, spans: clipped };
}
