import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import { truncate } from '../text/truncate.js';
import { type Lang, strings } from '../i18n/strings.js';
import { fitString } from './fit.js';
import { pageCount, pageLabel, quotesPage } from './pages.js';
import type { Look, Palette } from './theme.js';

/**
 * The topic list's rows as text, for TopicSidebar and for the first paint before Ink (which must
 * not load Ink to draw them): pure, so both draw the same cells.
 */

/** First entry shown so that the selection stays visible, roughly centred. */
export function sidebarTop(selected: number, count: number, height: number): number {
  if (count <= height) return 0;
  return Math.max(0, Math.min(count - height, selected - Math.floor((height - 1) / 2)));
}

export interface SidebarLine {
  /** Exactly the sidebar's width. */
  text: string;
  /** The page the row lists; null for a blank row or the row saying how many are out of sight. */
  page: number | null;
  /** The row saying how many topics are out of sight. */
  more?: boolean;
}

/**
 * `height` rows: 0 the overview, 1..N the topics, * the pull quotes. With more pages than rows,
 * the last row says how many are out of sight above and below.
 */
export function sidebarLines(t: Transcript, o: { selected: number; width: number; height: number; ambiguous: Ambiguous; lang?: Lang }): SidebarLine[] {
  const { selected, width, height } = o;
  const w = { ambiguous: o.ambiguous };
  const count = pageCount(t);
  const digits = String(t.topics.length).length;
  const overflow = count > height && height >= 3;
  const listHeight = overflow ? height - 1 : height;
  const top = sidebarTop(selected, count, listHeight);
  const lines: SidebarLine[] = [];
  for (let i = 0; i < listHeight; i++) {
    const page = top + i;
    if (page >= count) {
      lines.push({ text: ' '.repeat(width), page: null });
      continue;
    }
    const num = page === quotesPage(t) ? '*' : String(page);
    const mark = page === selected ? '>' : ' ';
    lines.push({ text: fitString(truncate(`${mark}${num.padStart(digits)} ${pageLabel(t, page)}`, width, w), width, w), page });
  }
  if (overflow) {
    const said = strings(o.lang ?? 'en').hiddenTopics(top, count - top - listHeight);
    lines.push({ text: fitString(truncate(` ${said}`, width, w), width, w), page: null, more: true });
  }
  return lines;
}

/** How a sidebar line looks (the first paint draws it the same way, before Ink). */
export function sidebarLook(line: SidebarLine, selected: number, focused: boolean, palette: Palette): Look {
  const { looks } = palette;
  if (line.page === selected) return focused ? looks.topicFocused : looks.topicSelected;
  return line.page === 0 || line.more === true ? looks.muted : {};
}
