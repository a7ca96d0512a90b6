// The library view's first paint, before Ink: the rows the view's first frame will show, from
// what the cache says the library holds (src/library/peek.ts), drawn with the view's own row and
// status-line helpers; Ink's first frame then replaces it in one synchronized update.
import type { Ambiguous } from '../../text/width.js';
import type { LibraryEntry } from '../../library/open.js';
import { geometry } from '../geometry.js';
import { listRows } from './entries.js';
import { bottomLine, listRowLook, type RowLook } from './rows.js';
import { initialLibraryState } from './state.js';
import type { Lang } from '../../i18n/strings.js';

const SGR = { bold: '1', inverse: '7', cyan: '36', yellow: '33', dim: '2' } as const;

function styled(look: RowLook, color: boolean): string {
  const styles: string[] = [];
  if (look.bold) styles.push(SGR.bold);
  if (look.inverse) styles.push(SGR.inverse);
  if (color && look.color) styles.push(SGR[look.color]);
  if (color && look.dim) styles.push(SGR.dim);
  return styles.length ? `\x1b[${styles.join(';')}m${look.text}\x1b[0m` : look.text;
}

export function libraryFirstPaint(
  entries: readonly LibraryEntry[],
  opts: { columns: number; rows: number; ambiguous: Ambiguous; color: boolean; lang?: Lang },
): string {
  const geo = geometry({ columns: opts.columns, rows: opts.rows, sidebar: false, sidebarWidth: 0, searchOpen: false });
  if (geo.tooSmall || entries.length === 0) return '';
  const mainHeight = Math.max(1, geo.height - 1);
  const rows = listRows(entries);
  let out = '';
  rows.slice(0, mainHeight).forEach((row, y) => {
    out += `\x1b[${y + 1};1H${styled(listRowLook(row, row.kind === 'entry' && row.index === 0, geo.columns, opts.ambiguous, opts.lang), opts.color)}`;
  });
  const status = bottomLine({
    state: initialLibraryState({ entries, ...(opts.lang ? { lang: opts.lang } : {}) }),
    message: null,
    entries,
    total: entries.length,
    skipped: [],
    progress: null,
    width: geo.columns,
    height: geo.height,
    color: opts.color,
    ambiguous: opts.ambiguous,
    fullWidthPunctuation: true,
  });
  out += `\x1b[${geo.height};1H${styled({ text: status.text, inverse: true }, opts.color)}`;
  return out + '\x1b[H';
}
