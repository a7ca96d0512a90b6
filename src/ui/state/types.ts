import type { Transcript } from '../../transcript/model.js';
import type { Ambiguous } from '../../text/width.js';
import type { Anchor, BlockRef, PageRow } from '../../layout/page.js';
import type { Command, Mode } from '../keymap.js';
import type { Hit, Scope } from '../hits.js';
import type { ViewOptions } from '../layoutCache.js';
import type { ParallelPair } from '../../layout/parallel-topic.js';
import type { Mark } from '../../store/marks.js';
import type { Position } from '../../store/positions.js';
import type { Mouse } from '../mouse.js';

/** A mark as the reader makes it: the store gives it its id and time. */
export type MarkDraft = Omit<Mark, 'id' | 'created'>;
/** A reading position as the store keeps it (it adds the time). */
export type SavedPosition = Omit<Position, 'updated'>;
import { type Lang, strings, type Strings } from '../../i18n/strings.js';
import { DEFAULT_MEASURE, FALLBACK_COLUMNS, SIDEBAR_MIN_COLUMNS } from '../geometry.js';

/**
 * The reader's state, what can happen to it, and what it asks the outside world to do. The
 * reducer (reduce.ts) is `state + action + env → {state, effects}`: it reads nothing but the
 * state it reduces and the fixed `Env`, and never does anything itself — copying, quitting,
 * searching and timing are effects, performed at the edge (runtime.ts).
 */

export type Focus = 'sidebar' | 'reader';
export type Overlay = 'help' | 'repairs';
/** A page of the transcript (0 overview, 1..N topics, N+1 quotes) or an overlay. */
export type PageId = number | Overlay;

export interface Place {
  page: number;
  anchor: Anchor | null;
}

export interface Highlight {
  page: number;
  ref: BlockRef;
  start: number;
  end: number;
  /** In the other version's column of the parallel view (a hit in the other language). */
  other?: boolean;
  /** The matched characters inside [start, end), offsets in the same block's text. */
  matches?: [number, number][];
}

/** The other language's version, once found and aligned (a `loadParallel` effect answers). */
export type Counterpart =
  | { status: 'unknown' }
  /** Asked for by the `loadParallel` effect numbered `seq`: only its answer counts. */
  | { status: 'loading'; seq: number }
  | { status: 'ready'; pair: ParallelPair; name: string }
  /** There is none (or it could not be read): why, in one line. */
  | { status: 'none'; reason: string };

export interface ParallelState {
  /** The parallel view is asked for (it shows once the counterpart is ready, on topic pages). */
  on: boolean;
  counterpart: Counterpart;
  /** How many times the other version was asked for: each request's number, so that a stale answer is known. */
  asked: number;
}

export interface SearchState {
  query: string;
  scope: Scope;
  hits: Hit[];
  sel: number;
  /**
   * The query is the last one, shown selected (as a browser's address bar does): typing replaces
   * it (and the scope goes back to all), Backspace clears it, Enter opens its result again.
   */
  selected?: boolean;
  /** Which earlier search (an index into `State.searchHistory`) the line shows; -1 none. */
  historyAt?: number;
}

/** The terminal's size as last reported (undefined: unknown, the geometry's fallbacks apply). */
export interface TerminalSize {
  columns: number | undefined;
  rows: number | undefined;
}

