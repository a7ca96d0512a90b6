/**
 * Draws the library view: the list by year (or the search results), and the bottom line — the
 * status with the index's progress, the filter line or the search line. Draws only; every row is
 * cut and padded to the width with the project's own measure.
 */
import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { Ambiguous } from '../../text/width.js';
import { displayWidth } from '../../text/width.js';
import { truncate } from '../../text/truncate.js';
import { fitString } from '../fit.js';
import { DESCRIPTION_PREFIX, DESCRIPTION_PREFIX_ZH, KEYMAP, keysLabel, modeLabel, type Binding, type Mode } from '../keymap.js';
import { strings, type Lang, type Strings } from '../../i18n/strings.js';
import { chartWords, trendChart, type ChartLine } from '../../trend/chart.js';
import type { Palette } from '../theme.js';
import { periodAt, periodExchanges, periodResults, trendOf } from './trend.js';
import { hitRowElement } from '../components/SearchPanel.js';
import { sidebarTop } from '../components/TopicSidebar.js';
import { listRows, rowOfEntry, type ListRow } from './entries.js';
import { bottomLine, dateText, listRowLook, type LibraryViewProps } from './rows.js';

export type { LibraryViewProps } from './rows.js';
import { readerHit, resultRows, summaryText, type ResultRow } from './results.js';

function listRowElement(row: ListRow, selected: boolean, width: number, palette: Palette, ambiguous: Ambiguous, lang: Lang, key: number): ReactElement {
  const { text, look } = listRowLook(row, selected, width, ambiguous, palette, lang);
  return (
    <Text key={key} {...look}>
      {text}
    </Text>
  );
}

/** A row of results: the summary line (`summary`), a transcript, or a hit (selected when its number is `sel`). */
function resultRowElement(row: ResultRow, props: LibraryViewProps, key: number, sel: number, summary: string): ReactElement {
  const { width, palette, ambiguous } = props;
  const w = { ambiguous };
  if (row.kind === 'summary') {
    const text = summary;
    return (
      <Text key={key} inverse>
        {fitString(truncate(` ${text || strings(props.state.lang).noMatch}`, width, w), width, w)}
      </Text>
    );
  }
  if (row.kind === 'group') {
    const g = row.group;
    const count = ` ${g.hits.length}`;
    const head = ` ${dateText(g.item.date, props.state.lang)}  `;
    const title = truncate(g.item.meta.title, Math.max(1, width - displayWidth(head + count, w)), w);
    return (
      <Text key={key} {...palette.looks.sectionHeading}>
        {fitString(head + title, width - displayWidth(count, w), w) + count}
      </Text>
    );
  }
  return hitRowElement(
    readerHit(row.hit),
    { selected: row.flat === sel, indent: '  ', width, palette, ambiguous, fullWidthPunctuation: props.fullWidthPunctuation },
    key,
  );
}

/** Where a library key works, in the interface's language ("" for the list itself). */
function libraryModeLabel(b: Binding, say: Strings): string {
  const where = modeLabel(b);
  const words: Record<string, string> = {
    library: '',
    'library filter': say.modeLibraryFilter,
    'library search': say.modeLibrarySearch,
    'library timeline': say.modeLibraryTimeline,
    'library timeline hits': say.modeLibraryTimelineHits,
    anywhere: say.modeAnywhere,
    reader: say.modeReader,
    'search line': say.modeSearchLine,
  };
  return words[where] ?? where;
}

/** The library's keys, those of the mode help was opened from first (the page may be taller than the screen). */
function helpRows(width: number, ambiguous: Ambiguous, from: Mode, lang: Lang): string[] {
  const w = { ambiguous };
  const say = strings(lang);
  const rows = [` ${say.libraryHelpTitle}`, ''];
  const library = KEYMAP.filter((x) => x.modes.some((m) => m.startsWith('library')));
  const own = (b: Binding) => b.modes.includes(from) && !b.modes.includes('normal');
  for (const b of [...library.filter(own), ...library.filter((b) => !own(b))]) {
    const where = libraryModeLabel(b, say);
    const desc = lang === 'zh' ? b.zh.replace(DESCRIPTION_PREFIX_ZH, '') : b.description.replace(DESCRIPTION_PREFIX, '');
    const open = lang === 'zh' ? '（' : '(';
    const close = lang === 'zh' ? '）' : ') ';
    rows.push(truncate(` ${fitString(keysLabel(b), 16, w)} ${where ? `${open}${where}${close}` : ''}${desc}`, width, w));
  }
  return rows;
}

/** A chart line, its bars in their key's colour when colour is on; the selected one marked and inverse. */
function chartLineElement(line: ChartLine, selected: boolean, props: LibraryViewProps, key: number): ReactElement {
  const { width, palette, ambiguous } = props;
  const text = fitString(`${selected ? '>' : ' '}${line.text}`, width, { ambiguous });
  const parts: ReactElement[] = [];
  let at = 0;
  if (palette.chart.length)
    for (const b of line.bars) {
      parts.push(<Text key={parts.length}>{text.slice(at, b.start + 1)}</Text>);
      parts.push(
        <Text key={parts.length} color={palette.chart[b.key]}>
          {text.slice(b.start + 1, b.end + 1)}
        </Text>,
      );
      at = b.end + 1;
    }
  parts.push(<Text key={parts.length}>{text.slice(at)}</Text>);
  return (
    <Text key={key} inverse={selected} bold={selected}>
      {parts}
    </Text>
  );
}

