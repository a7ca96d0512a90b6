// The library view's first paint, before Ink: the rows the view's first frame will show, from
// what the cache says the library holds (src/library/peek.ts), drawn with the view's own row and
// status-line helpers; Ink's first frame then replaces it in one synchronized update.
import type { Ambiguous } from '../../text/width.js';
import type { LibraryEntry } from '../../library/open.js';
import { geometry } from '../geometry.js';
import { listRows, rowOfEntry } from './entries.js';
import { sidebarTop } from '../sidebarLines.js';
import { bottomLine, listRowLook, type RowLook } from './rows.js';
import { initialLibraryState } from './state.js';
import type { Lang } from '../../i18n/strings.js';
import { paletteFor, sgrText, type ThemeName } from '../theme.js';

function styled({ text, look }: RowLook): string {
  return sgrText(look, text);
}

export function libraryFirstPaint(
  entries: readonly LibraryEntry[],
  opts: { columns: number; rows: number; ambiguous: Ambiguous; color: boolean; theme?: ThemeName; lang?: Lang; lastRead?: string | undefined },
): string {
  const palette = paletteFor(opts.color, opts.theme);
  const geo = geometry({ columns: opts.columns, rows: opts.rows, sidebar: false, sidebarWidth: 0, searchOpen: false });
  if (geo.tooSmall || entries.length === 0) return '';
  const mainHeight = Math.max(1, geo.height - 1);
  const rows = listRows(entries);
  // Selected and scrolled to as the view's first frame will be: the last transcript read, or the newest.
  const state = initialLibraryState({ entries, ...(opts.lang ? { lang: opts.lang } : {}), ...(opts.lastRead ? { lastRead: opts.lastRead } : {}) });
  const top = sidebarTop(rowOfEntry(rows, state.sel), rows.length, mainHeight);
  let out = '';
  rows.slice(top, top + mainHeight).forEach((row, y) => {
    out += `\x1b[${y + 1};1H${styled(listRowLook(row, row.kind === 'entry' && row.index === state.sel, geo.columns, opts.ambiguous, palette, opts.lang))}`;
  });
  const status = bottomLine({
    state,
    message: null,
    entries,
    total: entries.length,
    skipped: [],
    progress: null,
    width: geo.columns,
    height: geo.height,
    palette,
    ambiguous: opts.ambiguous,
    fullWidthPunctuation: true,
  });
  out += `\x1b[${geo.height};1H${styled({ text: status.text, look: { inverse: true } })}`;
  return out + '\x1b[H';
}
