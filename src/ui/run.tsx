// Starts the full-screen reader and owns its lifecycle: where keys come from, the alternate
// screen, the exit code, and putting the terminal back on every way out.
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { Component, type ReactNode } from 'react';
import type { Instance } from 'ink';
import type { Opened } from '../transcript/open.js';
import type { OpenLibraryFn } from './library/LibraryApp.js';
import type { FindCounterpart } from './App.js';
import type { LibraryEntry } from '../library/open.js';
import { crashMessage, ESC, onAbnormalExit, openKeyboard, SIGNAL_EXIT_CODES, TerminalSession } from './terminal.js';
import { firstPaint } from './prepaint.js';
import { onSuspend, suspendProcessGroup } from './suspend.js';
import type { Memory } from './runtime.js';
import { Store } from '../store/store.js';
import type { Lang } from '../i18n/strings.js';
import { memoryHistory, type SearchHistory } from './searchHistory.js';
import type { ThemeName } from './theme.js';

export interface ReaderOptions {
  ambiguous: 'narrow' | 'wide';
  color: boolean;
  /** The colours, for the terminal's background (`--theme`; auto already decided). */
  theme?: ThemeName;
  /** The transcript came from standard input (`presser -`), so keys must come from /dev/tty. */
  fromStdin: boolean;
  /** Start with the full-width punctuation refinement on (`--original-punctuation` turns it off). */
  fullWidthPunctuation?: boolean;
  /** The other-language version (`--with FILE`), read when the parallel view is first asked for. */
  counterpart?: FindCounterpart;
  /** Report the mouse: the wheel scrolls, a click selects (it takes the terminal's own text selection away). */
  mouse?: boolean;
  /** Reading positions and marks kept between runs (default: the store under $XDG_STATE_HOME/presser). */
  memory?: Memory;
  /** The interface's language (`--lang`, else the locale). */
  lang?: Lang;
  /** The longest line of text, in columns (`--measure`). */
  measure?: number;
}

/**
 * Frame pacing. Ink throttles frames to `maxFps` with a leading edge; at its default of 30 a key
 * typed within 33 ms of the previous frame waits for the trailing edge (key-to-frame figures:
 * bench/startup.bench.ts).
 * PRESSER_MAX_FPS / PRESSER_INCREMENTAL override these for measuring.
 */
const MAX_FPS = Number(process.env.PRESSER_MAX_FPS) || 120;
const INCREMENTAL = process.env.PRESSER_INCREMENTAL ? process.env.PRESSER_INCREMENTAL === '1' : false;

/** How long a finished reader may take to let the event loop drain before it is made to exit. */
const EXIT_GRACE_MS = 300;

/**
 * yoga-layout's wasm loader tests `typeof fetch`, and the first touch of Node's lazy `fetch`
 * global loads undici (~25 ms of CPU before the first frame). presser never fetches, so the global
 * is hidden, without being read, while Ink loads, and put back afterwards.
 */
async function withoutLazyFetch<T>(load: () => Promise<T>): Promise<T> {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!saved?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', saved);
  }
}

/** Ink's onRender hook running several actions, just before each frame is written. */
function everyFrame(...actions: (() => void)[]): () => void {
  return () => {
    for (const action of actions) action();
  };
}

/**
 * An onRender action for the first frame only: `before` runs just before Ink writes it;
 * with PRESSER_TRACE_STARTUP=FILE, the process uptime and CPU at that moment are written to FILE
 * (the bench's view from inside).
 */
function onFirstFrame(before: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    before();
    const file = process.env.PRESSER_TRACE_STARTUP;
    if (!file) return;
    const cpu = process.cpuUsage();
    let mainThreadMs: number | undefined;
    try {
      // Linux: milliseconds this (main) thread has run, unlike cpuUsage which adds GC and compiler threads.
      mainThreadMs = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
    } catch {
      // not Linux
    }
    writeFileSync(file, JSON.stringify({ uptimeMs: process.uptime() * 1000, cpuMs: (cpu.user + cpu.system) / 1000, mainThreadMs }));
  };
}

/**
 * V8 doubles the young generation (up to 2 × 16 MB) whenever a scavenge finds much alive, and the
 * reader's allocation (frames, search) grows it to the maximum: ~20 MB of peak RSS for little
 * gain. Keeping it at its start size costs ~4 ms of extra scavenging per key; letting it grow to
 * 8 MB and no further costs almost nothing and keeps most of the saving (bench/startup.bench.ts,
 * peak RSS 125 → 103 MB). Heap sizes are fixed at start-up, but the growth factor is read at each
 * growth decision, so growth is switched off from here, checked at every frame, once the young
 * generation has reached the cap. PRESSER_YOUNG_GROWTH=1 leaves V8's default.
 */