export interface State {
  terminal: TerminalSize;
  page: number;
  focus: Focus;
  /** Reading position of each page (missing: the top). */
  anchors: Record<number, Anchor>;
  /** Reading position in the help / repairs overlay. */
  overlayAnchor: Anchor | null;
  back: Place[];
  forward: Place[];
  /** The last page change was a step (], [, sidebar j/k): a run of steps is one history entry. */
  stepping: boolean;
  digits: string;
  mode: Mode;
  search: SearchState;
  /**
   * The hits `n` / `N` walk through, after a search was opened. `fromLibrary`: a library search's
   * hits in this transcript, which go on in the library's other transcripts past the first and last.
   */
  lastHits: { hits: Hit[]; index: number; fromLibrary?: boolean } | null;
  highlight: Highlight | null;
  /** The selected pull quote on the quotes page. */
  quoteSel: number;
  sidebar: 'auto' | 'shown' | 'hidden';
  /** Queries opened before, newest first, each once (kept by the store when there is one). */
  searchHistory: string[];
  ambiguous: Ambiguous;
  fullWidthPunctuation: boolean;
  /** The open transcript beside its other-language version, exchange by exchange (`v`). */
  parallel: ParallelState;
  /**
   * The paragraph `y` copies and `m` marks, on the current page; it follows scrolling (see
   * cursor.ts). Null: the first paragraph shown.
   */
  cursor: BlockRef | null;
  /** The marks page (mode 'marks'): every mark, as last loaded, and the selected one. */
  marks: { list: Mark[]; sel: number };
  /** The one-line note being typed: for a new mark (`M`) or for a mark on the marks page. */
  note: { text: string; for: { kind: 'new'; draft: MarkDraft } | { kind: 'edit'; id: string } } | null;
  /** The interface's language (fixed for a run: --lang, else the locale). */
  lang: Lang;
  /** The longest line of text, in columns (--measure). */
  measure: number;
}

/** The sentences of the state's interface language. */
export function say(s: Pick<State, 'lang'>): Strings {
  return strings(s.lang);
}

/** What the reducer may read besides the state: fixed for the life of the reader. */
export interface Env {
  transcript: Transcript;
  /** File name, for citations (a date in it is used). */
  name: string;
  /** A page laid out with the given options: a pure function of its arguments (it may cache). */
  layout(page: PageId, opts: ViewOptions): PageRow[];
  /** Opened from a library, which takes over at the ends of history and of the hits (a `leave` effect). */
  inLibrary?: boolean;
  /** The transcript's content hash (SHA-256 of its file): what its reading position and marks are kept under. */
  hash?: string;
  /** Where its file is, for a mark's citation (absent: standard input, the embedded transcript). */
  path?: string;
}

/** How a reader opened from a library hands back: back past its first place, n / N past its last / first hit. */
export type Leave = 'back' | 'next' | 'prev';

/**
 * What the keyboard sends: a key, a run of printable text (one read of the keyboard becomes these:
 * see input.ts), or a bracketed paste, whole.
 */
export type InputAction =
  | { type: 'key'; name: string; input: string; ctrl?: boolean; meta?: boolean }
  | { type: 'text'; text: string }
  /** Text in the search line, never keys (in other modes it goes nowhere). */
  | { type: 'paste'; text: string }
  /** The wheel or a click (only with --mouse). */
  | { type: 'mouse'; mouse: Mouse };

export type Action =
  | InputAction
  | { type: 'command'; command: Command; key?: string }
  /** Something the user should know from the start (what loading lost): shown as a status message. */
  | { type: 'notice'; text: string }
  | { type: 'resize'; columns: number | undefined; rows: number | undefined }
  /** The pause after a digit has passed (answering a `digitPause` effect). */
  | { type: 'digitTimeout' }
  /** The hits of a search the reducer asked for (a `search` effect). */
  | { type: 'searchResults'; query: string; scope: Scope; hits: Hit[] }
  /** The search module finished loading something (pinyin, t→s): run the open query again. */
  | { type: 'searchUpdated' }
  | { type: 'select'; page: number }
  /** Opened from a library search: these hits (n / N walk them), the reader at hit `index`. */
  | { type: 'showHits'; hits: Hit[]; index: number }
  /** The other-language version found and aligned (answering `loadParallel`), or why there is none. */
  | { type: 'parallelLoaded'; seq: number; pair: ParallelPair; name: string }
  | { type: 'parallelMissing'; seq: number; reason: string }
  /** Where this transcript was left last time (the store's answer at open). */
  | { type: 'resume'; position: SavedPosition }
  /** Every mark, read from the store (answering `loadMarks`). */
  | { type: 'marksLoaded'; marks: Mark[] }
  /** A mark was made (answering `addMark`). */
  | { type: 'marked'; mark: Mark }
  /** Opened to show a mark of this transcript (chosen on another transcript's marks page): its place, highlighted. */
  | { type: 'showMark'; mark: Mark };

