/**
 * The reader over a library: the library view (one row per transcript, by year; filter; search
 * across everything) and, when a transcript is opened, the ordinary reader (App) for it. Back
 * from the reader's first place returns to the view as it was (same row, same results); n/N at
 * the reader's last or first hit go on into the next or previous transcript with hits.
 *
 * The library opens while the view is up: the rows known from the cache at once, the rest as
 * they are parsed, with the progress in the status line. A search runs when typing pauses (the
 * results of the last one stay up meanwhile), over the transcripts that can match. The view's
 * state and effects are its reducer's (state.ts) and runtime's (runtime.ts); this only wires
 * them to Ink and draws.
 */
import { useApp, useCursor, useStdout } from 'ink';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { basename } from 'node:path';
import type { Ambiguous } from '../../text/width.js';
import type { Library, LibraryEntry, Skipped } from '../../library/open.js';
import { App } from '../App.js';
import type { Memory } from '../runtime.js';
import type { Lang } from '../../i18n/strings.js';
import { localize } from '../../i18n/problems.js';
import type { SearchHistory } from '../searchHistory.js';
import { type Clock, realClock } from '../clock.js';
import { useKeysAndPastes } from '../input.js';
import { useScreen } from '../screen.js';
import { inputActions } from '../state/index.js';
import { TooSmallFrame } from '../components/TooSmallFrame.js';
import { LibraryView } from './LibraryView.js';
import { bottomLine } from './rows.js';
import { readerHit } from './results.js';
import { LibraryRuntime } from './runtime.js';
import { initialLibraryState, type LibraryAction, type LibraryViewState } from './state.js';
import type { Mouse } from '../mouse.js';
import { listRows, rowOfEntry } from './entries.js';
import { resultRows } from './results.js';
import { sidebarTop } from '../components/TopicSidebar.js';
import { libraryGeometry, listOf } from './view.js';
import { paletteFor, type ThemeName } from '../theme.js';

/** Where the mouse is on the view's rows (drawn by LibraryView with the same windows): a `pointer` action. */
function pointerAt(s: LibraryViewState, m: Mouse, skipped: readonly Skipped[]): LibraryAction {
  if (m.kind === 'wheel') return { type: 'pointer', delta: m.delta };
  const mainHeight = Math.max(1, libraryGeometry(s).height - 1);
  if (m.y >= mainHeight) return { type: 'pointer' };
  if (s.mode === 'librarySearch') {
    const rows = s.results ? resultRows(s.results) : [];
    const selRow = Math.max(
      0,
      rows.findIndex((r) => r.kind === 'hit' && r.flat === s.search.sel),
    );
    const row = rows[sidebarTop(selRow, rows.length, mainHeight) + m.y];
    return row?.kind === 'hit' ? { type: 'pointer', hit: row.flat } : { type: 'pointer' };
  }
  const rows = listRows(listOf(s), s.filter ? [] : skipped);
  const row = rows[sidebarTop(rowOfEntry(rows, s.sel), rows.length, mainHeight) + m.y];
  return row?.kind === 'entry' ? { type: 'pointer', list: row.index } : { type: 'pointer' };
}

/** Opens the library, reporting progress and the entries known so far (run.tsx passes openLibrary). */
export type OpenLibraryFn = (hooks: { onProgress: (done: number, total: number) => void; onEntries: (entries: LibraryEntry[]) => void }) => Promise<Library>;

export interface LibraryAppProps {
  open: OpenLibraryFn;
  /** Rows to show until the library is open (what the cache says it holds). */
  initialEntries?: readonly LibraryEntry[];
  ambiguous: Ambiguous;
  color: boolean;
  /** The colours when colour is on (default dark). */
  theme?: ThemeName;
  fullWidthPunctuation?: boolean;
  /** Time for status messages, the search pause and the progress bar's estimate (tests pass a fake). */
  clock?: Clock;
  /** Reading positions and marks kept between runs, for the readers it opens. */
  memory?: Memory;
  /** The library's identity, under which the transcript last opened is kept (with `memory`). */
  libraryKey?: string;
  /** The content hash of the transcript last opened in this library: its row is selected at start. */
  lastRead?: string;
  /** ctrl-z, here and in the reader it opens, and the redraw after it. */
  onSuspend?: () => void;
  registerRedraw?: (redraw: () => void) => void;
  /** Passed on to the readers it opens. */
  lang?: Lang;
  measure?: number;
  searchHistory?: SearchHistory;
}

/** How far the library has opened: drawn only (the reducer never needs it). */
interface Opening {
  progress: { done: number; total: number; start: number } | null;
  skipped: readonly Skipped[];
  /** The library could not be opened: said in the status line. */
  failure: string | null;
}

