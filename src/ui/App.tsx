import { Box, renderToString, Text, useApp, useCursor, useStdout } from 'ink';
import { type ReactElement, type ReactNode, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import { createSearcher, type Searcher } from '../search/index.js';
import {
  type Effect,
  type Env,
  initialState,
  openingFocus,
  type InputAction,
  inputActions,
  type Leave,
  type PageId,
  reduce,
  type State,
  rowsOf,
  searchPreview,
  topLine,
  viewOf,
} from './state/index.js';
import { LayoutCache } from './layoutCache.js';
import { IdleQueue } from './idle.js';
import { type Clock, realClock } from './clock.js';
import { type Memory, type ParallelResult, ReaderRuntime } from './runtime.js';
import { cursorOf } from './state/cursor.js';
import { marksRows, noteLine } from './marksPage.js';
import { localize, PROBLEMS } from '../i18n/problems.js';
import { useKeysAndPastes } from './input.js';
import { useScreen } from './screen.js';
import { type Hit, PANEL_LIMIT, type Scope } from './hits.js';
import { pageCount, quotesPage } from './pages.js';
import { TooSmallFrame } from './components/TooSmallFrame.js';
import { fitString } from './fit.js';
import { osc52 } from './clipboard.js';
import { type SidebarProps, sidebarRows, TopicSidebar } from './components/TopicSidebar.js';
import { ReaderPane, type ReaderProps, readerRowChildren, scrollPercent } from './components/ReaderPane.js';
import type { Geometry } from './geometry.js';
import { placeLabel, StatusLine, statusMessage, statusText } from './components/StatusLine.js';
import { SearchLineText, SearchPanel, searchLine } from './components/SearchPanel.js';
import { sharedAligner, type Aligner } from '../bilingual/align-thread.js';
import { shownPair } from './state/parallel.js';
import { type Lang, strings } from '../i18n/strings.js';
import { memoryHistory, type SearchHistory } from './searchHistory.js';
import { type Palette, paletteFor, type ThemeName } from './theme.js';
import type { Mark } from '../store/marks.js';

export interface AppProps {
  transcript: Transcript;
  name: string;
  ambiguous: Ambiguous;
  color: boolean;
  /** The colours when colour is on (default dark: for a dark background). */
  theme?: ThemeName;
  /** Start with half-width `,:;?!()` next to Chinese shown full-width (default on; `p` toggles). */
  fullWidthPunctuation?: boolean;
  /** What loading lost (undecodable bytes), said in the status line at start. */
  notice?: string;
  /** Stops the process for the shell (ctrl-z); the lifecycle (run.tsx) takes the screen back. */
  onSuspend?: () => void;
  /** Receives the function that repaints the whole last frame (after a stop, on a cleared screen). */
  registerRedraw?: (redraw: () => void) => void;
  /** Time for the digit pause, status messages and idle work (tests pass one they move by hand). */
  clock?: Clock;
  /** The idle work queue (tests pass one to see when idle work is done). */
  idle?: IdleQueue;
  /** Set when the transcript was opened from a library (src/ui/library/). */
  library?: InLibrary;
  /**
   * Finds the other-language version of the transcript (`presser ZH --with EN`, or the library's
   * counterpart), for the parallel view: asked only when `v` is first pressed.
   */
  counterpart?: FindCounterpart;
  /** Reading positions and marks kept between runs (absent: nothing is remembered). */
  memory?: Memory;
  /** The transcript's content hash: what its position and marks are kept under. */
  hash?: string;
  /** Its file, named in marks. */
  path?: string;
  /** Aligns the two versions (default: the process's align worker; tests pass one they hold). */
  aligner?: Pick<Aligner, 'align'>;
  /** The interface's language (default English). */
  lang?: Lang;
  /** The longest line of text, in columns (default DEFAULT_MEASURE). */
  measure?: number;
  /** Where searches are remembered (default: this reader's memory only). */
  searchHistory?: SearchHistory;
  /** Outside a library: opened at this mark (chosen on another transcript's marks page). */
  mark?: Mark;
  /** Outside a library: a mark of another transcript chosen on the marks page is opened (null), or why not. */
  openMark?(mark: Mark): string | null;
  /** Outside a library: Backspace past the first place returns to the transcript this one was opened from. */
  back?: () => void;
}

/** The other-language version, read, or why there is none (one line). */
export type FindCounterpart = () => Promise<{ transcript: Transcript; name: string } | { reason: string }>;

export interface InLibrary {
  /** The library search's hits in this transcript, walked with n / N, and the one to open at. */
  hits?: Hit[];
  index?: number;
  /**
   * The parallel view was on in the last transcript read: this one opens with it asked for too (its
   * other version found after the first frame), so a hit opened in either language shows beside
   * the other. `parallelChanged` hears when `v` turns it on or off.
   */
  parallel?: boolean;
  parallelChanged?(on: boolean): void;
  /** Back past the first place, or n / N past the last / first hit: the library takes over. */
  leave(how: Leave): void;
  /** Opened to show this mark (chosen on another transcript's marks page). */
  mark?: Mark;
  /** A mark of another transcript chosen on the marks page: the library opens it (null), or says why not. */
  openMark?(mark: Mark): string | null;
  /**
   * The library has the keyboard and hands the reader its keys once it has mounted (so a key
   * that hands back, and those after it in the same read, go where they belong); returns the detach.
   */
  attach(input: (action: InputAction) => void): () => void;
}

export { DIGIT_PAUSE_MS, STATUS_MS } from './runtime.js';
/** Quiet needed before pinyin-pro is imported in the background: the import blocks for ≈50 ms. */
export const PINYIN_IDLE_MS = 1000;
/** Rows of topics' first screens drawn off-screen in idle time, to warm Ink's row caches. */
const PREWARM_ROWS = 500;

/**
 * Sidebar, separator and reader share one Text per screen row. Side-by-side boxes would be
 * placed by Ink's own width measure, which counts “ ” … · as one column even where the
 * terminal (and the ambiguous-wide mode) draws two: the separator would drift and rows overflow.
 * ASCII, not a box-drawing bar: "│" is East Asian Ambiguous and takes two columns in some terminals.
 */
/** The sidebar's and the reader pane's props: what both take from the frame (height, looks, widths) once. */
function paneProps(
  frame: { transcript: Transcript; state: State; geo: Geometry; palette: Palette },
  sidebar: Pick<SidebarProps, 'selected' | 'focused'>,
  reader: Omit<ReaderProps, 'height' | 'palette' | 'ambiguous'>,
): { sidebarProps: SidebarProps; readerProps: ReaderProps } {
  const { transcript, state, geo, palette } = frame;
  const shared = { height: geo.mainHeight, palette, ambiguous: state.ambiguous };
  return {
    sidebarProps: { transcript, ...sidebar, width: geo.sidebarWidth, lang: state.lang, ...shared },
    readerProps: { ...reader, ...shared },
  };
}

function sideBySide(side: ReactElement[], reader: ReactNode[][], columns: number, height: number, palette: Palette): ReactElement {
  return (
    <Box flexDirection="column" width={columns} height={height}>
      {side.map((row, i) => (
        <Text key={i}>
          {row}
          {palette.name !== 'none' ? (
            <Text key="sep" {...palette.looks.muted}>
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

interface Reader {
  runtime: ReaderRuntime;
  /** As the props said at mount. */
  library: InLibrary | undefined;
  /** The effects of the step the reader opened with. */
  opening: Effect[];
  searcher: Searcher;
  env: Env;
  idle: IdleQueue;
}

/** The reader's machinery, made once per mounted App: its props are read at mount. */
function startReader(props: AppProps, stdout: NodeJS.WriteStream, exit: (result?: unknown) => void): Reader {
  const { transcript, name, ambiguous, fullWidthPunctuation = true, clock = realClock, onSuspend, library, memory, hash, path, lang, measure } = props;
  const searchHistory = props.searchHistory ?? memoryHistory();
  const cache = new LayoutCache(transcript);
  const env: Env = {
    transcript,
    name,
    layout: (page, opts) => cache.rows(page, opts),
    // Back past the first place hands over: to the library, or to the transcript this one was opened from.
    inLibrary: library !== undefined || props.back !== undefined,
    ...(hash ? { hash } : {}),
    ...(path ? { path } : {}),
  };
  const blank = initialState({
    ambiguous,
    fullWidthPunctuation,
    lang,
    measure,
    searchHistory: searchHistory.history(),
    columns: stdout.columns,
    rows: stdout.rows,
    // Opened at a library hit, the reader shows the hit: keys go there.
    focus: library?.hits?.length ? 'reader' : openingFocus(stdout.columns),
  });
  // Opened from a library search: the first frame already shows the hit, n / N walk the others.
  // Otherwise where this transcript was left last time, if it was read before.
  const saved = memory && hash && !library?.hits?.length ? memory.position(hash) : undefined;
  // Opened at a mark chosen on another transcript's marks page.
  const atMark = library?.mark ?? props.mark;
  const atHit = library?.hits?.length
    ? reduce(blank, { type: 'showHits', hits: library.hits, index: library.index ?? 0 }, env)
    : atMark
      ? reduce(blank, { type: 'showMark', mark: atMark }, env)
      : saved
        ? reduce(blank, { type: 'resume', position: saved }, env)
        : { state: blank, effects: [] };
  // The other version is asked for by an effect, performed once the reader is up (never before its first frame).
  const besides = library?.parallel ? reduce(atHit.state, { type: 'command', command: 'parallel' }, env) : null;
  const opened = besides ? { state: besides.state, effects: [...atHit.effects, ...besides.effects] } : atHit;
  // What the store found wrong reading the position (a file kept aside), said once the reader is up.
  const notices = (memory?.takeNotices() ?? []).map((n) => localize(n, opened.state.lang));
  if (notices.length) opened.effects.push({ type: 'status', text: notices.join(' · ') });
  // The searcher answers with what it has and calls back when something it needed has loaded.
  const searcher = createSearcher(transcript, { onUpdate: () => runtime.dispatch({ type: 'searchUpdated' }) });
  // The other version's searcher, made when the parallel view first searches it.
  let otherSearcher: { transcript: Transcript; searcher: Searcher } | null = null;
  const searchOther = (other: Transcript, query: string, scope: Scope): Hit[] => {
    if (otherSearcher?.transcript !== other) {
      otherSearcher = { transcript: other, searcher: createSearcher(other, { onUpdate: () => runtime.dispatch({ type: 'searchUpdated' }) }) };
    }
    // Marked in the results by the other version's language.
    const c = runtime.state.parallel.counterpart;
    const tag = c.status === 'ready' && c.pair.side === 'en' ? '中' : 'EN';
    return otherSearcher.searcher.search(query, { scope, limit: PANEL_LIMIT }).map((h) => ({ ...h, other: true, label: `${tag} ${h.label}` }));
  };
  // A mark of another transcript: the library opens it, or the shelf of transcripts read one at a time.
  const openMark = library ? library.openMark?.bind(library) : props.openMark;
  const runtime: ReaderRuntime = new ReaderRuntime(opened.state, env, {
    ...(memory ? { memory } : {}),
    search: (query, scope, other) => {
      const hits = searcher.search(query, { scope, limit: PANEL_LIMIT });
      return other ? [...hits, ...searchOther(other, query, scope)].slice(0, PANEL_LIMIT) : hits;
    },
    ...(props.counterpart
      ? { loadParallel: (signal: AbortSignal) => loadParallel(transcript, name, props.counterpart!, props.aligner ?? sharedAligner(), signal) }
      : {}),
    copy: (text) => stdout.write(osc52(text)),
    rememberSearch: (query) => searchHistory.addHistory(query),
    // Ink's exit(value) resolves waitUntilExit() with the value: run.tsx takes it as the exit code.
    quit: (code) => exit(code),
    suspend: () => onSuspend?.(),
    leave: (how) => (library ? library.leave(how) : props.back?.()),
    ...(openMark ? { openMark } : {}),
    clock,
  });
  return { runtime, library, opening: opened.effects, searcher, env, idle: props.idle ?? new IdleQueue(100, clock) };
}

/**
 * The other version found and read in the turn after the key that asked (so the frame saying
 * "aligning…" is drawn first), then aligned with the transcript in the align worker, the keys
 * answered meanwhile; the alignment code and the dictionary load only there.
 */
async function loadParallel(
  transcript: Transcript,
  name: string,
  find: FindCounterpart,
  aligner: Pick<Aligner, 'align'>,
  signal: AbortSignal,
): Promise<ParallelResult> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const found = await find();
  if ('reason' in found) return found;
  const aligned = await aligner.align({ primary: transcript, primaryName: name, other: found.transcript, otherName: found.name }, signal);
  if (aligned === null) return { reason: PROBLEMS.closedBeforeAligned() };
  if ('reason' in aligned) return aligned;
  return { pair: { primary: transcript, other: found.transcript, side: aligned.side, alignment: aligned.alignment }, name: found.name };
}

/** The reader. One input handler, one reducer (through the runtime); everything below only draws. */
export function App(props: AppProps) {
  const { transcript, notice, registerRedraw } = props;
  const palette = paletteFor(props.color, props.theme);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { setCursorPosition } = useCursor();
  const [{ runtime, library, opening, searcher, env, idle }] = useState(() => startReader(props, stdout, exit));
  const { state, message } = useSyncExternalStore(runtime.subscribe, runtime.getSnapshot);
  const view = viewOf(state, transcript);
  const { geo, showSidebar, overlay } = view;

  // Opened from a library, the reader takes its keys from the library, which has the keyboard.
  useKeysAndPastes(
    (input, key) => {
      idle.keyPressed();
      runtime.dispatch(...inputActions(input, key));
    },
    (text) => {
      idle.keyPressed();
      runtime.dispatch({ type: 'paste', text });
    },
    library === undefined,
    (mouse) => runtime.dispatch({ type: 'mouse', mouse }),
  );
  useEffect(
    () =>
      library?.attach((action) => {
        idle.keyPressed();
        runtime.dispatch(action);
      }),
    [library, runtime, idle],
  );

  useScreen(runtime.dispatch, registerRedraw);

  useEffect(() => () => runtime.stop(), [runtime]);

  // The library remembers whether the parallel view is on, for the next transcript it opens.
  // (A transcript with no other version leaves the wish as it was.)
  const parallelOn = state.parallel.on;
  const noCounterpart = state.parallel.counterpart.status === 'none';
  useEffect(() => {
    if (!noCounterpart) library?.parallelChanged?.(parallelOn);
  }, [library, parallelOn, noCounterpart]);

  // What loading lost, said once the reader is up.
  useEffect(() => {
    if (notice) runtime.dispatch({ type: 'notice', text: `${localize(notice, runtime.state.lang)} · ${strings(runtime.state.lang).repairsNotice}` });
  }, [runtime, notice]);

  // What opening at a library hit asked for (its message), once the reader is up.
  useEffect(() => runtime.start(opening), [runtime, opening]);

  // After the first frame, in the gaps between keys: every page laid out for the current width
  // (a first visit then only draws), the search index, and — once the keyboard has been quiet for
  // a while — pinyin, whose import blocks the event loop. Each step is small; see idle.ts.
  const { width: textWidth, ambiguous, fullWidthPunctuation } = view.pageOptions;
  useEffect(() => {
    let page = 0;
    const count = pageCount(transcript);
    const options = { width: textWidth, ambiguous, fullWidthPunctuation };
    idle.add({
      name: 'layout',
      step: () => {
        env.layout(page++, options);
        return page >= count;
      },
    });
  }, [idle, env, transcript, textWidth, ambiguous, fullWidthPunctuation]);

  // Also in idle time: each topic's first screen drawn off-screen (renderToString), so that Ink's
  // caches of measured and tokenised rows (kept across frames, scripts/shims/ink-output-caches.mjs)
  // already hold the rows a first visit with `]` or a digit draws. Only for the side-by-side
  // layout, whose rows are the same whichever topic is shown, as long as the reader pane has focus.
  const sideBySideShown = showSidebar && !geo.sidebarOnly && state.mode === 'normal' && !geo.tooSmall;
  const prewarmPage = useEffectEvent((page: number) => {
    if (!sideBySideShown || state.anchors[page]) return;
    const { sidebarProps, readerProps } = paneProps(
      { transcript, state, geo, palette },
      { selected: page, focused: state.focus === 'sidebar' },
      { rows: rowsOf(state, env, page), top: 0, width: geo.readerWidth, highlight: null, indent: geo.textIndent },
    );
    renderToString(sideBySide(sidebarRows(sidebarProps), readerRowChildren(readerProps), geo.columns, geo.mainHeight, palette), { columns: geo.columns });
  });
  const currentPage = useEffectEvent(() => state.page);
  const { columns, mainHeight } = geo;
  useEffect(() => {
    // The topics after the current one first (where `]` goes), and no more rows than fit in half
    // of Ink's row cache (1000 rows, scripts/shims/ink-output-caches.mjs), which starts afresh when full.
    const topics = transcript.topics.length;
    const count = Math.min(topics, Math.max(1, Math.floor(PREWARM_ROWS / Math.max(1, mainHeight))));
    const from = currentPage();
    let done = 0;
    idle.add({
      name: 'prewarm',
      step: () => {
        if (done < count) prewarmPage(((from + done++) % topics) + 1);
        return done >= count;
      },
    });
    // What is drawn changes with these: pre-draw again when one does.
  }, [idle, transcript, textWidth, ambiguous, fullWidthPunctuation, columns, mainHeight, sideBySideShown, state.focus, palette]);

  useEffect(() => {
    idle.add({ name: 'search-index', step: () => searcher.index() });
    // Pinyin warms in slices of its own once started; until the engine has loaded, try again later.
    const warmPinyin = () => {
      if (!searcher.index()) return false;
      void searcher.warm();
      return true;
    };
    idle.add({ name: 'pinyin', step: warmPinyin, after: PINYIN_IDLE_MS, delay: PINYIN_IDLE_MS });
    return () => idle.stop();
  }, [idle, searcher]);

  // The real cursor sits where typing goes, so an IME's candidate window opens at the search line.
  if (state.mode === 'search' && !geo.tooSmall) {
    setCursorPosition({ x: searchLine(state.search, geo.columns, state.ambiguous, state.lang).cursor, y: geo.height - 1 });
  } else if (state.mode === 'note' && state.note && !geo.tooSmall) {
    setCursorPosition({ x: noteLine(state.note.text, geo.columns, state.ambiguous, state.lang).cursor, y: geo.height - 1 });
  } else {
    setCursorPosition(undefined);
  }

  if (geo.tooSmall) return <TooSmallFrame columns={geo.columns} height={geo.height} ambiguous={state.ambiguous} lang={state.lang} />;
  const say = strings(state.lang);

  if (state.mode === 'marks') {
    const { list, sel } = state.marks;
    const margin = geo.columns >= 4 ? 1 : 0;
    const marks = marksRows(list, env.hash, sel, geo.mainHeight, {
      lang: state.lang,
      width: Math.max(1, geo.columns - margin - 1),
      ambiguous: state.ambiguous,
      fullWidthPunctuation: state.fullWidthPunctuation,
    });
    const marksStatus = statusText(
      {
        place: list.length ? say.placeMark(sel + 1, list.length) : say.placeMarks,
        message: message ?? '',
        right: `${scrollPercent(marks.top, geo.mainHeight, marks.rows.length)}%`,
        hint: say.marksHint,
      },
      geo.columns,
      state.ambiguous,
    );
    return (
      <Box flexDirection="column" width={geo.columns} height={geo.height}>
        <ReaderPane
          rows={marks.rows}
          top={marks.top}
          width={geo.columns}
          height={geo.mainHeight}
          palette={palette}
          ambiguous={state.ambiguous}
          highlight={null}
          selectedTurn={list.length ? sel : undefined}
        />
        <StatusLine text={marksStatus} />
      </Box>
    );
  }

  // While searching, the reader previews the selected hit; Esc simply stops previewing.
  const preview = searchPreview(state, env);
  const page: PageId = overlay ? (state.mode as 'help' | 'repairs') : (preview?.page ?? state.page);
  const rows = preview?.rows ?? rowsOf(state, env, page);
  const top = preview ? preview.top : topLine(state, env, page);
  const highlight = preview ? preview.highlight : !overlay && state.highlight?.page === state.page ? state.highlight : null;
  const readerWidth = overlay ? geo.columns : geo.readerWidth;
  const t = transcript;
  const status = statusText(
    {
      place: placeLabel(state, t),
      message: statusMessage(state, message),
      right: `${scrollPercent(top, geo.mainHeight, rows.length)}%`,
      hint: overlay ? say.hintClose : geo.columns < 90 ? say.hintNarrow : state.focus === 'sidebar' && showSidebar ? say.hintSidebar : say.hintWide,
    },
    overlay ? geo.columns : geo.statusWidth,
    state.ambiguous,
  );
  const { sidebarProps, readerProps } = paneProps(
    { transcript: t, state, geo, palette },
    { selected: typeof page === 'number' ? page : state.page, focused: state.focus === 'sidebar' || geo.sidebarOnly },
    {
      rows,
      top,
      width: readerWidth,
      highlight,
      // A topic beside its other version takes the pane's whole width: no measure's indent.
      indent: overlay || shownPair(state, env, page) ? 0 : geo.textIndent,
      selectedTurn: !overlay && !preview && state.page === quotesPage(t) && t.quotes.length ? state.quoteSel : undefined,
      cursor: !overlay && !preview ? cursorOf(state, env) : null,
    },
  );
  let main;
  if (showSidebar && geo.sidebarOnly) {
    main = <TopicSidebar {...sidebarProps} />;
  } else if (showSidebar) {
    main = sideBySide(sidebarRows(sidebarProps), readerRowChildren(readerProps), geo.columns, geo.mainHeight, palette);
  } else {
    main = <ReaderPane {...readerProps} />;
  }

  return (
    <Box flexDirection="column" width={geo.columns} height={geo.height}>
      {main}
      {state.mode === 'search' ? (
        <>
          <SearchPanel
            search={state.search}
            width={geo.columns}
            height={geo.panelHeight}
            palette={palette}
            ambiguous={state.ambiguous}
            fullWidthPunctuation={state.fullWidthPunctuation}
            message={message ?? undefined}
            lang={state.lang}
          />
          <SearchLineText line={searchLine(state.search, geo.columns, state.ambiguous, state.lang)} />
        </>
      ) : state.mode === 'note' && state.note ? (
        <Text>{noteLine(state.note.text, geo.columns, state.ambiguous, state.lang).text}</Text>
      ) : (
        <StatusLine text={fitString(status, geo.columns, { ambiguous: state.ambiguous })} />
      )}
    </Box>
  );
}
