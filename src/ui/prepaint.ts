// The first paint, before Ink: loading Ink, React and Yoga and rendering the first frame take
// about half of the reader's start-up, while the topic list needs only the parsed transcript. So
// the sidebar of the opening frame is written straight away, with the same pure helpers that
// TopicSidebar and geometry use, and Ink's first frame then replaces the whole screen.
// tests/e2e/prepaint.test.ts compares this paint with Ink's first frame cell by cell, so the two
// cannot drift apart unnoticed.
import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import type { Lang } from '../i18n/strings.js';
import { sidebarLines, sidebarLook } from './sidebarLines.js';
import { paletteFor, sgrText, type ThemeName } from './theme.js';
import { initialState, openingFocus } from './state/types.js';
import { viewOf } from './state/view.js';

/**
 * The opening frame's sidebar as escape-coded text (absolute cursor positions, ending with the
 * cursor home), or '' when the opening frame has no sidebar (narrow or tiny terminals).
 */
export function firstPaint(
  t: Transcript,
  opts: { columns: number; rows: number; ambiguous: Ambiguous; color: boolean; theme?: ThemeName; lang?: Lang },
): string {
  const state = initialState({ ambiguous: opts.ambiguous, lang: opts.lang, columns: opts.columns, rows: opts.rows, focus: openingFocus(opts.columns) });
  const { geo, showSidebar } = viewOf(state, t);
  if (!showSidebar || geo.tooSmall || geo.sidebarOnly) return '';
  const focused = state.focus === 'sidebar';
  const palette = paletteFor(opts.color, opts.theme);
  let out = '';
  sidebarLines(t, { selected: state.page, width: geo.sidebarWidth, height: geo.mainHeight, ambiguous: opts.ambiguous, lang: opts.lang }).forEach(
    (line, row) => {
      if (line.page === null && !line.more) return;
      out += `\x1b[${row + 1};1H${sgrText(sidebarLook(line, state.page, focused, palette), line.text)}`;
    },
  );
  return out + '\x1b[H';
}
