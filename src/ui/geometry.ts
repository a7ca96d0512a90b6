import type { Transcript } from '../transcript/model.js';
import { displayWidth, type Ambiguous } from '../text/width.js';

/**
 * How the frame is divided at a terminal size. Pure, so the reducer's view height and what the
 * components draw always agree.
 */

/** Below this the reader shows only a "terminal too small" message. */
export const MIN_COLUMNS = 20;
export const MIN_ROWS = 5;
/** The sidebar shows by default from this width up. */
export const SIDEBAR_MIN_COLUMNS = 60;
/**
 * The reading measure: the longest line of text, in columns. 80 columns are 40 Chinese characters,
 * a comfortable line for Chinese; `--measure` (the `measure` setting) changes it within the range:
 * narrower would not hold a sentence, wider no eye follows.
 */
export const DEFAULT_MEASURE = 80;
export const MEASURE_MIN = 20;
export const MEASURE_MAX = 400;
/** Help and repairs overlays: lines longer than this many columns are hard to follow. */
export const MAX_TEXT_WIDTH = 100;
/** Fallback when stdout reports no size (tests, some pipes). */
export const FALLBACK_ROWS = 24;
export const FALLBACK_COLUMNS = 80;

export interface Geometry {
  columns: number;
  /** Rows Ink may draw: one less than the terminal (a full-height root makes Ink 6 clear every frame). */
  height: number;
  tooSmall: boolean;
  /** Rows of the main area (reader, sidebar, overlays). */
  mainHeight: number;
  /** Rows of search results above the search line (0 when closed). */
  panelHeight: number;
  /** Sidebar columns (0 when hidden); when `sidebarOnly`, the sidebar fills the width. */
  sidebarWidth: number;
  sidebarOnly: boolean;
  /** Columns of the reader pane (0 when `sidebarOnly`), and of its text inside the padding. */
  readerWidth: number;
  textWidth: number;
  /** Blank columns before the text, inside the pane's margin: a pane wider than the measure centres its column. */
  textIndent: number;
  /** Columns from the left edge to the end of the text column (and its margin): the status line keeps its parts within them. */
  statusWidth: number;
}

export function sidebarNaturalWidth(t: Transcript, ambiguous: Ambiguous): number {
  const digits = String(t.topics.length + 1).length;
  const widest = Math.max(4, ...t.topics.map((tp) => displayWidth(tp.label, { ambiguous })));
  // marker + number + space + label + a column of air
  return Math.min(28, 1 + digits + 1 + widest + 1);
}

export function geometry(opts: {
  columns: number | undefined;
  rows: number | undefined;
  sidebar: boolean;
  sidebarWidth: number;
  searchOpen: boolean;
  /** The longest line of text (DEFAULT_MEASURE when absent). */
  measure?: number;
}): Geometry {
  const columns = Math.max(1, opts.columns || FALLBACK_COLUMNS);
  const height = Math.max(1, (opts.rows || FALLBACK_ROWS) - 1);
  const tooSmall = columns < MIN_COLUMNS || height < MIN_ROWS - 1;
  const panelHeight = opts.searchOpen ? Math.max(1, Math.min(8, Math.floor((height - 2) / 2))) : 0;
  const mainHeight = Math.max(1, height - 1 - panelHeight);
  let sidebarWidth = opts.sidebar ? Math.min(opts.sidebarWidth, Math.floor(columns / 2)) : 0;
  // Too narrow for both: the sidebar alone, as a topic list (Enter opens the topic).
  const sidebarOnly = opts.sidebar && columns < SIDEBAR_MIN_COLUMNS;
  if (sidebarOnly) sidebarWidth = columns;
  const readerWidth = sidebarOnly ? 0 : opts.sidebar ? columns - sidebarWidth - 1 : columns;
  // While the sidebar stands alone, pages keep the layout they will be read in.
  const pane = sidebarOnly ? columns : readerWidth;
  const textWidth = Math.max(1, Math.min(opts.measure ?? DEFAULT_MEASURE, pane - 2));
  // The column in the middle of the room the pane has beyond the measure, not against its left edge.
  const textIndent = sidebarOnly ? 0 : Math.max(0, Math.floor((pane - 2 - textWidth) / 2));
  const statusWidth = sidebarOnly ? columns : Math.min(columns, columns - readerWidth + 1 + textIndent + textWidth + 1);
  return { columns, height, tooSmall, mainHeight, panelHeight, sidebarWidth, sidebarOnly, readerWidth, textWidth, textIndent, statusWidth };
}
