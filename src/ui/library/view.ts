/**
 * What the library view's state looks like on screen, derived from the state alone (as the
 * reader's state/view.ts): the frame's geometry, and the list the filter leaves.
 */
import { geometry, type Geometry } from '../geometry.js';
import { filteredEntries, type Entry } from './entries.js';

interface Viewed {
  terminal: { columns: number | undefined; rows: number | undefined };
  entries: readonly Entry[];
  filter: string;
}

/** The frame: the whole terminal, no sidebar; the last row is the status, filter or search line. */
export function libraryGeometry(s: Pick<Viewed, 'terminal'>): Geometry {
  return geometry({ columns: s.terminal.columns, rows: s.terminal.rows, sidebar: false, sidebarWidth: 0, searchOpen: false });
}

/** Rows of the list (or results) above the bottom line. */
export function viewHeight(s: Pick<Viewed, 'terminal'>): number {
  return Math.max(1, libraryGeometry(s).height - 1);
}

/** The entries the filter leaves, newest first. */
export function listOf(s: Pick<Viewed, 'entries' | 'filter'>): readonly Entry[] {
  return filteredEntries(s.entries, s.filter);
}
