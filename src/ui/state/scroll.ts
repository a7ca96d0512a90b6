import { type Anchor, rowAnchor, rowOfAnchor } from '../../layout/page.js';
import type { Env, PageId, State } from './types.js';
import { isOverlay, rowsOf, viewHeight } from './view.js';

/**
 * Scrolling. A reading position is an anchor (block + character offset), never a row number, so
 * a resize keeps the same paragraph and character at the top of the reader.
 */

/** What the reader pane shows: the current page, or the overlay in front of it. */
export function shownPage(s: State): PageId {
  return isOverlay(s) ? (s.mode as 'help' | 'repairs') : s.page;
}

export function setAnchor(s: State, page: number, anchor: Anchor | null): State {
  const anchors = { ...s.anchors };
  if (anchor) anchors[page] = anchor;
  else delete anchors[page];
  return { ...s, anchors };
}

/** The first row shown in the reader for a page (clamped to the page's last screenful). */
export function topLine(s: State, env: Env, page: PageId): number {
  const rows = rowsOf(s, env, page);
  const anchor = typeof page === 'number' ? s.anchors[page] : s.overlayAnchor;
  const line = anchor ? rowOfAnchor(rows, anchor) : 0;
  return Math.max(0, Math.min(line, rows.length - viewHeight(s, env)));
}

/** Scrolls what the reader shows so that row `line` is at the top (clamped). */
export function scrollTo(s: State, env: Env, line: number): State {
  const page = shownPage(s);
  const rows = rowsOf(s, env, page);
  const max = Math.max(0, rows.length - viewHeight(s, env));
  const top = Math.max(0, Math.min(max, line));
  const anchor = top === 0 || !rows[top] ? null : rowAnchor(rows[top]);
  if (typeof page !== 'number') return { ...s, overlayAnchor: anchor };
  return setAnchor(s, page, anchor);
}

export function scrollBy(s: State, env: Env, delta: number): State {
  return scrollTo(s, env, topLine(s, env, shownPage(s)) + delta);
}
