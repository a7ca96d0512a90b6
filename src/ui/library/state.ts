/**
 * The library view as a pure reducer: the list (newest first, by year), the filter line, the
 * search line over every transcript and its results. What the view does to the world — open a
 * transcript, quit — it asks for as values (`open`, `quit`), which the app carries out.
 */
import type { LibraryHit, LibraryResults } from '../../library/search.js';
import { graphemes } from '../../text/width.js';
import { commandFor, type Command } from '../keymap.js';
import { SCOPES, type Scope } from '../hits.js';
import { controlName } from '../state.js';
import type { Entry } from './entries.js';
import { hitAt } from './results.js';

export type LibraryMode = 'library' | 'libraryFilter' | 'librarySearch' | 'libraryHelp';

/** A transcript to open, and (from a search) its hits to walk with n/N and the one to open at. */
export interface OpenRequest {
  seq: number;
  path: string;
  hits?: LibraryHit[];
  index?: number;
}

export interface LibraryViewState {
  mode: LibraryMode;
  /** Where help returns to. */
  before: LibraryMode;
  filter: string;
  /** Selected entry, as an index into the filtered list. */
  sel: number;
  search: { query: string; scope: Scope; sel: number };
  /** Results of `search.query`, or of an earlier query while its own are `pending`; null: nothing asked. */
  results: LibraryResults | null;
  /** The search for `search.query` has not answered yet (it runs when typing pauses). */
  pending: boolean;
  status: { text: string; seq: number } | null;
  quit: number | null;
  open: OpenRequest | null;
  seq: number;
}

export interface LibraryViewEnv {
  /** The entries the filter leaves, newest first (memoised by the caller). */
  entries(filter: string): readonly Entry[];
  /** Library search: its results if they are known, else null (and it will be run, then `searchUpdated`). */
  search(query: string, scope: Scope): LibraryResults | null;
  viewHeight: number;
}

export type LibraryAction =
  | { type: 'key'; name: string; input: string; ctrl?: boolean; meta?: boolean }
  | { type: 'text'; text: string }
  /** The index (or something a query needed) became ready: search again. */
  | { type: 'searchUpdated' }
  | { type: 'clearStatus'; seq: number }
  /** Back from a transcript that n/N reached: its first hit is the one selected. */
  | { type: 'selectHit'; flat: number };

export function initialLibraryState(): LibraryViewState {
  return {
    mode: 'library',
    before: 'library',
    filter: '',
    sel: 0,
    search: { query: '', scope: 'all', sel: 0 },
    results: null,
    pending: false,
    status: null,
    quit: null,
    open: null,
    seq: 0,
  };
}

function withStatus(s: LibraryViewState, text: string): LibraryViewState {
  return { ...s, status: { text, seq: s.seq + 1 }, seq: s.seq + 1 };
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n));
}

function moveSel(s: LibraryViewState, env: LibraryViewEnv, to: number): LibraryViewState {
  return { ...s, sel: clamp(to, env.entries(s.filter).length - 1) };
}

/** A new filter; the selected transcript stays selected when the new list still has it. */
function setFilter(s: LibraryViewState, env: LibraryViewEnv, filter: string): LibraryViewState {
  const current = env.entries(s.filter)[s.sel];
  const next = env.entries(filter);
  const keep = current ? next.indexOf(current) : -1;
  return { ...s, filter, sel: keep >= 0 ? keep : 0 };
}

/** The results of the query if known; until they are, the last ones stay up. */
function runSearch(s: LibraryViewState, env: LibraryViewEnv, query: string, scope: Scope): LibraryViewState {
  const asked = query.trim() !== '';
  const found = asked ? env.search(query, scope) : null;
  return { ...s, search: { query, scope, sel: 0 }, results: found ?? (asked ? s.results : null), pending: asked && found === null };
}

function totalHits(s: LibraryViewState): number {
  return s.results?.hits ?? 0;
}

function openEntry(s: LibraryViewState, env: LibraryViewEnv): LibraryViewState {
  const e = env.entries(s.filter)[s.sel];
  if (!e) return withStatus(s, s.filter ? 'nothing matches the filter' : 'no transcripts');
  return { ...s, open: { seq: s.seq + 1, path: e.path }, seq: s.seq + 1 };
}

function openHit(s: LibraryViewState): LibraryViewState {
  const at = s.results && hitAt(s.results, s.search.sel);
  if (!at) return withStatus(s, s.search.query.trim() ? (s.pending ? 'searching…' : 'no match') : 'type something to search');
  return { ...s, open: { seq: s.seq + 1, path: at.group.item.path, hits: at.group.hits, index: at.index }, seq: s.seq + 1 };
}

function edit(text: string, cmd: 'deleteChar' | 'deleteWord' | 'clearLine'): string {
  if (cmd === 'deleteChar') return graphemes(text).slice(0, -1).join('');
  if (cmd === 'deleteWord') return text.replace(/\S*\s*$/u, '');
  return '';
}

/** Moving the selection in the list (the filter line moves it with the keys that cannot be typed). */
function listMove(s: LibraryViewState, env: LibraryViewEnv, cmd: Command): LibraryViewState | null {
  const page = Math.max(1, env.viewHeight - 1);
  const steps: Partial<Record<Command, number>> = { down: 1, hitDown: 1, up: -1, hitUp: -1, pageDown: page, pageUp: -page };
  const step = steps[cmd];
  if (step !== undefined) return moveSel(s, env, s.sel + step);
  if (cmd === 'top') return moveSel(s, env, 0);
  if (cmd === 'bottom') return moveSel(s, env, env.entries(s.filter).length - 1);
  return null;
}

