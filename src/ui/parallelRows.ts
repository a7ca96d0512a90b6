import { layoutPage, markRow, type BlockRef, type PageRow, type RowStyle } from '../layout/page.js';
import { layoutParallel } from '../layout/parallel.js';
import { missingMarker, topicParallelParts, type ParallelPair } from '../layout/parallel-topic.js';
import { otherSide } from '../bilingual/parallel.js';
import { displayWidth } from '../text/width.js';
import type { ViewOptions } from './layoutCache.js';

/**
 * A topic in the parallel view as rows the reader scrolls like any page: the primary version's
 * rows keep their own anchors (so the reading position, search highlights and a resize work as on
 * the topic's own page, and switching the view on and off keeps the place); the other rows — the
 * other version beyond the primary's text, notes, markers, rules — take anchors just after the
 * primary row before them, so anchors still grow along the page. Laid out by layoutParallel, the
 * same code as `presser show --with`.
 */
export interface ParallelPageRow extends PageRow {
  /** The part (one alignment link) the row belongs to; -1 for the heading. */
  part: number;
  /** The other version's row shown here: its block and offsets, and where its text starts in `text`. */
  other?: { ref: BlockRef; start: number; end: number; lead: number };
}

/** Above every offset of a block's text: the rows after a primary row that are not its. */
const AFTER = 1_000_000_000;

/** How the reader lays out a parallel page: its text width, and side by side or stacked (by the terminal's width). */
export interface ParallelViewOptions extends ViewOptions {
  sideBySide: boolean;
}

function parallelPageRows(pair: ParallelPair, topicId: number, opts: ParallelViewOptions): ParallelPageRow[] {
  const { title, parts } = topicParallelParts(pair, topicId, opts.lang);
  const heading = layoutPage([{ ref: { turn: -1, para: 0 }, text: title, style: 'heading' }], opts);
  const rows: ParallelPageRow[] = heading.map((r) => ({ ...r, part: -1 }));
  const laid = layoutParallel(parts, {
    ...opts,
    missingLeft: missingMarker(pair.side, opts.lang),
    missingRight: missingMarker(otherSide(pair.side), opts.lang),
  });
  let last = heading[heading.length - 1]!;
  let after = 0;
  for (const r of laid) {
    const width = displayWidth(r.text, { ambiguous: opts.ambiguous });
    const other = r.right ? { other: { ref: r.right.ref, start: r.right.start, end: r.right.end, lead: (r.rightAt ?? 0) + r.right.lead } } : {};
    if (r.left) {
      last = r.left;
      after = 0;
      rows.push({ ...r.left, text: r.text, spans: r.spans, width, part: r.part, ...other });
    } else {
      rows.push({ text: r.text, spans: r.spans, width, ref: last.ref, start: -1, end: -1, lead: 0, key: AFTER + after++, part: r.part, ...other });
    }
  }
  return rows;
}

const cache = new WeakMap<ParallelPair, Map<string, ParallelPageRow[]>>();

/** `parallelPageRows`, kept per pair and (topic, width, options): scrolling reads the rows, it does not lay them out again. */
export function parallelRows(pair: ParallelPair, topicId: number, opts: ParallelViewOptions): ParallelPageRow[] {
  let byKey = cache.get(pair);
  if (!byKey) cache.set(pair, (byKey = new Map()));
  const key = `${topicId}|${opts.width}|${opts.ambiguous}|${opts.fullWidthPunctuation ? 1 : 0}|${opts.sideBySide ? 1 : 0}|${opts.lang ?? 'en'}`;
  let rows = byKey.get(key);
  if (!rows) {
    if (byKey.size > 400) byKey.clear();
    byKey.set(key, (rows = parallelPageRows(pair, topicId, opts)));
  }
  return rows;
}

/** Marks [start, end) of the other version's block `ref` on a row of the parallel page (a hit in the other language). */
export function markOther(row: ParallelPageRow, ref: BlockRef, start: number, end: number, style: RowStyle): PageRow {
  const o = row.other;
  if (!o) return row;
  const marked = markRow({ ...row, ref: o.ref, start: o.start, end: o.end, lead: o.lead }, ref, start, end, style);
  return marked.spans === row.spans ? row : { ...row, spans: marked.spans };
}
