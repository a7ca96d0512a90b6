import { type PageRow, rowAnchor, rowOfAnchor } from '../../layout/page.js';
import { quotesPage } from '../pages.js';
import type { Target } from '../targets.js';
import type { ParallelPageRow } from '../parallelRows.js';
import { navigate } from './history.js';
import { readerHitTarget, rowOfOther, showingTarget } from './parallel.js';
import type { Env, Highlight, State } from './types.js';
import { isWide, rowsOf, viewHeight } from './view.js';

/** Opening a target (a search hit, a quote's source): which page, scrolled where, highlighted. */

/** The top row that shows a target a little below the top of the view (its heading for a topic). */
export function targetTop(rows: PageRow[], target: Target, height: number): number {
  const other = target.other ? rowOfOther(rows as ParallelPageRow[], target.ref, target.start) : -1;
  const line = other >= 0 ? other : rowOfAnchor(rows, { ...target.ref, offset: target.start });
  const context = target.ref.turn < 0 ? line : Math.max(0, line - 2);
  return Math.max(0, Math.min(rows.length - height, context));
}

function highlightOf(target: Target): Highlight | null {
  if (!target.mark) return null;
  const h: Highlight = { page: target.page, ref: target.ref, start: target.start, end: target.end, ...(target.other ? { other: true } : {}) };
  return target.matches?.length ? { ...h, matches: target.matches } : h;
}

/**
 * Opens a target: the page, scrolled so the target sits a little below the top, highlighted. A
 * `walk` (the next search hit) on the same page adds no history entry (see navigate).
 */
export function openTarget(s0: State, env: Env, target: Target, how: 'jump' | 'walk' = 'jump'): State {
  // A sidebar standing alone on a narrow terminal steps aside to show what was opened.
  const s: State = showingTarget(s0.sidebar === 'shown' && !isWide(s0) ? { ...s0, sidebar: 'auto', focus: 'reader' } : s0, target);
  const rows = rowsOf(s, env, target.page);
  const top = targetTop(rows, target, viewHeight(s, env));
  const anchor = top === 0 || !rows[top] ? null : rowAnchor(rows[top]);
  // The paragraph cursor goes to the target (a heading has none: the first paragraph shown then).
  const cursor = target.ref.turn >= 0 ? target.ref : null;
  const next = { ...navigate(s, target.page, how, anchor), highlight: highlightOf(target), cursor };
  if (target.page === quotesPage(env.transcript) && target.ref.turn >= 0) return { ...next, quoteSel: target.ref.turn };
  return next;
}

/** What the reader shows behind the open search line: the selected hit, previewed in place (a hit in the other version, beside the transcript). */
export function searchPreview(s: State, env: Env): { page: number; rows: PageRow[]; top: number; highlight: Highlight | null } | null {
  if (s.mode !== 'search') return null;
  const hit = s.search.hits[s.search.sel];
  const target = hit && readerHitTarget(s, env, hit);
  if (!target) return null;
  const rows = rowsOf(showingTarget(s, target), env, target.page);
  const top = targetTop(rows, target, viewHeight(s, env));
  return { page: target.page, rows, top, highlight: highlightOf(target) };
}
