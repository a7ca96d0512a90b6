/**
 * The library view as a pure reducer: the list (newest first, by year), the filter line, the
 * search line over every transcript and its results, and the transcript being read. It reads
 * nothing but the state it reduces; what the view does to the world — search, read a transcript,
 * quit, show a message — it asks for as effects, which its runtime (runtime.ts) performs.
 *
 * The reader it opens is the ordinary one (App over src/ui/state/), told it is in a library: back
 * from its first place, or n / N past its last or first hit, it hands over with a `leave` effect,
 * which comes here as `readerLeft`.
 */
import type { HitGroup, LibraryResults } from '../../library/search.js';
import type { Transcript } from '../../transcript/model.js';
import { graphemes } from '../../text/width.js';
import { commandFor, type Command } from '../keymap.js';
import { charKeyName } from '../keys.js';
import { SCOPES, type Scope } from '../hits.js';
import type { InputAction, Leave } from '../state/index.js';
import type { Entry } from './entries.js';
import { hitAt, firstHitOf } from './results.js';
import { listOf, viewHeight } from './view.js';
import type { Exchange } from '../../trend/exchanges.js';
import { newTrend, periodAt, periodCount, periodExchanges, trendOf, type TrendState } from './trend.js';
import { parseLibraryQuery } from '../../library/query.js';
import { strings, type Lang, type Strings } from '../../i18n/strings.js';
import { localize } from '../../i18n/problems.js';
import type { Mark } from '../../store/marks.js';

export type LibraryMode = 'library' | 'libraryFilter' | 'librarySearch' | 'libraryHelp' | 'libraryTrend' | 'libraryTrendHits';

/** The transcript being read: the reader shows it until it hands back. */
export interface Reading {
  /** The reader's identity: each transcript opened gets a new number (a new reader). */
  seq: number;
  path: string;
  /** Opened from a search: its transcript's hits (n / N walk them) and the one opened at. */
  group: HitGroup | null;
  index: number;
  /** The transcript, once read (the `read` effect answers with it). */
  transcript: Transcript | null;
  /** Its content hash, once read: what its reading position and marks are kept under. */
  hash?: string;
  /** Opened at this mark, chosen on the marks page of the transcript read before (`back`). */
  mark?: Mark;
  /** The transcript whose marks page opened this one: Backspace past the first place returns to it. */
  back?: Reading;
}

export interface LibraryViewState {
  terminal: { columns: number | undefined; rows: number | undefined };
  /** Every transcript known so far, newest first (those the cache holds while the library opens). */
  entries: readonly Entry[];
  /** The library is open: searches can run. */
  ready: boolean;
  mode: LibraryMode;
  /** Where help returns to. */
  before: LibraryMode;
  filter: string;
  /** Selected entry, as an index into the filtered list. */
  sel: number;
  /** The user has moved the selection or opened a row: from then on it follows that transcript as rows arrive. */
  chosen: boolean;
  /** The content hash of the transcript last opened in this library: selected until the user chooses. */
  lastRead?: string;
  /** The search line; `selected`: reopened on the last query, shown selected, so typing replaces it. */
  search: { query: string; scope: Scope; sel: number; selected?: boolean };
  /** Results of `search.query`, or of an earlier query while its own are `pending`; null: nothing asked. */
  results: LibraryResults | null;
  /** The search for `search.query` has not answered yet (it runs when typing pauses). */
  pending: boolean;
  reading: Reading | null;
  /** The timeline of a search (ctrl-t in the search line): kept when left, until another query's is asked for. */
  trend: TrendState | null;
  /** Transcripts opened so far (the next reading's number). */
  reads: number;
  /** The last reader had the parallel view (`v`) on: the next one opens with it asked for. */
  parallel: boolean;
  /** The interface's language (fixed for a run). */
  lang: Lang;
}

