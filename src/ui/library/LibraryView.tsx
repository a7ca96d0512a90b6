/**
 * Draws the library view: the list by year (or the search results), and the bottom line — the
 * status with the index's progress, the filter line or the search line. Draws only; every row is
 * cut and padded to the width with the project's own measure.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { Ambiguous } from '../../text/width.js';
import { displayWidth, graphemes } from '../../text/width.js';
import { truncate } from '../../text/truncate.js';
import { progressLine } from '../../library/progress.js';
import { fitString } from '../fit.js';
import { KEYMAP, keysLabel, modeLabel } from '../keymap.js';
import { SCOPE_LABEL } from '../hits.js';
import { hitRowElement } from '../components/SearchPanel.js';
import { sidebarTop } from '../components/TopicSidebar.js';
import { listRows, rowOfEntry, UNDATED, type Entry, type ListRow } from './entries.js';
import type { Skipped } from '../../library/files.js';
import { readerHit, resultRows, summaryText, type ResultRow } from './results.js';
import type { LibraryViewState } from './state.js';

export interface LibraryViewProps {
  state: LibraryViewState;
  entries: readonly Entry[];
  /** How many transcripts the library has, filter aside. */
  total: number;
  skipped: readonly Skipped[];
  /** While files are being indexed. */
  progress: { done: number; total: number; elapsedMs: number } | null;
  /** The search index: 'ready', or still being built. */
  searchReady: boolean;
  width: number;
  height: number;
  color: boolean;
  ambiguous: Ambiguous;
  fullWidthPunctuation: boolean;
}

/** Columns of the answerers in a row, when there is room for them. */
const WHO_WIDTH = 8;

function entryText(e: Entry, width: number, ambiguous: Ambiguous): string {
  const w = { ambiguous };
  const date = (e.date ?? UNDATED).padEnd(10);
  const q = `${e.meta.questions}问`.padStart(4);
  const who = width >= 70 ? ` ${fitString(truncate(e.meta.answerers.join('、') || '-', WHO_WIDTH, w), WHO_WIDTH, w)}` : '';
  const head = `${date} ${q}${who} `;
  return head + truncate(e.meta.title, Math.max(1, width - displayWidth(head, w)), w);
}

function listRowElement(row: ListRow, selected: boolean, width: number, color: boolean, ambiguous: Ambiguous, key: number): ReactElement {
  const w = { ambiguous };
  switch (row.kind) {
    case 'year':
      return (
        <Text key={key} bold color={color ? 'cyan' : undefined}>
          {fitString(` ${row.year} · ${row.count}`, width, w)}
        </Text>
      );
    case 'entry':
      return (
        <Text key={key} inverse={selected} bold={selected}>
          {fitString(`${selected ? '>' : ' '}${entryText(row.entry, width - 1, ambiguous)}`, width, w)}
        </Text>
      );
    case 'skipped':
      return (
        <Text key={key} bold color={color ? 'yellow' : undefined}>
          {fitString(` skipped ${row.count} file${row.count === 1 ? '' : 's'} (not readable as transcripts)`, width, w)}
        </Text>
      );
    case 'skippedFile':
      return (
        <Text key={key} dimColor={color}>
          {fitString(truncate(`   ${row.file}: ${row.reason}`, width, w), width, w)}
        </Text>
      );
  }
}

function resultRowElement(row: ResultRow, props: LibraryViewProps, key: number): ReactElement {
  const { state, width, color, ambiguous } = props;
  const w = { ambiguous };
  if (row.kind === 'summary') {
    const text = state.results ? summaryText(state.results) : '';
    return (
      <Text key={key} inverse>
        {fitString(truncate(` ${text || 'no match'}`, width, w), width, w)}
      </Text>
    );
  }
  if (row.kind === 'group') {
    const g = row.group;
    const count = ` ${g.hits.length}`;
    const head = ` ${g.item.date ?? UNDATED}  `;
    const title = truncate(g.item.meta.title, Math.max(1, width - displayWidth(head + count, w)), w);
    return (
      <Text key={key} bold color={color ? 'cyan' : undefined}>
        {fitString(head + title, width - displayWidth(count, w), w) + count}
      </Text>
    );
  }
  return hitRowElement(readerHit(row.hit), { selected: row.flat === state.search.sel, indent: '  ', width, color, ambiguous, fullWidthPunctuation: props.fullWidthPunctuation }, key);
}

