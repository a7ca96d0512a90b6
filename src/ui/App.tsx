import { Box, renderToString, Text, useApp, useCursor, useStdout } from 'ink';
import { type ReactElement, type ReactNode, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import { keyName } from './keymap.js';
import { useKeysAndPastes } from './input.js';
import type { Hit } from './hits.js';
import { type Action, type Env, type PageId, type State, initialState, reduce, searchPreview, sidebarVisible, topLine } from './state.js';
import { geometry, MAX_TEXT_WIDTH, MIN_COLUMNS, MIN_ROWS, sidebarNaturalWidth, SIDEBAR_MIN_COLUMNS } from './geometry.js';
import { LayoutCache } from './layoutCache.js';
import { IdleQueue } from './idle.js';
import { lazySearch } from './searcher.js';
import { pageCount, quotesPage } from './pages.js';
import { tooSmallLines } from './tooSmall.js';
import { useQuit, useStatusExpiry } from './effects.js';
import { osc52 } from './clipboard.js';
import { sidebarRows, TopicSidebar } from './components/TopicSidebar.js';
import { ReaderPane, readerRowChildren, scrollPercent } from './components/ReaderPane.js';
import { placeLabel, StatusLine, statusMessage, statusText } from './components/StatusLine.js';
import { SearchPanel, searchLine } from './components/SearchPanel.js';

export interface AppProps {
  transcript: Transcript;
  name: string;
  ambiguous: Ambiguous;
  color: boolean;
  /** Start with half-width `,:;?!()` next to Chinese shown full-width (default on; `p` toggles). */
  fullWidthPunctuation?: boolean;
  /** What loading lost (undecodable bytes), said in the status line at start. */
  notice?: string;
  /** Stops the process for the shell (ctrl-z); the lifecycle (run.tsx) takes the screen back. */
  onSuspend?: () => void;
  /** Receives the function that repaints the whole last frame (after a stop, on a cleared screen). */
  registerRedraw?: (redraw: () => void) => void;
  /** Set when the transcript was opened from a library (src/ui/library/). */
  library?: InLibrary;
}

export interface InLibrary {
  /** Library search hits in this transcript, walked with n/N, and the one to open at. */
  hits?: Hit[];
  index?: number;
  /** Back past the first place, or n/N past the last/first hit: the library takes over. */
  onExit(how: 'back' | 'next' | 'prev'): void;
}

/** How long a typed "1" waits for a second digit. */
export const DIGIT_PAUSE_MS = 600;
/** Quiet needed before pinyin-pro is imported in the background: the import blocks for ≈50 ms. */
export const PINYIN_IDLE_MS = 1000;
/** Rows of topics' first screens drawn off-screen in idle time, to warm Ink's caches. */
const PREWARM_ROWS = 500;

export function useTerminalSize(): { columns: number | undefined; rows: number | undefined } {
  const { stdout } = useStdout();
  const [size, setSize] = useState({ columns: stdout.columns as number | undefined, rows: stdout.rows as number | undefined });
  useEffect(() => {
    const onResize = () => setSize({ columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

/**
 * Sidebar, separator and reader share one Text per screen row. Side-by-side boxes would be
 * placed by Ink's own width measure, which counts “ ” … · as one column even where the
 * terminal (and the ambiguous-wide mode) draws two: the separator would drift and rows overflow.
 * ASCII, not a box-drawing bar: "│" is East Asian Ambiguous and takes two columns in some terminals.
 */
function sideBySide(side: ReactElement[], reader: ReactNode[][], columns: number, height: number, color: boolean): ReactElement {
  return (
    <Box flexDirection="column" width={columns} height={height}>
      {side.map((row, i) => (
        <Text key={i}>
          {row}
          {color ? (
            <Text key="sep" dimColor>
              |
            </Text>
          ) : (
            '|'
          )}
          {reader[i]}
        </Text>
      ))}
    </Box>
  );
}

/** Below the smallest usable size: a message instead of a garbled frame. */
export function TooSmallFrame({ columns, height, ambiguous }: { columns: number; height: number; ambiguous: Ambiguous }) {
  const lines = tooSmallLines({ columns, height, rows: height + 1, minColumns: MIN_COLUMNS, minRows: MIN_ROWS, ambiguous });
  return (
    <Box flexDirection="column" width={columns} height={height}>
      {Array.from({ length: height }, (_, i) => (
        <Text key={i}>{lines[i]}</Text>
      ))}
    </Box>
  );
}

/** The reader. One input handler, one reducer; everything below only draws. */
export function App({ transcript, name, ambiguous, color, fullWidthPunctuation = true, notice, onSuspend, registerRedraw, library }: AppProps) {
  const { exit } = useApp();
  const { stdout, write } = useStdout();
  const { setCursorPosition } = useCursor();
  const size = useTerminalSize();
  const cache = useMemo(() => new LayoutCache(transcript), [transcript]);
  const idle = useMemo(() => new IdleQueue(), []);
  const searcher = useRef<ReturnType<typeof lazySearch> | null>(null);

  const envRef = useRef<Env | null>(null);
  const [state, dispatch] = useReducer((s: State, a: Action) => reduce(s, a, envRef.current!), ambiguous, (amb) => initialState({ ambiguous: amb, fullWidthPunctuation, status: notice && `${notice} · r: repairs` }));
  const getSearcher = () => (searcher.current ??= lazySearch(transcript, () => dispatch({ type: 'searchUpdated' })));

  const wide = (size.columns ?? 80) >= SIDEBAR_MIN_COLUMNS;
  const showSidebar = sidebarVisible(state, { wide }) && state.mode !== 'help' && state.mode !== 'repairs';
  const geo = geometry({
    columns: size.columns,
    rows: size.rows,
    sidebar: showSidebar,
    sidebarWidth: sidebarNaturalWidth(transcript, state.ambiguous),
    searchOpen: state.mode === 'search',
  });
  const overlay = state.mode === 'help' || state.mode === 'repairs';
  // Help and repairs take the whole width; pages are laid out for the reader pane.
  const overlayWidth = Math.max(1, Math.min(MAX_TEXT_WIDTH, geo.columns - 2));
  const env: Env = {
    transcript,
    name,
    viewHeight: geo.mainHeight,
    wide,
    rows: (page: PageId) =>
      cache.rows(page, {
        width: typeof page === 'number' ? geo.textWidth : overlayWidth,
        ambiguous: state.ambiguous,
        fullWidthPunctuation: state.fullWidthPunctuation,
      }),
    search: (q, scope) => getSearcher().search(q, scope),
    inLibrary: library !== undefined,
  };
  envRef.current = env;

  useKeysAndPastes(
    (input, key) => {
      idle.keyPressed();
      dispatch({ type: 'key', name: keyName(input, key), input, ctrl: key.ctrl, meta: key.meta && !key.escape });
    },
    (text) => {
      idle.keyPressed();
      dispatch({ type: 'paste', text });
    },
  );

  // After the first frame, in the gaps between keys: every page laid out for the current width
  // (a first visit then only draws), the search index, and — once the keyboard has been quiet for
  // a while — pinyin, whose import blocks the event loop. Each step is small; see idle.ts.
  const layoutKey = `${geo.textWidth}|${state.ambiguous}|${state.fullWidthPunctuation}`;
  useEffect(() => {
    let page = 0;
    const count = pageCount(transcript);
    const rowsOf = envRef.current!.rows;
    idle.add({
      name: 'layout',
      step: () => {
        rowsOf(page++);
        return page >= count;
      },
    });
  }, [layoutKey]);
  // Also in idle time: each topic's first screen drawn off-screen (renderToString), so that Ink's
  // caches of measured and tokenised rows (kept across frames, scripts/build.mjs) already hold
  // the rows a first visit with `]` or a digit draws. Only for the side-by-side layout, whose
  // rows are the same whichever topic is shown, as long as the reader pane has focus.
  const prewarmKey = `${layoutKey}|${geo.columns}|${geo.mainHeight}|${showSidebar && !geo.sidebarOnly && state.mode === 'normal' && !geo.tooSmall}|${state.focus}|${color}`;
  const prewarm = useRef<(page: number) => void>(() => undefined);
  prewarm.current = (page) => {
    if (!showSidebar || geo.sidebarOnly || state.mode !== 'normal' || geo.tooSmall || state.anchors[page]) return;
    const sidebarProps = { transcript, selected: page, focused: state.focus === 'sidebar', width: geo.sidebarWidth, height: geo.mainHeight, color, ambiguous: state.ambiguous };
    const readerProps = { rows: env.rows(page), top: 0, width: geo.readerWidth, height: geo.mainHeight, color, ambiguous: state.ambiguous, highlight: null };
    renderToString(sideBySide(sidebarRows(sidebarProps), readerRowChildren(readerProps), geo.columns, geo.mainHeight, color), { columns: geo.columns });
  };
  useEffect(() => {
    // The topics after the current one first (where `]` goes), and no more rows than fit in half
    // of Ink's row cache (scripts/build.mjs keeps 1000), which starts afresh when it is full.
    const topics = transcript.topics.length;
    const count = Math.min(topics, Math.max(1, Math.floor(PREWARM_ROWS / Math.max(1, geo.mainHeight))));
    const from = state.page;
    let done = 0;
    idle.add({
      name: 'prewarm',
      step: () => {
        if (done < count) prewarm.current(((from + done++) % topics) + 1);
        return done >= count;
      },
    });
  }, [prewarmKey]);
  useEffect(() => {
    idle.add({ name: 'search-index', step: () => getSearcher().buildIndex() });
    idle.add({ name: 'pinyin', step: () => getSearcher().warm(), after: PINYIN_IDLE_MS, delay: PINYIN_IDLE_MS });
    return () => idle.stop();
  }, []);

  useEffect(() => {
    if (library?.hits?.length) dispatch({ type: 'showHits', hits: library.hits, index: library.index ?? 0 });
  }, []);

  useEffect(() => {
    if (state.exit) library?.onExit(state.exit.how);
  }, [state.exit]);

  useQuit(state.quit, exit);

  useEffect(() => {
    if (state.clipboard) stdout.write(osc52(state.clipboard.text));
  }, [state.clipboard, stdout]);

  useEffect(() => {
    if (state.suspend) onSuspend?.();
  }, [state.suspend, onSuspend]);

  // Ink's own write path clears its record of the screen and writes the last frame again, whole.
  useEffect(() => registerRedraw?.(() => write('')), [registerRedraw, write]);

  useStatusExpiry(state.status, (seq) => dispatch({ type: 'clearStatus', seq }));

  useEffect(() => {
    if (!state.digits) return;
    const timer = setTimeout(() => dispatch({ type: 'digitTimeout' }), DIGIT_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [state.digits]);

  // The real cursor sits where typing goes, so an IME's candidate window opens at the search line.
  if (state.mode === 'search' && !geo.tooSmall) {
    setCursorPosition({ x: searchLine(state.search, geo.columns, state.ambiguous).cursor, y: geo.height - 1 });
  } else {
    setCursorPosition(undefined);
  }

  if (geo.tooSmall) return <TooSmallFrame columns={geo.columns} height={geo.height} ambiguous={state.ambiguous} />;

  // While searching, the reader previews the selected hit; Esc simply stops previewing.
  const preview = searchPreview(state, env);
  const page: PageId = overlay ? (state.mode as 'help' | 'repairs') : (preview?.page ?? state.page);
  const rows = env.rows(page);
  const top = preview ? preview.top : topLine(state, env, page);
  const highlight = preview ? preview.highlight : !overlay && state.highlight?.page === state.page ? state.highlight : null;
  const readerWidth = overlay ? geo.columns : geo.readerWidth;
  const t = transcript;
  const status = statusText(
    {
      place: placeLabel(state, t),
      message: statusMessage(state),
      right: `${scrollPercent(top, geo.mainHeight, rows.length)}%`,
      hint: overlay ? 'Esc close' : geo.columns >= 90 ? '[ ] topic · / search · ? help' : '? help',
    },
    geo.columns,
    state.ambiguous,
  );
  const sidebarProps = { transcript: t, selected: typeof page === 'number' ? page : state.page, focused: state.focus === 'sidebar' || geo.sidebarOnly, width: geo.sidebarWidth, height: geo.mainHeight, color, ambiguous: state.ambiguous };
  const readerProps = {
    rows,
    top,
    width: readerWidth,
    height: geo.mainHeight,
    color,
    ambiguous: state.ambiguous,
    highlight,
    selectedTurn: !overlay && !preview && state.page === quotesPage(t) && t.quotes.length ? state.quoteSel : undefined,
  };
  let main;
  if (showSidebar && geo.sidebarOnly) {
    main = <TopicSidebar {...sidebarProps} />;
  } else if (showSidebar) {
    main = sideBySide(sidebarRows(sidebarProps), readerRowChildren(readerProps), geo.columns, geo.mainHeight, color);
  } else {
    main = <ReaderPane {...readerProps} />;
  }

  return (
    <Box flexDirection="column" width={geo.columns} height={geo.height}>
      {main}
      {state.mode === 'search' ? (
        <>
          <SearchPanel search={state.search} width={geo.columns} height={geo.panelHeight} color={color} ambiguous={state.ambiguous} fullWidthPunctuation={state.fullWidthPunctuation} message={state.status?.text} />
          <Text>{searchLine(state.search, geo.columns, state.ambiguous).text}</Text>
        </>
      ) : (
        <StatusLine text={status} />
      )}
    </Box>
  );
}
