/**
 * The reader over a library: the library view (one row per transcript, by year; filter; search
 * across everything) and, when a transcript is opened, the ordinary reader (App) for it. Back
 * from the reader's first place returns to the view as it was (same row, same results); n/N at
 * the reader's last or first hit go on into the next or previous transcript with hits.
 *
 * The library opens while the view is up: the rows known from the cache at once, the rest as
 * they are parsed, with the progress in the status line. A search runs when typing pauses (the
 * results of the last one stay up meanwhile), over the transcripts that can match.
 */
import { useApp, useCursor } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { basename } from 'node:path';
import type { Ambiguous } from '../../text/width.js';
import type { Transcript } from '../../transcript/model.js';
import { openTranscript } from '../../transcript/open.js';
import type { Library, LibraryEntry } from '../../library/open.js';
import type { HitGroup } from '../../library/search.js';
import { App, TooSmallFrame, useTerminalSize } from '../App.js';
import { useQuit, useStatusExpiry } from '../effects.js';
import { keyName } from '../keymap.js';
import { useKeysAndPastes } from '../input.js';
import { IdleQueue } from '../idle.js';
import { geometry } from '../geometry.js';
import { filterEntries } from './entries.js';
import { QueryCache, SEARCH_PAUSE_MS } from './queries.js';
import { LibraryView } from './LibraryView.js';
import { bottomLine } from './rows.js';
import { firstHitOf, hitAt, readerHit } from './results.js';
import { initialLibraryState, reduceLibrary, type LibraryAction, type LibraryViewEnv, type LibraryViewState, type OpenRequest } from './state.js';

export interface LibraryProgress {
  done: number;
  total: number;
}

/** Opens the library, reporting progress and the entries known so far (run.tsx passes openLibrary). */
export type OpenLibraryFn = (hooks: { onProgress: (done: number, total: number) => void; onEntries: (entries: LibraryEntry[]) => void }) => Promise<Library>;

export interface LibraryAppProps {
  open: OpenLibraryFn;
  /** Rows to show until the library is open (what the cache says it holds). */
  initialEntries?: readonly LibraryEntry[];
  ambiguous: Ambiguous;
  color: boolean;
  fullWidthPunctuation?: boolean;
  /** Time source for the progress bar's estimate (tests pass a fake). */
  now?: () => number;
  /** Passed to the reader (App): ctrl-z there, and the redraw after it. */
  onSuspend?: () => void;
  registerRedraw?: (redraw: () => void) => void;
}

interface Reading {
  key: number;
  transcript: Transcript;
  name: string;
  /** Opened from a search: the results' group, its hits (as the reader's) and the one opened at. */
  group?: HitGroup;
  index?: number;
}