/** The view's machinery, made once per mounted LibraryApp: its props are read at mount. */
function startLibrary(props: LibraryAppProps, stdout: NodeJS.WriteStream, exit: (result?: unknown) => void) {
  const { open, initialEntries = [], clock = realClock, onSuspend } = props;
  const { memory, libraryKey, lastRead } = props;
  const initial = initialLibraryState({
    entries: initialEntries,
    columns: stdout.columns,
    rows: stdout.rows,
    ...(props.lang ? { lang: props.lang } : {}),
    ...(lastRead ? { lastRead } : {}),
  });
  const rememberRead = memory?.saveLastRead && libraryKey ? (hash: string) => memory.saveLastRead!(libraryKey, hash) : undefined;
  // Ink's exit(value) resolves waitUntilExit() with the value: run.tsx takes it as the exit code.
  const runtime = new LibraryRuntime(initial, { quit: (code) => exit(code), suspend: () => onSuspend?.(), clock }, rememberRead);
  return { runtime, open, clock };
}

export function LibraryApp(props: LibraryAppProps) {
  const { ambiguous, color, fullWidthPunctuation = true, onSuspend, registerRedraw } = props;
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { setCursorPosition } = useCursor();
  const [{ runtime, open, clock }] = useState(() => startLibrary(props, stdout, exit));
  const { state, message } = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot);
  const [opening, setOpening] = useState<Opening>({ progress: null, skipped: [], failure: null });

  // The one keyboard listener, for the view and the readers it opens: the runtime routes each key.
  useKeysAndPastes(
    (input, key) => runtime.input(inputActions(input, key)),
    (text) => runtime.input([{ type: 'paste', text }]),
    true,
    (mouse) => {
      // A transcript being read has the mouse, as it has the keys; else the view places it on its rows.
      if (runtime.state.reading) runtime.input([{ type: 'mouse', mouse }]);
      else runtime.dispatch(pointerAt(runtime.state, mouse, opening.skipped));
    },
  );

  useScreen(runtime.dispatch, registerRedraw);

  useEffect(() => {
    let last = -Infinity;
    const start = clock.now();
    open({
      onProgress: (done, total) => {
        // At most ten frames a second for the bar, and always the last.
        if (done < total && clock.now() - last < 100) return;
        last = clock.now();
        setOpening((o) => ({ ...o, progress: { done, total, start } }));
      },
      onEntries: (entries) => runtime.dispatch({ type: 'entries', entries }),
    }).then(
      (lib) => {
        runtime.opened(lib);
        setOpening((o) => ({ ...o, progress: null, skipped: lib.skipped }));
      },
      (e: unknown) => setOpening((o) => ({ ...o, progress: null, failure: (e as Error)?.message ?? String(e) })),
    );
    return () => runtime.stop();
  }, [runtime, open, clock]);

  const reading = state.reading;
  if (reading?.transcript) {
    const seq = reading.seq;
    return (
      <App
        key={seq}
        transcript={reading.transcript}
        name={basename(reading.path)}
        ambiguous={ambiguous}
        color={color}
        {...(props.theme ? { theme: props.theme } : {})}
        fullWidthPunctuation={fullWidthPunctuation}
        {...(props.memory ? { memory: props.memory } : {})}
        {...(reading.hash ? { hash: reading.hash } : {})}
        path={reading.path}
        lang={props.lang}
        measure={props.measure}
        searchHistory={props.searchHistory}
        {...(onSuspend ? { onSuspend } : {})}
        {...(registerRedraw ? { registerRedraw } : {})}
        counterpart={() => runtime.counterpartOf(reading.path)}
        library={{
          ...(reading.group ? { hits: reading.group.hits.map(readerHit), index: reading.index } : {}),
          parallel: state.parallel,
          parallelChanged: (on) => runtime.dispatch({ type: 'parallelView', on }),
          leave: (how) => runtime.dispatch({ type: 'readerLeft', seq, how }),
          ...(reading.mark ? { mark: reading.mark } : {}),
          openMark: (mark) => runtime.openMark(seq, mark, props.lang ?? 'en'),
          attach: (input) => runtime.attachReader(seq, input),
        }}
      />
    );
  }

  const geo = libraryGeometry(state);
  const progress = opening.progress;
  const viewProps = {
    state,
    message: opening.failure ? localize(opening.failure, state.lang) : message,
    entries: listOf(state),
    total: state.entries.length,
    skipped: opening.skipped,
    progress: progress ? { done: progress.done, total: progress.total, elapsedMs: clock.now() - progress.start } : null,
    width: geo.columns,
    height: geo.height,
    palette: paletteFor(color, props.theme),
    ambiguous,
    fullWidthPunctuation,
  };
  if (geo.tooSmall) return <TooSmallFrame columns={geo.columns} height={geo.height} ambiguous={ambiguous} lang={state.lang} />;
  const typing = state.mode === 'libraryFilter' || state.mode === 'librarySearch';
  setCursorPosition(typing ? { x: bottomLine(viewProps).cursor ?? 0, y: geo.height - 1 } : undefined);
  return <LibraryView {...viewProps} />;
}