export type LibraryAction =
  /** Keys and text; a paste is text for the filter or search line (in the list it starts the filter). */
  | InputAction
  | { type: 'resize'; columns: number | undefined; rows: number | undefined }
  /** The transcripts known so far while the library opens (a shorter list than shown is not taken). */
  | { type: 'entries'; entries: readonly Entry[] }
  /** The library is open: all its transcripts, and searches can run. */
  | { type: 'libraryOpen'; entries: readonly Entry[] }
  /** The results of a search the reducer asked for (a `search` effect). */
  | { type: 'searchResults'; query: string; scope: Scope; results: LibraryResults }
  /** The exchanges a `trend` effect asked for. */
  | { type: 'trendResults'; query: string; scope: Scope; exchanges: readonly Exchange[] }
  /** Answers to a `read` effect. */
  | { type: 'transcriptRead'; seq: number; transcript: Transcript; hash?: string }
  | { type: 'readFailed'; seq: number; message: string }
  /** Reader `seq` handed back (its `leave` effect). */
  | { type: 'readerLeft'; seq: number; how: Leave }
  /** Reader `seq` asked for a mark of another transcript of the library (the one at `path`). */
  | { type: 'readerOpenMark'; seq: number; path: string; mark: Mark }
  /** The reader's parallel view was switched on or off. */
  | { type: 'parallelView'; on: boolean }
  /** The mouse (--mouse), placed by the view: a wheel step, or a click on list entry `list` or on search hit `hit`. */
  | { type: 'pointer'; delta?: 1 | -1; list?: number; hit?: number };

export type LibraryEffect =
  | { type: 'status'; text: string }
  | { type: 'quit'; code: number }
  | { type: 'suspend' }
  /** Search the library; answer with `searchResults` (at once when known, else once typing pauses and it has run). */
  | { type: 'search'; query: string; scope: Scope }
  /** Count the exchanges that contain the query, over the whole library; answer with `trendResults`. */
  | { type: 'trend'; query: string; scope: Scope }
  /** Read a transcript of the library; answer with `transcriptRead` or `readFailed`. */
  | { type: 'read'; seq: number; path: string }
  /** Keep this transcript (its content hash) as the one last opened in this library. */
  | { type: 'rememberRead'; hash: string };

export interface LibraryStep {
  state: LibraryViewState;
  effects: LibraryEffect[];
}

const step = (state: LibraryViewState, ...effects: LibraryEffect[]): LibraryStep => ({ state, effects });
const withStatus = (state: LibraryViewState, text: string): LibraryStep => step(state, { type: 'status', text });

/** The sentences of the view's language. */
const say = (s: Pick<LibraryViewState, 'lang'>): Strings => strings(s.lang);

export function initialLibraryState(
  opts: { entries?: readonly Entry[]; columns?: number; rows?: number; lang?: Lang; lastRead?: string } = {},
): LibraryViewState {
  const s: LibraryViewState = {
    terminal: { columns: opts.columns, rows: opts.rows },
    entries: opts.entries ?? [],
    ready: false,
    mode: 'library',
    before: 'library',
    filter: '',
    sel: 0,
    chosen: false,
    search: { query: '', scope: 'all', sel: 0 },
    results: null,
    pending: false,
    reading: null,
    trend: null,
    reads: 0,
    parallel: false,
    lang: opts.lang ?? 'en',
    ...(opts.lastRead ? { lastRead: opts.lastRead } : {}),
  };
  return { ...s, sel: unchosenSel(s) };
}

/** Before the user chooses: the transcript last read in this library when it is listed, else the newest. */
function unchosenSel(s: LibraryViewState): number {
  if (!s.lastRead) return 0;
  return Math.max(
    0,
    listOf(s).findIndex((e) => e.hash === s.lastRead),
  );
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n));
}

function moveSel(s: LibraryViewState, to: number): LibraryViewState {
  return { ...s, sel: clamp(to, listOf(s).length - 1), chosen: true };
}

/** A new filter or list; the selected transcript stays selected when the new list still has it. */
function relist(s: LibraryViewState, change: Partial<Pick<LibraryViewState, 'filter' | 'entries'>>): LibraryViewState {
  const current = listOf(s)[s.sel];
  const next = { ...s, ...change };
  const list = listOf(next);
  // Until the user chooses, the newest (or the last read) stays selected while rows arrive (in the order files are parsed).
  if (!s.chosen) return { ...next, sel: unchosenSel(next) };
  const keep = current ? list.findIndex((e) => e.path === current.path) : -1;
  return { ...next, sel: keep >= 0 ? keep : clamp(s.sel, list.length - 1) };
}

