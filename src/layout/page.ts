import { breakLines, type Span } from '../text/linebreak.js';
import { displayWidth, type Ambiguous } from '../text/width.js';
import { fullWidthPunctuation } from '../text/punct.js';

/** How a span of a row is drawn. */
/** `highlight` marks a found sentence; `match` the matched characters inside it. */
export type RowStyle = 'heading' | 'headline' | 'speaker' | 'asker' | 'question' | 'answer' | 'remark' | 'narration' | 'highlight' | 'match' | 'dim';

/**
 * A page the reader scrolls through (the overview, a topic, the quotes, help, repairs) as a list of
 * blocks, laid out into rows for one width. Every row carries an anchor — (turn, para, offset) —
 * and anchors grow along the page, so a reading position survives a reflow: after a resize the top
 * row is the one holding the same paragraph and character.
 */

/** A block's place in its page. For topic pages, the model's turn and paragraph; headings use turn -1. */
export interface BlockRef {
  turn: number;
  para: number;
}

/** A reading position in a page: a block and a UTF-16 offset into its text (negative: above the text). */
export interface Anchor extends BlockRef {
  offset: number;
}

export interface Block {
  ref: BlockRef;
  /** The block's own text; offsets (anchors, highlights) index into it. */
  text: string;
  style: RowStyle;
  /** Drawn before the text on the first row ("王毅："); not part of the offsets. */
  prefix?: string;
  prefixStyle?: RowStyle;
  /** When set, the prefix is a hanging label: continuation rows are indented by its width. */
  hang?: boolean;
  /** Extra styles over `text`. */
  spans?: Span<RowStyle>[];
  /** A blank row before the block. */
  gapBefore?: boolean;
  /** Break at the spaces between phrases where possible (headlines). */
  preferSpaces?: boolean;
}

export interface PageRow {
  text: string;
  width: number;
  spans: Span<RowStyle>[];
  ref: BlockRef;
  /**
   * Offsets of the row's part of the block text; start -1 for a blank row. A row holding only the
   * prefix ("路透社记者：" wrapped on its own) has start = end = 0.
   */
  start: number;
  end: number;
  /**
   * The row's anchor offset, strictly increasing within a block: `start` for rows of text,
   * negative for the rows before the text (the blank row, rows of prefix only).
   */
  key: number;
  /** Index in `text` where the block text begins (after the prefix or a hanging indent). */
  lead: number;
}

export interface PageLayoutOptions {
  width: number;
  ambiguous?: Ambiguous;
  /** Show half-width `,:;?!()` next to Chinese as full-width (same length: offsets stay valid). */
  fullWidthPunctuation?: boolean;
}

export function compareAnchors(a: Anchor, b: Anchor): number {
  return a.turn - b.turn || a.para - b.para || a.offset - b.offset;
}

export function rowAnchor(row: PageRow): Anchor {
  return { turn: row.ref.turn, para: row.ref.para, offset: row.key };
}

/** Below every offset a prefix can produce: the blank row above a block. */
const BLANK_KEY = -1_000_000;

/** The row an anchor falls in: the last row whose anchor is not after it (0 when none). */
export function rowOfAnchor(rows: PageRow[], anchor: Anchor): number {
  let lo = 0;
  let hi = rows.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compareAnchors(rowAnchor(rows[mid]!), anchor) <= 0) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export function layoutPage(blocks: Block[], opts: PageLayoutOptions): PageRow[] {
  const width = Math.max(1, Math.floor(opts.width));
  const rows: PageRow[] = [];
  for (const b of blocks) {
    if (b.gapBefore) rows.push({ text: '', width: 0, spans: [], ref: b.ref, start: -1, end: -1, lead: 0, key: BLANK_KEY });
    const body = opts.fullWidthPunctuation ? fullWidthPunctuation(b.text) : b.text;
    const prefix = b.prefix ? (opts.fullWidthPunctuation ? fullWidthPunctuation(b.prefix) : b.prefix) : '';
    const spans: Span<RowStyle>[] = [{ start: 0, end: body.length, style: b.style }, ...(b.spans ?? [])];
    const pw = b.hang && prefix ? displayWidth(prefix, { ambiguous: opts.ambiguous }) : 0;
    // A hanging label needs room beside it; on a narrower line the label just flows with the text.
    if (b.hang && prefix && pw * 2 <= width) {
      const indent = pw;
      const lines = breakLines<RowStyle>(body, Math.max(1, width - indent), { ambiguous: opts.ambiguous, spans, preferSpaces: b.preferSpaces });
      lines.forEach((line, i) => {
        const head = i === 0 ? prefix : ' '.repeat(indent);
        const headSpans: Span<RowStyle>[] = i === 0 && b.prefixStyle ? [{ start: 0, end: head.length, style: b.prefixStyle }] : [];
        rows.push({
          text: head + line.text,
          width: line.width + (i === 0 ? pw : indent),
          spans: [...headSpans, ...line.spans.map((s) => ({ ...s, start: s.start + head.length, end: s.end + head.length }))],
          ref: b.ref,
          start: line.start,
          end: line.end,
          lead: head.length,
          key: line.start,
        });
      });
      continue;
    }
    const shifted: Span<RowStyle>[] = spans.map((s) => ({ ...s, start: s.start + prefix.length, end: s.end + prefix.length }));
    if (prefix && b.prefixStyle) shifted.unshift({ start: 0, end: prefix.length, style: b.prefixStyle });
    for (const line of breakLines<RowStyle>(prefix + body, width, { ambiguous: opts.ambiguous, spans: shifted, preferSpaces: b.preferSpaces })) {
      const lead = Math.max(0, prefix.length - line.start);
      rows.push({
        text: line.text,
        width: line.width,
        spans: line.spans,
        ref: b.ref,
        start: Math.max(0, line.start - prefix.length),
        end: Math.max(0, line.end - prefix.length),
        lead,
        // Rows of prefix only sort before the text: their offset into the prefix, counted back.
        key: line.end <= prefix.length && prefix.length > 0 ? line.start - prefix.length : Math.max(0, line.start - prefix.length),
      });
    }
  }
  return rows;
}

/** Marks [start, end) of a block's text on the rows that show it, as extra spans (search highlight). */
export function markRow(row: PageRow, ref: BlockRef, start: number, end: number, style: RowStyle): PageRow {
  if (row.start < 0 || row.end <= row.start || row.ref.turn !== ref.turn || row.ref.para !== ref.para) return row;
  const a = Math.max(start, row.start);
  const b = Math.min(end, row.end);
  if (a >= b) return row;
  return { ...row, spans: [...row.spans, { start: a - row.start + row.lead, end: b - row.start + row.lead, style }] };
}
