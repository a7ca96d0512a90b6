import type { Span } from '../text/linebreak.js';
import { displayWidth } from '../text/width.js';
import { fitString } from '../ui/fit.js';
import { layoutPage, type Block, type PageLayoutOptions, type PageRow, type RowStyle } from './page.js';

/** One row of parallel output: its text (never wider than the width) and style spans over it. */
export interface ParallelRow {
  text: string;
  spans: Span<RowStyle>[];
  /** The part the row belongs to: its index in the parts given (the blank row and rule before a part are the part's). */
  part: number;
  /** The left (upper, when stacked) version's row shown on this row, if any: it starts at column 0. */
  left?: PageRow;
  /** The right (lower) version's row shown on this row, if any, and where its text starts in `text`. */
  right?: PageRow;
  rightAt?: number;
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
  /** Side by side or stacked, decided by the caller (the reader: by the terminal's width); default: by `width`. */
  sideBySide?: boolean;
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
  return (opts.sideBySide ?? width >= SIDE_BY_SIDE_MIN) ? sideBySide(parts, opts, width) : stacked(parts, opts, width);
}

function marker(text: string): Block[] {
  return [{ ref: { turn: -1, para: 0 }, text, style: 'dim', gapBefore: true }];
}

/** A side's rows for one part; `side` set when they show that version's text (not a marker or note). */
function rowsOf(blocks: Block[], opts: PageLayoutOptions, width: number, part: number, side?: 'left' | 'right'): ParallelRow[] {
  return layoutPage(blocks, { ...opts, width }).map((r) => ({
    text: r.text,
    spans: r.spans,
    part,
    ...(side === 'left' && r.start >= 0 ? { left: r } : {}),
    ...(side === 'right' && r.start >= 0 ? { right: r, rightAt: 0 } : {}),
  }));
}

function noteRows(note: string | undefined, opts: PageLayoutOptions, width: number, part: number): ParallelRow[] {
  if (!note) return [];
  return rowsOf([{ ref: { turn: -1, para: 0 }, text: note, style: 'dim', gapBefore: false }], opts, width, part);
}

function sideBySide(parts: ParallelPart[], opts: ParallelOptions, width: number): ParallelRow[] {
  // "│" is East Asian Ambiguous: two columns where the terminal draws it wide.
  const gutter = displayWidth(GUTTER, { ambiguous: opts.ambiguous });
  const lw = Math.floor((width - gutter) / 2);
  const rw = width - gutter - lw;
  const out: ParallelRow[] = [];
  parts.forEach((p, k) => {
    if (k > 0) out.push({ text: '', spans: [], part: k });
    out.push(...noteRows(p.note, opts, width, k));
    const lg = p.left ?? [marker(opts.missingLeft)];
    const rg = p.right ?? [marker(opts.missingRight)];
    const pairs: [Block[], Block[]][] = lg.length === rg.length ? lg.map((g, i) => [g, rg[i]!]) : [[lg.flat(), rg.flat()]];
    pairs.forEach(([lb, rb], i) => {
      const left = rowsOf(lb, opts, lw, k, p.left ? 'left' : undefined);
      const right = rowsOf(rb, opts, rw, k, p.right ? 'right' : undefined);
      // The blank row before each side's first block is the parts' separator above: drop it on both.
      if (i === 0 && left[0]?.text === '' && right[0]?.text === '') {
        left.shift();
        right.shift();
      }
      out.push(...zipRows(left, right, lw, opts, k));
    });
  });
  return out.map(clipSpans);
}

function zipRows(left: ParallelRow[], right: ParallelRow[], lw: number, opts: ParallelOptions, part: number): ParallelRow[] {
  const out: ParallelRow[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? { text: '', spans: [], part };
    const r = right[i] ?? { text: '', spans: [], part };
    const padded = fitString(l.text, lw, { ambiguous: opts.ambiguous });
    const shift = padded.length + GUTTER.length;
    out.push({
      text: (padded + GUTTER + r.text).trimEnd(),
      spans: [...l.spans, { start: padded.length, end: shift, style: 'dim' }, ...r.spans.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }))],
      part,
      ...(l.left ? { left: l.left } : {}),
      ...(r.right ? { right: r.right, rightAt: shift } : {}),
    });
  }
  return out;
}

function stacked(parts: ParallelPart[], opts: ParallelOptions, width: number): ParallelRow[] {
  const out: ParallelRow[] = [];
  // "─" is East Asian Ambiguous too: as many as fit in 40 columns (or the width) either way.
  const ruleText = '─'.repeat(Math.max(1, Math.floor(Math.min(width, 40) / displayWidth('─', { ambiguous: opts.ambiguous }))));
  parts.forEach((p, k) => {
    if (k > 0) out.push({ text: '', spans: [], part: k }, { text: ruleText, spans: [{ start: 0, end: ruleText.length, style: 'dim' }], part: k });
    out.push(...noteRows(p.note, opts, width, k));
    out.push(...rowsOf(p.left?.flat() ?? marker(opts.missingLeft), opts, width, k, p.left ? 'left' : undefined));
    out.push(...rowsOf(p.right?.flat() ?? marker(opts.missingRight), opts, width, k, p.right ? 'right' : undefined));
  });
  return out.map(clipSpans);
}

/** Spans never reach past the row's text (a trimmed row, an empty right side). */
function clipSpans(row: ParallelRow): ParallelRow {
  return { ...row, spans: row.spans.map((s) => ({ ...s, end: Math.min(s.end, row.text.length) })).filter((s) => s.start < s.end) };
}