/** Asks for the query's results; until they come, the last ones stay up. */
function runSearch(s: LibraryViewState, query: string, scope: Scope, selected = false): LibraryStep {
  const asked = query.trim() !== '';
  const next = { ...s, search: { query, scope, sel: 0, selected: selected && asked }, results: asked ? s.results : null, pending: asked };
  // Before the library is open the search waits: `libraryOpen` asks again.
  return asked && s.ready ? step(next, { type: 'search', query, scope }) : step(next);
}

function receiveResults(s: LibraryViewState, a: Extract<LibraryAction, { type: 'searchResults' }>): LibraryViewState {
  if (!s.pending || a.query !== s.search.query || a.scope !== s.search.scope) return s;
  return { ...s, results: a.results, pending: false, search: { ...s.search, sel: clamp(s.search.sel, a.results.hits - 1) } };
}

function totalHits(s: LibraryViewState): number {
  return s.results?.hits ?? 0;
}

/** Reads a transcript (the `read` effect answers), from the list or at a hit of a search. */
function read(s: LibraryViewState, path: string, group: HitGroup | null = null, index = 0): LibraryStep {
  const seq = s.reads + 1;
  return step({ ...s, reads: seq, reading: { seq, path, group, index, transcript: null } }, { type: 'read', seq, path });
}

function openEntry(s: LibraryViewState): LibraryStep {
  const e = listOf(s)[s.sel];
  if (!e) return withStatus(s, s.filter ? say(s).libraryNothingFiltered : say(s).libraryNoTranscripts);
  return read({ ...s, chosen: true }, e.path);
}

function openHit(s: LibraryViewState): LibraryStep {
  const at = s.results && hitAt(s.results, s.search.sel);
  if (!at) return withStatus(s, s.search.query.trim() ? (s.pending ? say(s).librarySearching : say(s).noMatch) : say(s).typeToSearch);
  return read(s, at.group.item.path, at.group, at.index);
}

/**
 * The reader handed back. Back: the view as it was, except that after n / N went on into other
 * transcripts, the selected hit is the first of the one last read. n / N: the next (previous)
 * transcript with hits, from the first again after the last.
 */
function readerLeft(s: LibraryViewState, how: Leave): LibraryStep {
  const reading = s.reading!;
  const closed = { ...s, reading: null };
  // Opened from another transcript's marks page: back to that transcript (where it was left).
  if (how === 'back' && reading.back) return reread(closed, reading.back);
  const groups = s.results?.groups ?? [];
  const at = reading.group ? groups.indexOf(reading.group) : -1;
  if (how === 'back' || at < 0) {
    if (at < 0 || hitAt(s.results!, s.search.sel)?.group === reading.group) return step(closed);
    const flat = firstHitOf(s.results!, reading.group!) + reading.index;
    return step({ ...closed, search: { ...s.search, sel: clamp(flat, totalHits(s) - 1) } });
  }
  const g = groups[(at + (how === 'next' ? 1 : -1) + groups.length) % groups.length]!;
  return read(closed, g.item.path, g, how === 'next' ? 0 : g.hits.length - 1);
}

/** A transcript read again as it was opened before (its own way back kept): it resumes where it was left. */
function reread(s: LibraryViewState, before: Reading): LibraryStep {
  const seq = s.reads + 1;
  const { mark: _mark, ...again } = before;
  return step({ ...s, reads: seq, reading: { ...again, seq, transcript: null } }, { type: 'read', seq, path: before.path });
}

/** A mark of another transcript, chosen on the marks page: its transcript opens at it, the way back kept. */
function openMark(s: LibraryViewState, path: string, mark: Mark): LibraryStep {
  const seq = s.reads + 1;
  const back = { ...s.reading!, transcript: null };
  return step({ ...s, reads: seq, reading: { seq, path, group: null, index: 0, transcript: null, mark, back } }, { type: 'read', seq, path });
}

