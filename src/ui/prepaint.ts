// The first paint, before Ink: loading Ink, React and Yoga and rendering the first frame take
// about half of the reader's start-up, while the topic list needs only the parsed transcript. So
// the sidebar of the opening frame is written straight away, with the same pure helpers that
// TopicSidebar and geometry use, and Ink's first frame then replaces the whole screen.
// tests/e2e/prepaint.test.ts compares this paint with Ink's first frame cell by cell, so the two
// cannot drift apart unnoticed.
import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import { truncate } from '../text/truncate.js';
import { fitString } from './fit.js';
import { pageCount, pageLabel, quotesPage } from './pages.js';
import { initialState } from './state/types.js';
import { viewOf } from './state/view.js';

const SGR = { bold: '1', inverse: '7', cyan: '36', dim: '2' } as const;

/**
 * The opening frame's sidebar as escape-coded text (absolute cursor positions, ending with the
 * cursor home), or '' when the opening frame has no sidebar (narrow or tiny terminals).
 */
export function firstPaint(t: Transcript, opts: { columns: number; rows: number; ambiguous: Ambiguous; color: boolean }): string {
  const state = initialState({ ambiguous: opts.ambiguous, columns: opts.columns, rows: opts.rows });
  const { geo, showSidebar } = viewOf(state, t);
  if (!showSidebar || geo.tooSmall || geo.sidebarOnly) return '';
  const focused = state.focus === 'sidebar';
  const count = pageCount(t);
  const digits = String(t.topics.length).length;
  const width = geo.sidebarWidth;
  const amb = { ambiguous: opts.ambiguous };
  let out = '';
  // The opening selection is page 0, so the list starts at its top.
  for (let page = 0; page < Math.min(count, geo.mainHeight); page++) {
    const isSel = page === state.page;
    const num = page === quotesPage(t) ? '*' : String(page);
    const text = fitString(truncate(`${isSel ? '>' : ' '}${num.padStart(digits)} ${pageLabel(t, page)}`, width, amb), width, amb);
    const styles: string[] = [];
    if (isSel) styles.push(SGR.bold);
    if (isSel && focused) styles.push(SGR.inverse);
    if (opts.color && isSel && !focused) styles.push(SGR.cyan);
    if (opts.color && page === 0 && !isSel) styles.push(SGR.dim);
    const styled = styles.length ? `\x1b[${styles.join(';')}m${text}\x1b[0m` : text;
    out += `\x1b[${page + 1};1H${styled}`;
  }
  return out + '\x1b[H';
}