function command(s: LibraryViewState, env: LibraryViewEnv, cmd: Command): LibraryViewState {
  const page = Math.max(1, env.viewHeight - 1);
  if (s.mode === 'librarySearch') {
    switch (cmd) {
      case 'hitDown':
      case 'hitUp':
      case 'pageDown':
      case 'pageUp': {
        const step = cmd === 'hitDown' ? 1 : cmd === 'hitUp' ? -1 : cmd === 'pageDown' ? page : -page;
        return { ...s, search: { ...s.search, sel: clamp(s.search.sel + step, totalHits(s) - 1) } };
      }
      case 'searchOpen':
        return openHit(s);
      case 'searchCancel':
        return { ...s, mode: 'library' };
      case 'scope':
      case 'scopeBack': {
        const step = cmd === 'scope' ? 1 : SCOPES.length - 1;
        return runSearch(s, env, s.search.query, SCOPES[(SCOPES.indexOf(s.search.scope) + step) % SCOPES.length]!);
      }
      case 'deleteChar':
      case 'deleteWord':
      case 'clearLine':
        return runSearch(s, env, edit(s.search.query, cmd), s.search.scope);
      case 'interrupt':
        return { ...s, quit: 130 };
      default:
        return s;
    }
  }
  const moved = listMove(s, env, cmd);
  if (moved) return moved;
  if (s.mode === 'libraryFilter') {
    switch (cmd) {
      case 'open':
        return openEntry(s, env);
      case 'filterCancel':
        return { ...setFilter(s, env, ''), mode: 'library' };
      case 'deleteChar':
      case 'deleteWord':
      case 'clearLine':
        return setFilter(s, env, edit(s.filter, cmd));
      case 'interrupt':
        return { ...s, quit: 130 };
      default:
        return s;
    }
  }
  switch (cmd) {
    case 'open':
      return openEntry(s, env);
    case 'filter':
      return { ...s, mode: 'libraryFilter' };
    case 'search':
      return runSearch({ ...s, mode: 'librarySearch' }, env, s.search.query, s.search.scope);
    case 'close':
      if (s.mode === 'libraryHelp') return { ...s, mode: s.before };
      return s.filter ? setFilter(s, env, '') : s;
    case 'help':
      return s.mode === 'libraryHelp' ? { ...s, mode: s.before } : { ...s, mode: 'libraryHelp', before: s.mode };
    case 'quit':
      return s.mode === 'libraryHelp' ? { ...s, mode: s.before } : { ...s, quit: 0 };
    case 'interrupt':
      return { ...s, quit: 130 };
    default:
      return s;
  }
}

/** Typed text: into the filter or search line; in the list, text that is no key starts the filter. */
function typeText(s: LibraryViewState, env: LibraryViewEnv, text: string): LibraryViewState {
  const clean = text.replace(/[\r\n\t]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '');
  if (!clean) return s;
  if (s.mode === 'librarySearch') return runSearch(s, env, s.search.query + clean, s.search.scope);
  if (s.mode === 'libraryFilter') return setFilter(s, env, s.filter + clean);
  if (s.mode === 'library' && clean.trim()) return setFilter({ ...s, mode: 'libraryFilter' }, env, s.filter + clean);
  return s;
}

function pressKey(s: LibraryViewState, env: LibraryViewEnv, a: Extract<LibraryAction, { type: 'key' }>): LibraryViewState {
  const cmd = commandFor(s.mode, a.name);
  if (cmd) return command(s, env, cmd);
  const chars = [...a.input];
  if (chars.length > 1 && !a.ctrl && !a.meta) {
    // A chunk of several keys (fast typing, a paste, tmux send-keys): control characters are
    // keys, runs of text are typed — or, in the list, each character is a key of its own.
    let acc = s;
    let text = '';
    const flush = () => {
      if (!text) return;
      if (acc.mode === 'librarySearch' || acc.mode === 'libraryFilter') acc = typeText(acc, env, text);
      else for (const c of text) acc = pressKey(acc, env, { type: 'key', name: c === ' ' ? 'space' : c, input: c });
      text = '';
    };
    for (const c of chars) {
      if (/[\x00-\x1f\x7f]/.test(c)) {
        flush();
        acc = pressKey(acc, env, { type: 'key', name: controlName(c), input: c });
      } else text += c;
    }
    flush();
    return acc;
  }
  if (a.ctrl || a.meta) return s;
  return typeText(s, env, a.input);
}

export function reduceLibrary(s: LibraryViewState, action: LibraryAction, env: LibraryViewEnv): LibraryViewState {
  switch (action.type) {
    case 'key':
      return pressKey(s, env, action);
    case 'text':
      return typeText(s, env, action.text);
    case 'searchUpdated': {
      if (!s.search.query.trim() || !s.pending) return s;
      const results = env.search(s.search.query, s.search.scope);
      if (!results) return s;
      return { ...s, results, pending: false, search: { ...s.search, sel: clamp(s.search.sel, results.hits - 1) } };
    }
    case 'clearStatus':
      return s.status?.seq === action.seq ? { ...s, status: null } : s;
    case 'selectHit':
      return { ...s, search: { ...s.search, sel: clamp(action.flat, totalHits(s) - 1) } };
  }
}
