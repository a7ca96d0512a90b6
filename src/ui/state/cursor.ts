import { type BlockRef, type PageRow, rowAnchor, rowOfAnchor } from '../../layout/page.js';
import { setAnchor, topLine } from './scroll.js';
import { type Env, type Highlight, type State, type Step, say, step, withStatus } from './types.js';
import { rowsOf, viewHeight } from './view.js';

/**
 * The paragraph cursor: the paragraph of a topic page that `y` copies and `m` marks, drawn as a
 * bar in the margin. It moves by paragraphs (J / K) and follows scrolling: whenever the page
 * scrolls it off the screen, it moves to the nearest paragraph still shown, so whatever is on
 * the screen can be copied, however long the topic.
 */

/** A paragraph of the page: its ref and the rows that show its text [first, last]. */
interface Para {
  ref: BlockRef;
  first: number;
  last: number;
}

const same = (a: BlockRef, b: BlockRef) => a.turn === b.turn && a.para === b.para;
const before = (a: BlockRef, b: BlockRef) => a.turn - b.turn || a.para - b.para;
const isText = (r: PageRow) => r.ref.turn >= 0 && r.start >= 0;

/*
 * Everything here reads the rows on the screen and a few found by binary search (anchors grow
 * along the page), never the whole page: a topic of thousands of rows costs what a short one does.
 */

/** The rows of paragraph `ref` (its text, not the blank row above it), or null when the page has none. */
function paraAt(rows: PageRow[], ref: BlockRef): Para | null {
  const last = rowOfAnchor(rows, { ...ref, offset: Number.MAX_SAFE_INTEGER });
  const row = rows[last];
  if (!row || !same(row.ref, ref) || !isText(row)) return null;
  // The last row before the block (rowOfAnchor gives 0 when there is none: the block may start the page).
  const head = rowOfAnchor(rows, { ...ref, offset: -Number.MAX_SAFE_INTEGER });
  let first = rows[head] && same(rows[head].ref, ref) ? head : head + 1;
  // Rows before the text (the blank row, the speaker label alone) are not the paragraph's.
  while (first < last && !isText(rows[first]!)) first++;
  return { ref, first, last };
}

/** The paragraph after (+1) or before (-1) `p`, if any. */
function neighbour(rows: PageRow[], p: Para, dir: 1 | -1): Para | null {
  for (let i = dir > 0 ? p.last + 1 : p.first - 1; i >= 0 && i < rows.length; i += dir) {
    const r = rows[i]!;
    if (isText(r) && !same(r.ref, p.ref)) return paraAt(rows, r.ref);
  }
  return null;
}

/** Whether the page has paragraphs a cursor can be on: the topics (not the overview or quotes). */
function hasCursor(s: State, env: Env): boolean {
  return s.page >= 1 && s.page <= env.transcript.topics.length && (s.mode === 'normal' || s.mode === 'note');
}

function visible(s: State, env: Env): { rows: PageRow[]; top: number; bottom: number } {
  const rows = rowsOf(s, env, s.page);
  const top = topLine(s, env, s.page);
  return { rows, top, bottom: Math.min(rows.length, top + viewHeight(s, env)) - 1 };
}

/**
 * Where the cursor is, as drawn and used: the state's paragraph while any of it is on the screen,
 * else the first paragraph shown (the last one when the cursor was below the screen).
 */
export function cursorOf(s: State, env: Env): BlockRef | null {
  if (!hasCursor(s, env)) return null;
  const { rows, top, bottom } = visible(s, env);
  let first: BlockRef | null = null;
  let last: BlockRef | null = null;
  for (let i = top; i <= bottom; i++) {
    const r = rows[i]!;
    if (!isText(r)) continue;
    if (s.cursor && same(r.ref, s.cursor)) return s.cursor;
    first ??= r.ref;
    last = r.ref;
  }
  if (!first || !last) return null;
  return s.cursor && before(s.cursor, last) > 0 ? last : first;
}

/** The state with its cursor where it is drawn (after a scroll, a resize, a page change). */
export function settleCursor(s: State, env: Env): State {
  const at = cursorOf(s, env);
  if (at === s.cursor || (at && s.cursor && same(at, s.cursor))) return s;
  return { ...s, cursor: at };
}

/** J / K: the cursor to the next (+1) or previous (-1) paragraph, scrolling to show it. */
export function moveCursor(s: State, env: Env, dir: 1 | -1): Step {
  if (!hasCursor(s, env)) return withStatus(s, say(s).cursorOnTopics);
  const at = cursorOf(s, env);
  const { rows, top, bottom } = visible(s, env);
  const here = at && paraAt(rows, at);
  const next = here && neighbour(rows, here, dir);
  if (!next) return withStatus(s, dir > 0 ? say(s).lastParagraph : say(s).firstParagraph);
  const height = viewHeight(s, env);
  let line = top;
  // Show the paragraph whole when it fits, else its start.
  if (next.first < top) line = next.first;
  else if (next.last > bottom) line = Math.min(next.first, next.last - height + 1);
  const max = Math.max(0, rows.length - height);
  const clamped = Math.max(0, Math.min(max, line));
  const scrolled = clamped === top ? s : setAnchor(s, s.page, clamped === 0 || !rows[clamped] ? null : rowAnchor(rows[clamped]));
  return step({ ...scrolled, cursor: next.ref });
}

/** The search highlight when it is in the paragraph at the cursor: `y` and `m` then take its sentence. */
export function highlightAtCursor(s: State, env: Env): Highlight | null {
  const h = s.highlight;
  if (!h || h.page !== s.page || h.end <= h.start) return null;
  const at = cursorOf(s, env);
  return at && same(at, h.ref) ? h : null;
}