/** The timeline: a heading, a bar per period (scrolled to the selected one), the legend and totals; or the selected period's hits. */
function trendRows(props: LibraryViewProps, height: number): ReactElement[] {
  const { state, width, ambiguous } = props;
  const w = { ambiguous };
  const say = strings(state.lang);
  const t = state.trend!;
  const trend = trendOf(t);
  const heading = (text: string) => (
    <Text key="heading" inverse>
      {fitString(truncate(text, width, w), width, w)}
    </Text>
  );
  if (!trend) return [heading(` ${say.timelineTitle(t.query)}`), <Text key="wait">{fitString(` ${say.timelineCounting}`, width, w)}</Text>];
  if (state.mode === 'libraryTrendHits') {
    const row = periodAt(trend, t.sel);
    const results = periodResults(periodExchanges(t, trend));
    const rows = resultRows(results).slice(1);
    const selRow = Math.max(
      0,
      rows.findIndex((r) => r.kind === 'hit' && r.flat === t.hitSel),
    );
    const top = sidebarTop(selRow, rows.length, height - 1);
    return [
      heading(` ${say.timelinePeriodHits(row ? dateText(row.period, state.lang) : '', t.query, results.hits)}`),
      ...rows.slice(top, top + height - 1).map((r, i) => resultRowElement(r, props, i, t.hitSel, '')),
    ];
  }
  const out = [heading(` ${say.timelineHeading(t.query, trend.period, t.split)}`)];
  if (trend.rows.length === 0) return [...out, <Text key="none">{fitString(` ${say.timelineNone}`, width, w)}</Text>];
  const lines = trendChart(trend, { width: width - 1, ambiguous, words: chartWords(say) });
  // The undated exchanges are one more line to select, after the bars.
  const undated = periodAt(trend, trend.rows.length);
  const bars = [...lines.slice(0, trend.rows.length), ...(undated ? [{ text: `${say.libraryUndated} ${undated.total}`, bars: [] }] : [])];
  const tail = lines.slice(trend.rows.length, trend.rows.length + Math.max(0, height - 2));
  const room = Math.max(1, height - 1 - tail.length);
  const top = sidebarTop(t.sel, bars.length, room);
  bars.slice(top, top + room).forEach((l, i) => out.push(chartLineElement(l, top + i === t.sel, props, i)));
  tail.forEach((l, i) => out.push(chartLineElement(l, false, props, bars.length + i)));
  return out;
}

export function LibraryView(props: LibraryViewProps) {
  const { state, entries, skipped, width, height, palette, ambiguous } = props;
  const w = { ambiguous };
  const say = strings(state.lang);
  const mainHeight = Math.max(1, height - 1);
  const lines: ReactElement[] = [];
  if (state.mode === 'libraryHelp') {
    helpRows(width, ambiguous, state.before, state.lang)
      .slice(0, mainHeight)
      .forEach((r, i) => lines.push(<Text key={i}>{fitString(r, width, w)}</Text>));
  } else if ((state.mode === 'libraryTrend' || state.mode === 'libraryTrendHits') && state.trend) {
    trendRows(props, mainHeight).forEach((el) => lines.push(el));
  } else if (state.mode === 'librarySearch') {
    const rows = state.results ? resultRows(state.results) : [];
    const selRow = Math.max(
      0,
      rows.findIndex((r) => r.kind === 'hit' && r.flat === state.search.sel),
    );
    const top = sidebarTop(selRow, rows.length, mainHeight);
    const summary = state.results ? summaryText(state.results, state.lang) : '';
    rows.slice(top, top + mainHeight).forEach((r, i) => lines.push(resultRowElement(r, props, i, state.search.sel, summary)));
    if (rows.length === 0) {
      const hint = ` ${
        !state.ready
          ? say.librarySearchWaits
          : state.pending
            ? say.librarySearching
            : state.search.query.trim()
              ? say.libraryNoMatchHint
              : say.librarySearchHint
      }`;
      lines.push(
        <Text key="hint" {...palette.looks.muted}>
          {fitString(truncate(hint, width, w), width, w)}
        </Text>,
      );
    }
  } else {
    const rows = listRows(entries, state.filter ? [] : skipped);
    const top = sidebarTop(rowOfEntry(rows, state.sel), rows.length, mainHeight);
    rows
      .slice(top, top + mainHeight)
      .forEach((r, i) => lines.push(listRowElement(r, r.kind === 'entry' && r.index === state.sel, width, palette, ambiguous, state.lang, i)));
    if (rows.length === 0)
      lines.push(
        <Text key="none" {...palette.looks.muted}>
          {fitString(` ${state.filter ? say.libraryNothingFilteredEsc : props.progress ? say.libraryReading : say.libraryNoTranscripts}`, width, w)}
        </Text>,
      );
  }
  while (lines.length < mainHeight) lines.push(<Text key={`pad${lines.length}`}>{' '.repeat(width)}</Text>);
  const bottom = bottomLine(props);
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines}
      {state.mode === 'librarySearch' && state.search.selected && bottom.text.startsWith(`/${state.search.query}`) ? (
        // The reopened query, shown selected: what is typed next replaces it.
        <Text>
          /<Text inverse>{state.search.query}</Text>
          {bottom.text.slice(1 + state.search.query.length)}
        </Text>
      ) : (
        <Text inverse={state.mode === 'library' || state.mode === 'libraryHelp' || state.mode === 'libraryTrend' || state.mode === 'libraryTrendHits'}>
          {bottom.text}
        </Text>
      )}
    </Box>
  );
}
