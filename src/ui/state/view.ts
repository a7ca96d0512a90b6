import type { PageRow } from '../../layout/page.js';
import type { Transcript } from '../../transcript/model.js';
import { geometry, type Geometry, MAX_TEXT_WIDTH, sidebarNaturalWidth, SIDEBAR_MIN_COLUMNS } from '../geometry.js';
import type { ViewOptions } from '../layoutCache.js';
import { parallelRows, type ParallelViewOptions } from '../parallelRows.js';
import { SIDE_BY_SIDE_MIN } from '../../layout/parallel.js';
import { shownPair } from './parallel.js';
import type { Env, PageId, State } from './types.js';

/**
 * What the state looks like on screen: the frame's geometry and the options pages are laid out
 * with. Derived from the state alone (its terminal size, sidebar, mode, width and punctuation
 * settings), so the reducer and the components always agree — also in the middle of a chunk of
 * keys, where `a` then `G` must find the bottom of the page as `a` lays it out.
 */

/** Whether the terminal is wide enough for the sidebar beside the reader when it is on 'auto'. */
export function isWide(s: State): boolean {
  return (s.terminal.columns ?? 80) >= SIDEBAR_MIN_COLUMNS;
}

export function sidebarVisible(s: State): boolean {
  return s.sidebar === 'shown' || (s.sidebar === 'auto' && isWide(s));
}

export function isOverlay(s: State): boolean {
  return s.mode === 'help' || s.mode === 'repairs';
}

const naturalWidths = new WeakMap<Transcript, Map<string, number>>();

/** The sidebar's natural width, measured once per transcript and ambiguous-width mode. */
function sidebarWidthFor(t: Transcript, s: State): number {
  let byMode = naturalWidths.get(t);
  if (!byMode) naturalWidths.set(t, (byMode = new Map()));
  let w = byMode.get(s.ambiguous);
  if (w === undefined) byMode.set(s.ambiguous, (w = sidebarNaturalWidth(t, s.ambiguous)));
  return w;
}

export interface View {
  geo: Geometry;
  /** The sidebar is on screen (beside the reader, or alone on a narrow terminal). */
  showSidebar: boolean;
  overlay: boolean;
  /** How pages are laid out: the reader pane's text width and the state's settings. */
  pageOptions: ViewOptions;
  /** How help and repairs are laid out: they take the whole width. */
  overlayOptions: ViewOptions;
  /**
   * How a topic beside its other version is laid out: the reader pane's whole width (each column
   * is a comfortable measure), side by side from SIDE_BY_SIDE_MIN terminal columns, stacked below.
   */
  parallelOptions: ParallelViewOptions;
}

export function viewOf(s: State, t: Transcript): View {
  const overlay = isOverlay(s);
  const showSidebar = sidebarVisible(s) && !overlay;
  const geo = geometry({
    columns: s.terminal.columns,
    rows: s.terminal.rows,
    sidebar: showSidebar,
    sidebarWidth: sidebarWidthFor(t, s),
    searchOpen: s.mode === 'search',
    measure: s.measure,
  });
  const settings = { ambiguous: s.ambiguous, fullWidthPunctuation: s.fullWidthPunctuation, lang: s.lang };
  return {
    geo,
    showSidebar,
    overlay,
    pageOptions: { width: geo.textWidth, ...settings },
    overlayOptions: { width: Math.max(1, Math.min(MAX_TEXT_WIDTH, geo.columns - 2)), ...settings },
    parallelOptions: { width: Math.max(1, (geo.sidebarOnly ? geo.columns : geo.readerWidth) - 2), sideBySide: geo.columns >= SIDE_BY_SIDE_MIN, ...settings },
  };
}

/** Rows of the reader pane. */
export function viewHeight(s: State, env: Env): number {
  return viewOf(s, env.transcript).geo.mainHeight;
}

/** A page (or overlay) laid out as the state shows it: a topic beside its other version when the parallel view is on. */
export function rowsOf(s: State, env: Env, page: PageId): PageRow[] {
  const v = viewOf(s, env.transcript);
  const pair = shownPair(s, env, page);
  if (pair) return parallelRows(pair, page as number, v.parallelOptions);
  return env.layout(page, typeof page === 'number' ? v.pageOptions : v.overlayOptions);
}