function edit(text: string, cmd: 'deleteChar' | 'deleteWord' | 'clearLine'): string {
  if (cmd === 'deleteChar') return graphemes(text).slice(0, -1).join('');
  if (cmd === 'deleteWord') return text.replace(/\S*\s*$/u, '');
  return '';
}

/** Moving the selection in the list (the filter line moves it with the keys that cannot be typed). */
function listMove(s: LibraryViewState, cmd: Command): LibraryViewState | null {
  const page = Math.max(1, viewHeight(s) - 1);
  const steps: Partial<Record<Command, number>> = { down: 1, hitDown: 1, up: -1, hitUp: -1, pageDown: page, pageUp: -page };
  const delta = steps[cmd];
  if (delta !== undefined) return moveSel(s, s.sel + delta);
  if (cmd === 'top') return moveSel(s, 0);
  if (cmd === 'bottom') return moveSel(s, listOf(s).length - 1);
  return null;
}

function point(s: LibraryViewState, p: { delta?: 1 | -1; list?: number; hit?: number }): LibraryViewState {
  if (s.mode === 'librarySearch') {
    const to = p.hit ?? (p.delta !== undefined ? s.search.sel + p.delta : undefined);
    return to === undefined ? s : { ...s, search: { ...s.search, sel: clamp(to, totalHits(s) - 1) } };
  }
  const to = p.list ?? (p.delta !== undefined ? s.sel + p.delta : undefined);
  return to === undefined ? s : moveSel(s, to);
}

/** Keys that work in every mode of the view. */
function anywhere(s: LibraryViewState, cmd: Command): LibraryStep | null {
  if (cmd === 'interrupt') return step(s, { type: 'quit', code: 130 });
  if (cmd === 'suspend') return step(s, { type: 'suspend' });
  return null;
}

function searchCommand(s: LibraryViewState, cmd: Command): LibraryStep {
  const page = Math.max(1, viewHeight(s) - 1);
  switch (cmd) {
    case 'hitDown':
    case 'hitUp':
    case 'pageDown':
    case 'pageUp': {
      const delta = cmd === 'hitDown' ? 1 : cmd === 'hitUp' ? -1 : cmd === 'pageDown' ? page : -page;
      return step({ ...s, search: { ...s.search, sel: clamp(s.search.sel + delta, totalHits(s) - 1) } });
    }
    case 'searchOpen':
      return openHit(s);
    case 'searchCancel':
      return step({ ...s, mode: 'library' });
    case 'timeline':
      return openTimeline(s);
    case 'scope':
    case 'scopeBack': {
      const delta = cmd === 'scope' ? 1 : SCOPES.length - 1;
      return runSearch(s, s.search.query, SCOPES[(SCOPES.indexOf(s.search.scope) + delta) % SCOPES.length]!, s.search.selected);
    }
    case 'keepQuery':
      return step({ ...s, search: { ...s.search, selected: false } });
    case 'deleteChar':
    case 'deleteWord':
    case 'clearLine':
      // A selected query goes as a whole.
      return s.search.selected ? runSearch(s, '', 'all') : runSearch(s, edit(s.search.query, cmd), s.search.scope);
    default:
      return step(s);
  }
}

/** The timeline of the search line's query: the one shown before if it is the same query, else counted afresh. */
function openTimeline(s: LibraryViewState): LibraryStep {
  const { query, scope } = s.search;
  const q = parseLibraryQuery(query);
  if (q.terms === '' || q.problem) return withStatus(s, q.problem ? localize(q.problem, s.lang) : say(s).libraryTimelineFirst);
  if (!s.ready) return withStatus(s, say(s).libraryStillOpening);
  if (s.trend && s.trend.query === query && s.trend.scope === scope) return step({ ...s, mode: 'libraryTrend' });
  return step({ ...s, mode: 'libraryTrend', trend: newTrend(query, scope) }, { type: 'trend', query, scope });
}