export function LibraryApp({ open, initialEntries = [], ambiguous, color, fullWidthPunctuation = true, now = Date.now, onSuspend, registerRedraw }: LibraryAppProps) {
  const { exit } = useApp();
  const { setCursorPosition } = useCursor();
  const size = useTerminalSize();
  const [lib, setLib] = useState<Library | null>(null);
  const [entries, setEntries] = useState<readonly LibraryEntry[]>(initialEntries);
  const [progress, setProgress] = useState<{ done: number; total: number; start: number } | null>(null);
  const [reading, setReadingState] = useState<Reading | null>(null);
  const setReading = (r: Reading | null) => {
    readingNow.current = r !== null;
    setReadingState(r);
  };
  const [failure, setFailure] = useState<string | null>(null);
  const queries = useRef(new QueryCache());
  const idle = useMemo(() => new IdleQueue(), []);

  const geo = geometry({ columns: size.columns, rows: size.rows, sidebar: false, sidebarWidth: 0, searchOpen: false });
  // Filtered lists, remembered per filter text while the entries stay the same.
  const filtered = useMemo(() => {
    const memo = new Map<string, readonly LibraryEntry[]>();
    return (filter: string) => {
      let list = memo.get(filter);
      if (!list) memo.set(filter, (list = filterEntries(entries, filter)));
      return list;
    };
  }, [entries]);
  const envRef = useRef<LibraryViewEnv | null>(null);
  const env: LibraryViewEnv = {
    entries: filtered,
    search: (q, scope) => {
      if (!lib) return null;
      const known = queries.current.get(q, scope);
      if (known) return known;
      // Searched once typing pauses: the line follows every key, the results the pause.
      idle.add({
        name: 'library-query',
        after: SEARCH_PAUSE_MS,
        step: () => {
          void queries.current.run(lib, q, scope).then(() => dispatch({ type: 'searchUpdated' }));
          return true;
        },
      });
      return null;
    },
    viewHeight: Math.max(1, geo.height - 1),
  };
  envRef.current = env;
  const [state, dispatch] = useReducer((s: LibraryViewState, a: LibraryAction) => reduceLibrary(s, a, envRef.current!), undefined, initialLibraryState);

  // Always listening, and ignoring keys while the reader has them: a key typed the moment the
  // reader hands back (Backspace, then at once a letter) is not lost while the view comes up.
  const readingNow = useRef(false);
  readingNow.current = reading !== null;
  useKeysAndPastes(
    (input, key) => {
      if (readingNow.current) return;
      idle.keyPressed();
      dispatch({ type: 'key', name: keyName(input, key), input, ctrl: key.ctrl, meta: key.meta && !key.escape });
    },
    (text) => {
      if (!readingNow.current) dispatch({ type: 'text', text });
    },
  );

  useEffect(() => {
    let last = 0;
    const start = now();
    open({
      onProgress: (done, total) => {
        // At most ten frames a second for the bar, and always the last.
        if (done < total && now() - last < 100) return;
        last = now();
        setProgress({ done, total, start });
      },
      // Until the files are read, the cache's rows (if any) stay rather than a shorter list.
      onEntries: (list) => {
        if (list.length >= initialEntries.length) setEntries(list);
      },
    }).then(
      (l) => {
        setLib(l);
        setEntries(l.items);
        setProgress(null);
      },
      (e: unknown) => setFailure((e as Error)?.message ?? String(e)),
    );
    return () => idle.stop();
  }, []);

  // A search typed while the library was opening runs once it is open.
  useEffect(() => {
    if (lib) dispatch({ type: 'searchUpdated' });
  }, [lib]);

  const openRequest = (req: OpenRequest) => {
    const item = lib?.items.find((it) => it.path === req.path);
    let transcript: Transcript;
    try {
      // While the library is still opening, a transcript is read from its file.
      transcript = item && lib ? lib.transcript(item) : openTranscript(req.path).transcript;
    } catch (e) {
      setFailure(`cannot open ${basename(req.path)}: ${(e as Error).message}`);
      return;
    }
    lib?.forget();
    const group = req.hits && state.results?.groups.find((g) => g.hits === req.hits);
    setReading({ key: req.seq, transcript, name: basename(req.path), ...(group ? { group, index: req.index ?? 0 } : {}) });
  };

  useEffect(() => {
    if (state.open) openRequest(state.open);
  }, [state.open]);

  /** n past the last hit of a transcript: the next transcript with hits (from the first again after the last). */
  const walk = (how: 'next' | 'prev') => {
    const groups = state.results?.groups ?? [];
    const at = reading?.group ? groups.indexOf(reading.group) : -1;
    if (at < 0 || groups.length === 0) return setReading(null);
    const g = groups[(at + (how === 'next' ? 1 : -1) + groups.length) % groups.length]!;
    openRequest({ seq: (reading?.key ?? 0) + 1, path: g.item.path, hits: g.hits, index: how === 'next' ? 0 : g.hits.length - 1 });
  };

  /** Back to the view as it was; after n/N went on into other transcripts, at the one now read. */
  const back = () => {
    const group = reading?.group;
    const flat = group && state.results ? firstHitOf(state.results, group) : -1;
    if (flat >= 0 && state.results && hitAt(state.results, state.search.sel)?.group !== group) dispatch({ type: 'selectHit', flat: flat + (reading?.index ?? 0) });
    setReading(null);
  };

  useQuit(state.quit, exit);
  useStatusExpiry(state.status, (seq) => dispatch({ type: 'clearStatus', seq }));

  if (reading) {
    return (
      <App
        key={reading.key}
        transcript={reading.transcript}
        name={reading.name}
        ambiguous={ambiguous}
        color={color}
        fullWidthPunctuation={fullWidthPunctuation}
        {...(onSuspend ? { onSuspend } : {})}
        {...(registerRedraw ? { registerRedraw } : {})}
        library={{
          ...(reading.group ? { hits: reading.group.hits.map(readerHit), index: reading.index ?? 0 } : {}),
          onExit: (how) => (how === 'back' ? back() : walk(how)),
        }}
      />
    );
  }

  const list = filtered(state.filter);
  const viewProps = {
    state: failure ? { ...state, status: { text: failure, seq: -1 } } : state,
    entries: list,
    total: entries.length,
    skipped: lib?.skipped ?? [],
    progress: progress ? { done: progress.done, total: progress.total, elapsedMs: now() - progress.start } : null,
    searchReady: lib !== null,
    width: geo.columns,
    height: geo.height,
    color,
    ambiguous,
    fullWidthPunctuation,
  };
  if (geo.tooSmall) return <TooSmallFrame columns={geo.columns} height={geo.height} ambiguous={ambiguous} />;
  const typing = state.mode === 'libraryFilter' || state.mode === 'librarySearch';
  setCursorPosition(typing ? { x: bottomLine(viewProps).cursor ?? 0, y: geo.height - 1 } : undefined);
  return <LibraryView {...viewProps} />;
}