function helpRows(width: number, ambiguous: Ambiguous): string[] {
  const w = { ambiguous };
  const rows = [' Library keys — Esc or ? closes', ''];
  for (const b of KEYMAP.filter((x) => x.modes.some((m) => m.startsWith('library')))) {
    const where = modeLabel(b).replace(/^library ?/, '');
    const desc = b.description.replace(/^library( filter| search)?: /, '');
    rows.push(truncate(` ${keysLabel(b).padEnd(16)} ${where ? `(${where}) ` : ''}${desc}`, width, w));
  }
  return rows;
}

/** The line under the list: the index's progress, a message, or where you are and the keys. */
function statusLine(props: LibraryViewProps): string {
  const { state, entries, total, progress, width, ambiguous } = props;
  const w = { ambiguous };
  if (progress && progress.done < progress.total) return ` ${progressLine(progress.done, progress.total, progress.elapsedMs, width - 2)}`;
  if (state.status) return ` ${truncate(state.status.text, width - 1, w)}`;
  const dated = entries.filter((e) => e.date);
  const span = dated.length ? ` · ${dated[dated.length - 1]!.date} – ${dated[0]!.date}` : '';
  const left = ` ${entries.length === total ? total : `${entries.length}/${total}`} transcripts${span}`;
  const hint = width >= 80 ? 'Enter read · / search · f filter · ? help ' : '? help ';
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
  if (state.mode === 'libraryFilter') return inputLine('filter: ', state.filter, ` ${entries.length ? state.sel + 1 : 0}/${entries.length} `, width, ambiguous);
  if (state.mode === 'librarySearch') {
    const count = !props.searchReady ? 'indexing…' : state.results?.hits ? `${state.search.sel + 1}/${state.results.hits}` : '0';
    return inputLine('/', state.search.query, ` [${SCOPE_LABEL[state.search.scope]}] ${count} `, width, ambiguous);
  }
  return { text: fitString(statusLine(props), width, { ambiguous }) };
}

export function LibraryView(props: LibraryViewProps) {
  const { state, entries, skipped, width, height, color, ambiguous } = props;
  const w = { ambiguous };
  const mainHeight = Math.max(1, height - 1);
  const lines: ReactElement[] = [];
  if (state.mode === 'libraryHelp') {
    helpRows(width, ambiguous)
      .slice(0, mainHeight)
      .forEach((r, i) => lines.push(<Text key={i}>{fitString(r, width, w)}</Text>));
  } else if (state.mode === 'librarySearch') {
    const rows = state.results ? resultRows(state.results) : [];
    const selRow = Math.max(0, rows.findIndex((r) => r.kind === 'hit' && r.flat === state.search.sel));
    const top = sidebarTop(selRow, rows.length, mainHeight);
    rows.slice(top, top + mainHeight).forEach((r, i) => lines.push(resultRowElement(r, props, i)));
    if (rows.length === 0) {
      const hint = !props.searchReady
        ? ' the search index is being built; results come as soon as it is ready'
        : state.search.query.trim()
          ? ' no match — fewer characters, or pinyin; speaker:, asker:, date: narrow'
          : ' type to search every transcript · pinyin (fentaini) · 繁體 · speaker:华春莹 asker:路透社 date:2019';
      lines.push(
        <Text key="hint" dimColor={color}>
          {fitString(truncate(hint, width, w), width, w)}
        </Text>,
      );
    }
  } else {
    const rows = listRows(entries, state.filter ? [] : skipped);
    const top = sidebarTop(rowOfEntry(rows, state.sel), rows.length, mainHeight);
    rows.slice(top, top + mainHeight).forEach((r, i) => lines.push(listRowElement(r, r.kind === 'entry' && r.index === state.sel, width, color, ambiguous, i)));
    if (rows.length === 0)
      lines.push(
        <Text key="none" dimColor={color}>
          {fitString(state.filter ? ' nothing matches the filter — Esc clears it' : props.progress ? ' reading the files…' : ' no transcripts', width, w)}
        </Text>,
      );
  }
  while (lines.length < mainHeight) lines.push(<Text key={`pad${lines.length}`}>{' '.repeat(width)}</Text>);
  const bottom = bottomLine(props);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines}
      <Text inverse={state.mode === 'library' || state.mode === 'libraryHelp'}>{bottom.text}</Text>
    </Box>
  );
}