/** The timeline's keys: the bars (move, split, list a period's hits) and a period's hits (move, open). */
function trendCommand(s: LibraryViewState, cmd: Command): LibraryStep {
  const t = s.trend!;
  const trend = trendOf(t);
  const withTrend = (change: Partial<TrendState>, mode: LibraryMode = s.mode) => step({ ...s, mode, trend: { ...t, ...change } });
  if (cmd === 'help') return step({ ...s, mode: 'libraryHelp', before: s.mode });
  if (cmd === 'quit') return step(s, { type: 'quit', code: 0 });
  if (s.mode === 'libraryTrend') {
    const last = periodCount(trend) - 1;
    switch (cmd) {
      case 'down':
      case 'up':
        return withTrend({ sel: clamp(t.sel + (cmd === 'down' ? 1 : -1), last) });
      case 'top':
      case 'bottom':
        return withTrend({ sel: cmd === 'top' ? 0 : clamp(last, last) });
      case 'splitSpeaker':
      case 'splitAsker': {
        const split = cmd === 'splitSpeaker' ? 'speaker' : 'asker';
        return withTrend({ split: t.split === split ? null : split });
      }
      case 'open':
        if (!trend || !periodAt(trend, t.sel)?.total) return withStatus(s, trend ? say(s).libraryNoExchangeInPeriod : say(s).libraryCounting);
        return withTrend({ hitSel: 0 }, 'libraryTrendHits');
      case 'close':
        return step({ ...s, mode: 'librarySearch' });
      default:
        return step(s);
    }
  }
  const hits = periodExchanges(t, trend);
  const page = Math.max(1, viewHeight(s) - 2);
  const moves: Partial<Record<Command, number>> = { down: 1, up: -1, pageDown: page, pageUp: -page };
  const delta = moves[cmd];
  if (delta !== undefined) return withTrend({ hitSel: clamp(t.hitSel + delta, hits.length - 1) });
  if (cmd === 'searchOpen') {
    const e = hits[t.hitSel];
    return e ? read(s, e.group.item.path, e.group, e.hit) : step(s);
  }
  if (cmd === 'close') return step({ ...s, mode: 'libraryTrend' });
  return step(s);
}

function filterCommand(s: LibraryViewState, cmd: Command): LibraryStep {
  switch (cmd) {
    case 'open':
      return openEntry(s);
    case 'filterCancel':
      return step({ ...relist(s, { filter: '' }), mode: 'library' });
    case 'deleteChar':
    case 'deleteWord':
    case 'clearLine':
      return step(relist(s, { filter: edit(s.filter, cmd) }));
    default:
      return step(s);
  }
}

function listCommand(s: LibraryViewState, cmd: Command): LibraryStep {
  switch (cmd) {
    case 'open':
      return openEntry(s);
    case 'filter':
      return step({ ...s, mode: 'libraryFilter' });
    case 'search':
      // Reopened on the last query, shown selected: typing replaces it, → keeps it to add to.
      return runSearch({ ...s, mode: 'librarySearch' }, s.search.query, s.search.scope, true);
    case 'close':
      if (s.mode === 'libraryHelp') return step({ ...s, mode: s.before });
      return step(s.filter ? relist(s, { filter: '' }) : s);
    case 'help':
      return step(s.mode === 'libraryHelp' ? { ...s, mode: s.before } : { ...s, mode: 'libraryHelp', before: s.mode });
    case 'quit':
      return s.mode === 'libraryHelp' ? step({ ...s, mode: s.before }) : step(s, { type: 'quit', code: 0 });
    default:
      return step(s);
  }
}

function command(s: LibraryViewState, cmd: Command): LibraryStep {
  const everywhere = anywhere(s, cmd);
  if (everywhere) return everywhere;
  if (s.mode === 'librarySearch') return searchCommand(s, cmd);
  if ((s.mode === 'libraryTrend' || s.mode === 'libraryTrendHits') && s.trend) return trendCommand(s, cmd);
  const moved = listMove(s, cmd);
  if (moved) return step(moved);
  return s.mode === 'libraryFilter' ? filterCommand(s, cmd) : listCommand(s, cmd);
}