/** What the reducer asks the outside world to do. */
export type Effect =
  /** Put text on the clipboard (OSC 52). */
  | { type: 'copy'; text: string }
  /** Show a short message on the status line for a while. */
  | { type: 'status'; text: string }
  /** Leave the reader with this exit code. */
  | { type: 'quit'; code: number }
  /** Stop the process for the shell (ctrl-z); it comes back with fg. */
  | { type: 'suspend' }
  /** Search, and answer with a `searchResults` action; with `other`, that transcript too (its hits marked `other`). */
  | { type: 'search'; query: string; scope: Scope; other?: Transcript }
  /**
   * Find the other-language version and align it (off the key's path, the alignment in a worker);
   * answer with `parallelLoaded` or `parallelMissing` carrying this `seq`.
   */
  | { type: 'loadParallel'; seq: number }
  /** Answer with `digitTimeout` after the pause that lets a second digit follow (restarting any pending one). */
  | { type: 'digitPause' }
  /** Hand over to the library this transcript was opened from (only with `env.inLibrary`). */
  | { type: 'leave'; how: Leave }
  /**
   * Keep the reading position of the transcript with this hash (atomically, in the store).
   * `scrolled`: the place moved on the same page, so it may wait (the runtime writes the latest
   * such position once scrolling pauses, at most every SCROLL_SAVE_MS); otherwise written at once.
   */
  | { type: 'savePosition'; hash: string; position: SavedPosition; scrolled?: true }
  /** Keep a mark; answer with `marked`. */
  | { type: 'addMark'; draft: MarkDraft }
  /** Read every mark; answer with `marksLoaded`. */
  | { type: 'loadMarks' }
  /** Set (empty: clear) a mark's note, then answer with `marksLoaded`. */
  | { type: 'setNote'; id: string; note: string }
  /** Delete a mark, then answer with `marksLoaded`. */
  | { type: 'deleteMark'; id: string }
  /** Keep a query in the search history (the store's, when there is one). */
  | { type: 'rememberSearch'; query: string }
  /**
   * Open the transcript of a mark of another transcript, at the mark (in a library: the library
   * opens it; Backspace there comes back); when it cannot be, the reader stays and says why.
   */
  | { type: 'openMark'; mark: Mark };

export interface Step {
  state: State;
  effects: Effect[];
}

/** A step with no effects, or with some. */
export function step(state: State, ...effects: Effect[]): Step {
  return { state, effects };
}

/** The state with a status message. */
export function withStatus(state: State, text: string): Step {
  return { state, effects: [{ type: 'status', text }] };
}

export interface InitialOptions {
  ambiguous?: Ambiguous;
  fullWidthPunctuation?: boolean;
  lang?: Lang;
  measure?: number;
  /** Where keys go at first (default the reader; the App starts on the sidebar when it shows, see openingFocus). */
  focus?: Focus;
  /** Earlier searches, newest first (from the store). */
  searchHistory?: string[];
  columns?: number;
  rows?: number;
}

/**
 * Where keys go when the reader opens: the sidebar, when it shows beside the reader (its ">" is
 * what the eye finds first, so j moves down the topics); else the reader.
 */
export function openingFocus(columns: number | undefined): Focus {
  return (columns ?? FALLBACK_COLUMNS) >= SIDEBAR_MIN_COLUMNS ? 'sidebar' : 'reader';
}

export function initialState(opts: InitialOptions = {}): State {
  return {
    terminal: { columns: opts.columns, rows: opts.rows },
    page: 0,
    focus: opts.focus ?? 'reader',
    anchors: {},
    overlayAnchor: null,
    back: [],
    forward: [],
    stepping: false,
    digits: '',
    mode: 'normal',
    search: { query: '', scope: 'all', hits: [], sel: 0 },
    lastHits: null,
    highlight: null,
    quoteSel: 0,
    sidebar: 'auto',
    searchHistory: opts.searchHistory ?? [],
    ambiguous: opts.ambiguous ?? 'narrow',
    fullWidthPunctuation: opts.fullWidthPunctuation ?? true,
    parallel: { on: false, counterpart: { status: 'unknown' }, asked: 0 },
    cursor: null,
    marks: { list: [], sel: 0 },
    note: null,
    lang: opts.lang ?? 'en',
    measure: opts.measure ?? DEFAULT_MEASURE,
  };
}