const YOUNG_GENERATION_CAP = 8 << 20;

function capYoungGeneration(): () => void {
  let capped = process.env.PRESSER_YOUNG_GROWTH === '1';
  return () => {
    if (capped) return;
    const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (young && young.space_size >= YOUNG_GENERATION_CAP) {
      v8.setFlagsFromString('--semi-space-growth-factor=1');
      capped = true;
    }
  };
}

function isSearchHistory(m: object): m is SearchHistory {
  return typeof (m as Partial<SearchHistory>).history === 'function' && typeof (m as Partial<SearchHistory>).addHistory === 'function';
}

/** Catches a render error below it, so the terminal is restored before the message is printed. */
export class CrashBoundary extends Component<{ onCrash: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onCrash(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** A library to open in the reader's library view (src/ui/library/), instead of one transcript. */
export interface LibrarySource {
  library: OpenLibraryFn;
  /** What the cache says the library holds (src/library/peek.ts): the first paint, and the view's rows until the library is open. */
  peek?: LibraryEntry[] | null;
  /** The library's identity (as its cache is keyed): the transcript last opened in it is kept under it. */
  key?: string;
}

/**
 * Runs the reader until the user quits; resolves to the exit code (0 on `q`, 130 on ctrl-c or
 * SIGINT, 143 on SIGTERM, 129 on SIGHUP) or rejects with a one-line error after a crash (exit 1).
 */
export async function runReader(source: Opened | LibrarySource, opts: ReaderOptions): Promise<number> {
  const opened = 'library' in source ? null : source;
  const memory: Memory = opts.memory ?? Store.open();
  // The search line's history is the store's (kept across runs) when the memory is one.
  const searchHistory: SearchHistory = isSearchHistory(memory) ? memory : memoryHistory();
  const ownsKeyboard = opts.fromStdin || !process.stdin.isTTY;
  const keyboard = ownsKeyboard ? openKeyboard() : process.stdin;

  const session = new TerminalSession(process.stdout, keyboard, ownsKeyboard, !!opts.mouse);
  let instance: Instance | undefined;
  let exitCode: number | undefined;
  let settle: { resolve: (code: number) => void; reject: (e: Error) => void } | undefined;
  const outcome = new Promise<number>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A crash while Ink is still loading rejects `outcome` before the caller holds it: that must not
  // count as an unhandled rejection (whose handler would exit before the message is printed).
  outcome.catch(() => {});
  /** Whether runReader has returned `outcome` to its caller (who prints a crash's message). */
  let handedOver = false;
  const handOver = () => {
    handedOver = true;
    return outcome;
  };

  // ctrl-z and SIGTSTP: the terminal given back, the process stopped; on SIGCONT the screen is
  // taken back and the last frame drawn again (by Ink, once it has drawn one).
  let redrawFrame = () => {};
  const stopSuspending = onSuspend(session, process.stdout, () => redrawFrame());

  const finish = (code: number, error?: unknown) => {
    if (exitCode !== undefined) return;
    exitCode = code;
    stopSuspending();
    try {
      instance?.unmount();
    } catch {
      // A crash inside Ink can leave it unable to unmount; the terminal is restored regardless.
    }
    session.restore();
    // Anything still holding the event loop open (a timer in a component) must not keep a
    // reader that has been told to quit alive. Not before the caller holds the outcome, though:
    // a crash while Ink is still loading would otherwise exit before its message is printed.
    const exitSoon = () => setTimeout(() => (handedOver ? process.exit(code) : exitSoon()), EXIT_GRACE_MS).unref();
    exitSoon();
    if (error === undefined) {
      settle!.resolve(code);
      return;
    }
    if (process.env.PRESSER_DEBUG) process.stderr.write(`${crashMessage(error, true)}\n`);
    settle!.reject(new Error(crashMessage(error, false)));
  };

  // From here on every way out restores the terminal, including a signal while Ink loads.
  onAbnormalExit(session, (reason) => {
    if (exitCode !== undefined) {
      // Already leaving: a write failing on a hung-up terminal, or a second ctrl-c while a
      // component holds the loop open. Leave now with the code already decided.
      if (reason.kind === 'crash' || reason.signal === 'SIGINT') process.exit(exitCode);
      return;
    }
    if (reason.kind === 'signal') finish(SIGNAL_EXIT_CODES[reason.signal]);
    else finish(1, reason.error);
  });

  session.enter();
  const columns = process.stdout.columns || 80;
  const rows = process.stdout.rows || 24;
  const paintOpts = { columns, rows, ambiguous: opts.ambiguous, color: opts.color, theme: opts.theme, lang: opts.lang };
  const peek = opened ? null : (source as LibrarySource).peek;
  const libraryKey = opened ? undefined : (source as LibrarySource).key;
  // The transcript last opened in this library: its row is selected from the first paint on.
  const lastRead = libraryKey ? memory.lastRead?.(libraryKey) : undefined;
  const prepainted =
    process.env.PRESSER_PREPAINT !== '0' &&
    session.paint(
      opened
        ? firstPaint(opened.transcript, paintOpts)
        : peek
          ? (await import('./library/prepaint.js')).libraryFirstPaint(peek, { ...paintOpts, lastRead })
          : '',
    );
  if (process.env.PRESSER_PREPAINT === 'only') {
    // For tests/e2e/prepaint.test.ts: the first paint alone, to compare with Ink's first frame.
    finish(0);
    return handOver();
  }

  // Ink draws nothing until exit when it thinks it runs in CI (is-in-ci reads these when Ink is
  // first imported); a reader whose stdout is a terminal has a person in front of it.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  let render: typeof import('ink').render;
  let root: ReactNode;
  const registerRedraw = (redraw: () => void) => {
    redrawFrame = redraw;
  };
  try {
    if (opened) {
      const [ink, { Shelf }, { openTranscript }] = await withoutLazyFetch(() =>
        Promise.all([import('ink'), import('./Shelf.js'), import('../transcript/open.js')]),
      );
      render = ink.render;
      root = (
        <Shelf
          first={opened}
          open={openTranscript}
          app={{
            ambiguous: opts.ambiguous,
            color: opts.color,
            ...(opts.theme ? { theme: opts.theme } : {}),
            ...(opts.fullWidthPunctuation !== undefined ? { fullWidthPunctuation: opts.fullWidthPunctuation } : {}),
            ...(opts.counterpart ? { counterpart: opts.counterpart } : {}),
            memory,
            ...(opts.lang ? { lang: opts.lang } : {}),
            ...(opts.measure !== undefined ? { measure: opts.measure } : {}),
            searchHistory,
            onSuspend: suspendProcessGroup,
            registerRedraw,
          }}
        />
      );
    } else {
      const [ink, { LibraryApp }] = await withoutLazyFetch(() => Promise.all([import('ink'), import('./library/LibraryApp.js')]));
      render = ink.render;
      root = (
        <LibraryApp
          open={(source as LibrarySource).library}
          initialEntries={peek ?? undefined}
          {...(libraryKey ? { libraryKey } : {})}
          {...(lastRead ? { lastRead } : {})}
          ambiguous={opts.ambiguous}
          color={opts.color}
          theme={opts.theme}
          fullWidthPunctuation={opts.fullWidthPunctuation}
          memory={memory}
          lang={opts.lang}
          measure={opts.measure}
          searchHistory={searchHistory}
          onSuspend={suspendProcessGroup}
          registerRedraw={registerRedraw}
        />
      );
    }
  } catch (e) {
    finish(1, e);
    return handOver();
  }
  if (exitCode !== undefined) return handOver(); // a signal came while Ink was loading

  try {
    instance = render(
      // The boundary reports after React has finished the commit it interrupted.
      <CrashBoundary onCrash={(e) => setImmediate(() => finish(1, e))}>{root}</CrashBoundary>,
      {
        stdin: keyboard,
        exitOnCtrlC: false,
        patchConsole: false,
        maxFps: MAX_FPS,
        incrementalRendering: INCREMENTAL,
        onRender: everyFrame(
          capYoungGeneration(),
          onFirstFrame(() => {
            // Ink's first frame replaces the first paint: cleared and drawn in one synchronized update.
            if (prepainted) session.paint(ESC.syncBegin + ESC.clearHome);
          }),
        ),
      },
    );
  } catch (e) {
    finish(1, e);
    return handOver();
  }
  instance.waitUntilExit().then(
    // The App leaves with Ink's exit(code): 0 for q, 130 for ctrl-c (the shell's code for SIGINT).
    (code: unknown) => finish(typeof code === 'number' ? code : 0),
    (e: unknown) => finish(1, e),
  );
  return handOver();
}