/** Typed text: into the filter or search line; in the list, text that is no key starts the filter. */
function typeText(s: LibraryViewState, text: string): LibraryStep {
  const clean = text.replace(/[\r\n\t]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '');
  if (!clean) return step(s);
  if (s.mode === 'librarySearch') return s.search.selected ? runSearch(s, clean, 'all') : runSearch(s, s.search.query + clean, s.search.scope);
  if (s.mode === 'libraryFilter') return step(relist(s, { filter: s.filter + clean }));
  if (s.mode === 'library' && clean.trim()) return step(relist({ ...s, mode: 'libraryFilter' }, { filter: s.filter + clean }));
  return step(s);
}

function isTyping(s: LibraryViewState): boolean {
  return s.mode === 'libraryFilter' || s.mode === 'librarySearch';
}

function pressKey(s: LibraryViewState, a: Extract<InputAction, { type: 'key' }>): LibraryStep {
  const cmd = commandFor(s.mode, a.name);
  if (cmd) return command(s, cmd);
  if (a.ctrl || a.meta) return step(s);
  return typeText(s, a.input);
}

/**
 * Text that arrived in one read (fast typing, tmux send-keys): typed, in the filter or search
 * line; in the list, one key per character — until one opens a line, which takes the rest.
 */
function typeChunk(s: LibraryViewState, text: string): LibraryStep {
  let state = s;
  const effects: LibraryEffect[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (isTyping(state)) {
      const typed = typeText(state, chars.slice(i).join(''));
      return { state: typed.state, effects: [...effects, ...typed.effects] };
    }
    const c = chars[i]!;
    const next = pressKey(state, { type: 'key', name: charKeyName(c), input: c });
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

export function reduceLibrary(s: LibraryViewState, action: LibraryAction): LibraryStep {
  switch (action.type) {
    case 'key':
      // While a transcript is read its reader has the keys: the view hears none.
      return s.reading ? step(s) : pressKey(s, action);
    case 'text':
      return s.reading ? step(s) : typeChunk(s, action.text);
    case 'paste':
      return s.reading ? step(s) : typeText(s, action.text);
    case 'mouse':
      // The view places the mouse on its rows and sends a `pointer` action instead.
      return step(s);
    case 'pointer':
      return s.reading || s.mode === 'libraryHelp' ? step(s) : step(point(s, action));
    case 'resize':
      return step({ ...s, terminal: { columns: action.columns, rows: action.rows } });
    case 'entries':
      return step(action.entries.length >= s.entries.length ? relist(s, { entries: action.entries }) : s);
    case 'libraryOpen': {
      // A search typed while the library was opening runs now.
      const open = relist({ ...s, ready: true }, { entries: action.entries });
      return open.pending ? runSearch(open, open.search.query, open.search.scope) : step(open);
    }
    case 'searchResults':
      return step(receiveResults(s, action));
    case 'trendResults': {
      const t = s.trend;
      if (!t || t.exchanges || t.query !== action.query || t.scope !== action.scope) return step(s);
      return step({ ...s, trend: { ...t, exchanges: action.exchanges } });
    }
    case 'transcriptRead': {
      if (s.reading?.seq !== action.seq) return step(s);
      const read = { ...s, reading: { ...s.reading, transcript: action.transcript, ...(action.hash ? { hash: action.hash } : {}) } };
      return action.hash ? step(read, { type: 'rememberRead', hash: action.hash }) : step(read);
    }
    case 'readFailed':
      return s.reading?.seq === action.seq ? withStatus({ ...s, reading: null }, localize(action.message, s.lang)) : step(s);
    case 'readerLeft':
      // A reader that is no longer the one shown (keys that reached it as it went) changes nothing.
      return s.reading?.seq === action.seq ? readerLeft(s, action.how) : step(s);
    case 'readerOpenMark':
      return s.reading?.seq === action.seq ? openMark(s, action.path, action.mark) : step(s);
    case 'parallelView':
      return step(s.parallel === action.on ? s : { ...s, parallel: action.on });
  }
}
