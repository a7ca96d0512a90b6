import type { Span } from '../text/linebreak.js';
import { fitString } from '../ui/fit.js';
import { layoutPage, type Block, type PageLayoutOptions, type RowStyle } from './page.js';

/** One row of parallel output: its text (never wider than the width) and style spans over it. */
export interface ParallelRow {
  text: string;
  spans: Span<RowStyle>[];
}

/**
 * One part of two versions: each side's blocks in groups (one group per turn), or null where that
 * side has no counterpart. When both sides have as many groups, each pair of groups starts on the
 * same row (the question beside the question, the answer beside the answer).
 */
export interface ParallelPart {
  left: Block[][] | null;
  right: Block[][] | null;
  /** Said over the part (e.g. how sure the pairing is); empty for nothing. */
  note?: string;
}

export interface ParallelOptions extends PageLayoutOptions {
  /** Drawn in place of a missing side. */
  missingLeft: string;
  missingRight: string;
}

/** Side by side from this width; stacked (left above right) below it. */
export const SIDE_BY_SIDE_MIN = 160;
const GUTTER = ' │ ';

/**
 * Two versions laid out part by part: side by side in two columns when the width allows
 * (SIDE_BY_SIDE_MIN), each part starting on the same row on both sides; stacked otherwise, the
 * right version under the left, indented by nothing and marked by a rule. A side with no
 * counterpart shows its marker. No row is wider than the width.
 */
export function layoutParallel(parts: ParallelPart[], opts: ParallelOptions): ParallelRow[] {
  const width = Math.max(1, Math.floor(opts.width));
  return width >= SIDE_BY_SIDE_MIN ? sideBySide(parts, opts, width) : stacked(parts, opts, width);
}

function marker(text: string): Block[] {
  return [{ ref: { turn: -1, para: 0 }, text, style: 'dim', gapBefore: true }];
}

function rowsOf(blocks: Block[], opts: PageLayoutOptions, width: number): ParallelRow[] {
  return layoutPage(blocks, { ...opts, width }).map((r) => ({ text: r.text, spans: r.spans }));
}

function noteRows(note: string | undefined, opts: PageLayoutOptions, width: number): ParallelRow[] {
  if (!note) return [];
  return rowsOf([{ ref: { turn: -1, para: 0 }, text: note, style: 'dim', gapBefore: false }], opts, width);
}

function sideBySide(parts: ParallelPart[], opts: ParallelOptions, width: number): ParallelRow[] {
  const lw = Math.floor((width - GUTTER.length) / 2);
  const rw = width - GUTTER.length - lw;
  const out: ParallelRow[] = [];
  parts.forEach((p, k) => {
    if (k > 0) out.push({ text: '', spans: [] });
    out.push(...noteRows(p.note, opts, width));
    const lg = p.left ?? [marker(opts.missingLeft)];
    const rg = p.right ?? [marker(opts.missingRight)];
    const pairs: [Block[], Block[]][] = lg.length === rg.length ? lg.map((g, i) => [g, rg[i]!]) : [[lg.flat(), rg.flat()]];
    pairs.forEach(([lb, rb], i) => {
      const left = rowsOf(lb, opts, lw);
      const right = rowsOf(rb, opts, rw);
      // The blank row before each side's first block is the parts' separator above: drop it on both.
      if (i === 0 && left[0]?.text === '' && right[0]?.text === '') {
        left.shift();
        right.shift();
      }
      out.push(...zipRows(left, right, lw, opts));
    });
  });
  return out.map(clipSpans);
}

function zipRows(left: ParallelRow[], right: ParallelRow[], lw: number, opts: ParallelOptions): ParallelRow[] {
  const out: ParallelRow[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? { text: '', spans: [] };
    const r = right[i] ?? { text: '', spans: [] };
    const padded = fitString(l.text, lw, { ambiguous: opts.ambiguous });
    const shift = padded.length + GUTTER.length;
    out.push({
      text: (padded + GUTTER + r.text).trimEnd(),
      spans: [...l.spans, { start: padded.length, end: shift, style: 'dim' }, ...r.spans.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }))],
    });
  }
  return out;
}

function stacked(parts: ParallelPart[], opts: ParallelOptions, width: number): ParallelRow[] {
  const out: ParallelRow[] = [];
  const rule = (w: number) => '─'.repeat(Math.max(1, Math.min(w, 40)));
  parts.forEach((p, k) => {
    if (k > 0) out.push({ text: '', spans: [] }, { text: rule(width), spans: [{ start: 0, end: Math.min(width, 40), style: 'dim' }] });
    out.push(...noteRows(p.note, opts, width));
    out.push(...rowsOf(p.left?.flat() ?? marker(opts.missingLeft), opts, width));
    out.push(...rowsOf(p.right?.flat() ?? marker(opts.missingRight), opts, width));
  });
  return out.map(clipSpans);
}

/** Spans never reach past the row's text (a trimmed row, an empty right side). */
function clipSpans(row: ParallelRow): ParallelRow {
  return { text: row.text, spans: row.spans.map((s) => ({ ...s, end: Math.min(s.end, row.text.length) })).filter((s) => s.start < s.end) };
}
