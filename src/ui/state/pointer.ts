import type { Mouse } from '../mouse.js';
import { sidebarTop } from '../components/TopicSidebar.js';
import { pageCount } from '../pages.js';
import { navigate } from './history.js';
import { selectMark } from './marking.js';
import { scrollKeepingQuote } from './quotes.js';
import { scrollBy } from './scroll.js';
import { selectHit } from './searchLine.js';
import { type Env, type State, type Step, step } from './types.js';
import { isOverlay, isWide, viewOf } from './view.js';

/**
 * The mouse (only with --mouse): the wheel scrolls the pane under the pointer — the reader, the
 * sidebar (a topic at a time, as j / k there), the search results — and a click selects what is
 * under it: a topic in the sidebar (opened, as the sidebar always shows the open topic) or a
 * search result. Where things are is the same geometry the frame is drawn with.
 */

/** Lines the wheel scrolls the reader per step, as most terminal programs do. */
export const WHEEL_LINES = 3;

export function pointer(s: State, env: Env, m: Mouse): Step {
  const { geo, showSidebar } = viewOf(s, env.transcript);
  if (s.mode === 'marks') return m.kind === 'wheel' ? step(selectMark(s, m.delta)) : step(s);
  if (s.mode === 'note') return step(s);
  if (m.y >= geo.mainHeight) {
    // Below the main area: the search panel while searching (its first row a header when it has room).
    if (s.mode !== 'search') return step(s);
    if (m.kind === 'wheel') return step(selectHit(s, m.delta));
    const header = geo.panelHeight >= 3 ? 1 : 0;
    const row = m.y - geo.mainHeight - header;
    const listHeight = geo.panelHeight - header;
    if (row < 0 || row >= listHeight) return step(s);
    const i = sidebarTop(s.search.sel, s.search.hits.length, listHeight) + row;
    return i < s.search.hits.length ? step({ ...s, search: { ...s.search, sel: i } }) : step(s);
  }
  const overSidebar = showSidebar && (geo.sidebarOnly || m.x < geo.sidebarWidth);
  const count = pageCount(env.transcript);
  if (overSidebar && s.mode === 'normal') {
    if (m.kind === 'wheel') return step(navigate(s, Math.max(0, Math.min(count - 1, s.page + m.delta)), 'step'));
    const page = sidebarTop(s.page, count, geo.mainHeight) + m.y;
    if (page >= count) return step(s);
    // On a narrow terminal the lone sidebar steps aside for the topic chosen.
    const opened = navigate(s, page, 'jump');
    return step({ ...opened, focus: 'reader', sidebar: s.sidebar === 'shown' && !isWide(s) ? 'auto' : s.sidebar });
  }
  if (m.kind !== 'wheel') return step(s);
  if (isOverlay(s) || s.mode === 'search') return step(isOverlay(s) ? scrollBy(s, env, m.delta * WHEEL_LINES) : s);
  return step(scrollKeepingQuote(s, env, m.delta * WHEEL_LINES));
}
