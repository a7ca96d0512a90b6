import { type PageRow, rowAnchor, rowOfAnchor } from '../../layout/page.js';
import { quotesPage } from '../pages.js';
import { hitTarget, type Target } from '../targets.js';
import { navigate } from './history.js';
import type { Env, Highlight, State } from './types.js';
import { isWide, rowsOf, viewHeight } from './view.js';

/** Opening a target (a search hit, a quote's source): which page, scrolled where, highlighted. */

/** The top row that shows a target a little below the top of the view (its heading for a topic). */
export function targetTop(rows: PageRow[], target: Target, height: number): number {
  const line = rowOfAnchor(rows, { ...target.ref, offset: target.start });
  const context = target.ref.turn < 0 ? line : Math.max(0, line - 2);
  return Math.max(0, Math.min(rows.length - height, context));
}

function highlightOf(target: Target): Highlight | null {
  return target.mark ? { page: target.page, ref: target.ref, start: target.start, end: target.end } : null;
}

/** Opens a target: the page, scrolled so the target sits a little below the top, highlighted. */
export function openTarget(s0: State, env: Env, target: Target): State {
  // A sidebar standing alone on a narrow terminal steps aside to show what was opened.
  const s: State = s0.sidebar === 'shown' && !isWide(s0) ? { ...s0, sidebar: 'auto', focus: 'reader' } : s0;
  const rows = rowsOf(s, env, target.page);
  const top = targetTop(rows, target, viewHeight(s, env));
  const anchor = top === 0 || !rows[top] ? null : rowAnchor(rows[top]);
  const next = { ...navigate(s, target.page, 'jump', anchor), highlight: highlightOf(target) };
  if (target.page === quotesPage(env.transcript) && target.ref.turn >= 0) return { ...next, quoteSel: target.ref.turn };
  return next;
}

/** What the reader shows behind the open search line: the selected hit, previewed in place. */
export function searchPreview(s: State, env: Env): { page: number; top: number; highlight: Highlight | null } | null {
  if (s.mode !== 'search') return null;
  const hit = s.search.hits[s.search.sel];
  const target = hit && hitTarget(env.transcript, hit);
  if (!target) return null;
  const top = targetTop(rowsOf(s, env, target.page), target, viewHeight(s, env));
  return { page: target.page, top, highlight: highlightOf(target) };
}
