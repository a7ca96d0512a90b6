/**
 * The library view's rows and bottom line as text and style, without Ink: LibraryView draws them,
 * and the first paint (prepaint.ts) writes them before Ink has loaded.
 */
import type { Ambiguous } from '../../text/width.js';
import { displayWidth, graphemes } from '../../text/width.js';
import { truncate } from '../../text/truncate.js';
import { progressLine } from '../../library/progress.js';
import type { Skipped } from '../../library/files.js';
import { fitString } from '../fit.js';
import { scopeLabel } from '../hits.js';
import { UNDATED, type Entry, type ListRow } from './entries.js';
import type { LibraryViewState } from './state.js';
import { trendOf, trendStatus } from './trend.js';
import { strings, type Lang } from '../../i18n/strings.js';
import { localize } from '../../i18n/problems.js';
import type { Look, Palette } from '../theme.js';

export interface LibraryViewProps {
  state: LibraryViewState;
  /** The status message showing, if any. */
  message: string | null;
  /** The entries the filter leaves. */
  entries: readonly Entry[];
  /** How many transcripts the library has, filter aside. */
  total: number;
  skipped: readonly Skipped[];
  /** While files are being indexed. */
  progress: { done: number; total: number; elapsedMs: number } | null;
  width: number;
  height: number;
  palette: Palette;
  ambiguous: Ambiguous;
  fullWidthPunctuation: boolean;
}

/** Columns of the answerers in a row, when there is room for them. */
const WHO_WIDTH = 8;

/** A date, or "undated" in the interface's language. */
export function dateText(date: string | undefined, lang: Lang): string {
  return date === undefined || date === UNDATED ? strings(lang).libraryUndated : date;
}

export function entryText(e: Entry, width: number, ambiguous: Ambiguous, lang: Lang = 'en'): string {
  const w = { ambiguous };
  const date = fitString(dateText(e.date, lang), 10, w);
  const q = `${e.meta.questions}问`.padStart(4);
  const who = width >= 70 ? ` ${fitString(truncate(e.meta.answerers.join('、') || '-', WHO_WIDTH, w), WHO_WIDTH, w)}` : '';
  const head = `${date} ${q}${who} `;
  return head + truncate(e.meta.title, Math.max(1, width - displayWidth(head, w)), w);
}

/** How a list row looks: its text (exactly `width` columns) and its style, for Ink and for the first paint. */
export interface RowLook {
  text: string;
  look: Look;
}

const SELECTED: Look = { bold: true, inverse: true };

export function listRowLook(row: ListRow, selected: boolean, width: number, ambiguous: Ambiguous, palette: Palette, lang: Lang = 'en'): RowLook {
  const w = { ambiguous };
  const say = strings(lang);
  const { looks } = palette;
  switch (row.kind) {
    case 'year':
      return { text: fitString(` ${dateText(row.year, lang)} · ${row.count}`, width, w), look: looks.sectionHeading };
    case 'entry':
      return { text: fitString(`${selected ? '>' : ' '}${entryText(row.entry, width - 1, ambiguous, lang)}`, width, w), look: selected ? SELECTED : {} };
    case 'skipped':
      return { text: fitString(say.librarySkipped(row.count), width, w), look: looks.warning };
    case 'skippedFile':
      return { text: fitString(truncate(`   ${row.file}${lang === 'zh' ? '：' : ': '}${localize(row.reason, lang)}`, width, w), width, w), look: looks.muted };
  }
}

/** The line under the list: the index's progress, a message, or where you are and the keys. */
export function statusLine(props: LibraryViewProps): string {
  const { message, entries, total, progress, width, ambiguous } = props;
  const w = { ambiguous };
  const say = strings(props.state.lang);
  if (progress && progress.done < progress.total) return ` ${progressLine(progress.done, progress.total, progress.elapsedMs, width - 2, say)}`;
  if (message) return ` ${truncate(message, width - 1, w)}`;
  const dated = entries.filter((e) => e.date);
  const span = dated.length ? ` · ${dated[dated.length - 1]!.date} – ${dated[0]!.date}` : '';
  const left = ` ${say.libraryTranscripts(entries.length, total)}${span}`;
  const hint = width >= 80 ? say.libraryHint : say.libraryHintNarrow;
  const room = width - displayWidth(hint, w);
  return room > displayWidth(left, w) ? fitString(left, room, w) + hint : truncate(left, width, w);
}

/** A text line being typed ("f " filter or "/" search): its tail in view; `cursor` for the IME. */
export function inputLine(prefix: string, text: string, right: string, width: number, ambiguous: Ambiguous): { text: string; cursor: number } {
  const w = { ambiguous };
  const r = displayWidth(right, w) + 12 > width ? '' : right;
  const room = Math.max(1, width - displayWidth(r, w) - displayWidth(prefix, w) - 1);
  const gs = graphemes(text);
  while (gs.length > 0 && displayWidth(gs.join(''), w) > room) gs.shift();
  const left = prefix + gs.join('');
  return { text: fitString(left, width - displayWidth(r, w), w) + r, cursor: Math.min(displayWidth(left, w), width - 1) };
}

export function bottomLine(props: LibraryViewProps): { text: string; cursor?: number } {
  const { state, entries, width, ambiguous } = props;
  const say = strings(state.lang);
  if (state.mode === 'libraryFilter')
    return inputLine(say.libraryFilterPrefix, state.filter, ` ${entries.length ? state.sel + 1 : 0}/${entries.length} `, width, ambiguous);
  if ((state.mode === 'libraryTrend' || state.mode === 'libraryTrendHits') && state.trend) {
    const text = props.message ? ` ${props.message}` : trendStatus(state.trend, trendOf(state.trend), state.mode === 'libraryTrendHits', state.lang);
    return { text: fitString(truncate(text, width, { ambiguous }), width, { ambiguous }) };
  }
  if (state.mode === 'librarySearch') {
    const count = !state.ready || state.pending ? say.librarySearching : state.results?.hits ? `${state.search.sel + 1}/${state.results.hits}` : '0';
    return inputLine('/', state.search.query, ` [${scopeLabel(state.search.scope, state.lang)}] ${count} `, width, ambiguous);
  }
  return { text: fitString(statusLine(props), width, { ambiguous }) };
}
