import type { PageRow } from '../../layout/page.js';
import { quotesPage } from '../pages.js';
import { scrollBy, scrollTo, topLine } from './scroll.js';
import type { Env, State } from './types.js';
import { rowsOf, viewHeight } from './view.js';

/**
 * The quotes page keeps one pull quote selected (Enter opens where it was said): j / k move the
 * selection and scroll just enough to show it; a scroll by page keeps a quote on screen selected.
 */

/** The quotes page has quotes to select, and it is what the reader shows. */
export function onQuotes(s: State, env: Env): boolean {
  return s.mode === 'normal' && s.page === quotesPage(env.transcript) && env.transcript.quotes.length > 0;
}

/** Row range [first, last] of a block in a page. */
export function blockRows(rows: PageRow[], turn: number, para?: number): [number, number] | null {
  let first = -1;
  let last = -1;
  rows.forEach((r, i) => {
    if (r.ref.turn === turn && (para === undefined || r.ref.para === para) && r.start >= 0) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/** On the quotes page, keeps the selected quote on screen after a scroll. */
export function syncQuoteSel(s: State, env: Env): State {
  if (s.page !== quotesPage(env.transcript) || env.transcript.quotes.length === 0) return s;
  const rows = rowsOf(s, env, s.page);
  const top = topLine(s, env, s.page);
  const bottom = top + viewHeight(s, env) - 1;
  const span = blockRows(rows, s.quoteSel);
  if (span && span[0] >= top && span[0] <= bottom) return s;
  for (let i = top; i <= bottom && i < rows.length; i++) {
    const r = rows[i]!;
    if (r.start >= 0 && r.ref.turn >= 0 && r.ref.para === 0 && r.start === 0) return { ...s, quoteSel: r.ref.turn };
  }
  return s;
}

/** Scrolls, keeping the quote selection on screen on the quotes page. */
export function scrollKeepingQuote(s: State, env: Env, delta: number | 'top' | 'bottom'): State {
  const moved = delta === 'top' ? scrollTo(s, env, 0) : delta === 'bottom' ? scrollTo(s, env, Number.MAX_SAFE_INTEGER) : scrollBy(s, env, delta);
  return moved.mode === 'normal' ? syncQuoteSel(moved, env) : moved;
}

/** Selects quote i and scrolls so it is fully visible. */
export function selectQuote(s: State, env: Env, i: number): State {
  const n = env.transcript.quotes.length;
  if (n === 0) return s;
  const q = Math.max(0, Math.min(n - 1, i));
  const rows = rowsOf(s, env, s.page);
  const span = blockRows(rows, q);
  let next = { ...s, quoteSel: q };
  if (!span) return next;
  const top = topLine(s, env, s.page);
  const height = viewHeight(s, env);
  const [first, last] = span;
  const firstWithGap = Math.max(0, first - 1);
  if (firstWithGap < top) next = scrollTo(next, env, firstWithGap);
  else if (last >= top + height) next = scrollTo(next, env, last - height + 1);
  return { ...next, quoteSel: q };
}
