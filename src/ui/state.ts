import type { Transcript } from '../transcript/model.js';
import type { Ambiguous } from '../text/width.js';
import { type Anchor, type BlockRef, type PageRow, rowAnchor, rowOfAnchor } from '../layout/page.js';
import { type Command, type Mode, commandFor } from './keymap.js';
import { type Hit, type Scope, SCOPES, type SearchFn } from './hits.js';
import { citeText, hitTarget, quoteTarget, type Target } from './targets.js';
import { pageCount, quotesPage } from './pages.js';
import { graphemes } from '../text/width.js';
import { fullWidthPunctuation } from '../text/punct.js';

/**
 * Navigation as a pure reducer: state + action (+ the laid-out pages, through `Env`) → state.
 * Reading positions are anchors (block + character offset), never row numbers, so a resize keeps
 * the same paragraph and character at the top of the reader.
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
}

export interface SearchState {
  query: string;
  scope: Scope;
  hits: Hit[];
  sel: number;
}

export interface State {
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
  /** The hits `n` / `N` walk through, after a search was opened. */
  lastHits: { hits: Hit[]; index: number } | null;
  highlight: Highlight | null;
  /** The selected pull quote on the quotes page. */
  quoteSel: number;
  sidebar: 'auto' | 'shown' | 'hidden';
  ambiguous: Ambiguous;
  fullWidthPunctuation: boolean;
  status: { text: string; seq: number } | null;
  /** Text to put on the clipboard; the app writes it out when `seq` changes. */
  clipboard: { text: string; seq: number } | null;
  /** Set when the user quits: the exit code. */
  quit: number | null;
  /** Times the user asked to suspend (ctrl-z); the app stops the process when it changes. */
  suspend: number;
  /** In a library: back past the first place, or n/N past the last/first hit, hands over to the library. */
  exit: { how: 'back' | 'next' | 'prev'; seq: number } | null;
  /** Counter behind `status.seq` and `clipboard.seq`. */
  seq: number;
}

export interface Env {
  transcript: Transcript;
  /** File name, for citations (a date in it is used). */
  name: string;
  /** Rows of a page at the current width and options. */
  rows(page: PageId): PageRow[];
  /** Rows of the reader pane. */
  viewHeight: number;
  /** Whether the terminal is wide enough for the sidebar when it is on 'auto'. */
  wide: boolean;
  search: SearchFn;
  /** The transcript was opened from a library, which takes over at the ends of history and hits. */
  inLibrary?: boolean;
}

export type Action =
  | { type: 'key'; name: string; input: string; ctrl?: boolean; meta?: boolean }
  | { type: 'command'; command: Command; key?: string }
  | { type: 'text'; text: string }
  /** A bracketed paste, whole: text in the search line, never keys (in other modes it goes nowhere). */
  | { type: 'paste'; text: string }
  | { type: 'digitTimeout' }
  /** The search module finished loading something (pinyin, t→s): run the open query again. */
  | { type: 'searchUpdated' }
  | { type: 'clearStatus'; seq: number }
  | { type: 'select'; page: number }
  /** Opened from a library search: walk these hits with n/N, starting at this one. */
  | { type: 'showHits'; hits: Hit[]; index: number };

export const HISTORY_LIMIT = 100;

export function initialState(opts: { ambiguous?: Ambiguous; fullWidthPunctuation?: boolean; status?: string } = {}): State {
  return {
    page: 0,
    focus: 'reader',
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
    ambiguous: opts.ambiguous ?? 'narrow',
    fullWidthPunctuation: opts.fullWidthPunctuation ?? true,
    status: opts.status ? { text: opts.status, seq: 1 } : null,
    clipboard: null,
    quit: null,
    suspend: 0,
    exit: null,
    seq: opts.status ? 1 : 0,
  };
}

export function sidebarVisible(s: State, env: Pick<Env, 'wide'>): boolean {
  return s.sidebar === 'shown' || (s.sidebar === 'auto' && env.wide);
}

/** The first row shown in the reader for a page (clamped to the page's last screenful). */
export function topLine(s: State, env: Env, page: PageId): number {
  const rows = env.rows(page);
  const anchor = typeof page === 'number' ? s.anchors[page] : s.overlayAnchor;
  const line = anchor ? rowOfAnchor(rows, anchor) : 0;
  return Math.max(0, Math.min(line, rows.length - env.viewHeight));
}

function withStatus(s: State, text: string): State {
  return { ...s, status: { text, seq: s.seq + 1 }, seq: s.seq + 1 };
}

function currentPlace(s: State): Place {
  return { page: s.page, anchor: s.anchors[s.page] ?? null };
}

function setAnchor(s: State, page: number, anchor: Anchor | null): State {
  const anchors = { ...s.anchors };
  if (anchor) anchors[page] = anchor;
  else delete anchors[page];
  return { ...s, anchors };
}

/** Moves to a page; `step` moves (], [, sidebar) coalesce into one history entry. */
export function navigate(s: State, page: number, how: 'jump' | 'step', anchor?: Anchor | null): State {
  if (page === s.page && anchor === undefined) return { ...s, stepping: how === 'step' };
  const coalesce = how === 'step' && s.stepping;
  const back = coalesce ? s.back : [...s.back, currentPlace(s)].slice(-HISTORY_LIMIT);
  let next: State = { ...s, page, back, forward: [], stepping: how === 'step' };
  if (anchor !== undefined) next = setAnchor(next, page, anchor);
  return next;
}

function leave(s: State, how: 'back' | 'next' | 'prev'): State {
  return { ...s, exit: { how, seq: s.seq + 1 }, seq: s.seq + 1 };
}

function restore(s: State, env: Env, from: 'back' | 'forward'): State {
  const stack = s[from];
  const place = stack[stack.length - 1];
  if (!place && from === 'back' && env.inLibrary) return leave(s, 'back');
  if (!place) return withStatus(s, from === 'back' ? 'no earlier place' : 'no later place');
  const other = from === 'back' ? 'forward' : 'back';
  let next: State = { ...s, [from]: stack.slice(0, -1), [other]: [...s[other], currentPlace(s)], page: place.page, stepping: false };
  next = setAnchor(next, place.page, place.anchor);
  return next;
}

/** Scrolls the current page (or overlay) so that row `line` is at the top. */
function scrollTo(s: State, env: Env, line: number): State {
  const page: PageId = s.mode === 'help' || s.mode === 'repairs' ? s.mode : s.page;
  const rows = env.rows(page);
  const max = Math.max(0, rows.length - env.viewHeight);
  const top = Math.max(0, Math.min(max, line));
  const anchor = top === 0 || !rows[top] ? null : rowAnchor(rows[top]);
  if (typeof page !== 'number') return { ...s, overlayAnchor: anchor };
  return syncQuoteSel(setAnchor(s, page, anchor), env);
}

function scrollBy(s: State, env: Env, delta: number): State {
  const page: PageId = s.mode === 'help' || s.mode === 'repairs' ? s.mode : s.page;
  return scrollTo(s, env, topLine(s, env, page) + delta);
}

/** Row range [first, last] of a block in a page. */
function blockRows(rows: PageRow[], turn: number, para?: number): [number, number] | null {
  let first = -1;
  let last = -1;
  rows.forEach((r, i) => {
    if (r.ref.turn === turn && (para === undefined || r.ref.para === para) && r.start >= 0) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/** On the quotes page, keeps the selected quote on screen after a scroll. */
function syncQuoteSel(s: State, env: Env): State {
  if (s.page !== quotesPage(env.transcript) || env.transcript.quotes.length === 0) return s;
  const rows = env.rows(s.page);
  const top = topLine(s, env, s.page);
  const bottom = top + env.viewHeight - 1;
  const span = blockRows(rows, s.quoteSel);
  if (span && span[0] >= top && span[0] <= bottom) return s;
  for (let i = top; i <= bottom && i < rows.length; i++) {
    const r = rows[i]!;
    if (r.start >= 0 && r.ref.turn >= 0 && r.ref.para === 0 && r.start === 0) return { ...s, quoteSel: r.ref.turn };
  }
  return s;
}

/** Selects quote i and scrolls so it is fully visible. */
function selectQuote(s: State, env: Env, i: number): State {
  const n = env.transcript.quotes.length;
  if (n === 0) return s;
  const q = Math.max(0, Math.min(n - 1, i));
  const rows = env.rows(s.page);
  const span = blockRows(rows, q);
  let next = { ...s, quoteSel: q };
  if (!span) return next;
  const top = topLine(s, env, s.page);
  const [first, last] = span;
  const firstWithGap = Math.max(0, first - 1);
  if (firstWithGap < top) next = scrollTo(next, env, firstWithGap);
  else if (last >= top + env.viewHeight) next = scrollTo(next, env, last - env.viewHeight + 1);
  return { ...next, quoteSel: q };
}

/** The top row that shows a target a little below the top of the view (its heading for a topic). */
export function targetTop(rows: PageRow[], target: Target, viewHeight: number): number {
  const line = rowOfAnchor(rows, { ...target.ref, offset: target.start });
  const context = target.ref.turn < 0 ? line : Math.max(0, line - 2);
  return Math.max(0, Math.min(rows.length - viewHeight, context));
}

/** Opens a target: the page, scrolled so the target sits a little below the top, highlighted. */
function openTarget(s0: State, env: Env, target: Target): State {
  // A sidebar standing alone on a narrow terminal steps aside to show what was opened.
  const s: State = s0.sidebar === 'shown' && !env.wide ? { ...s0, sidebar: 'auto', focus: 'reader' } : s0;
  const rows = env.rows(target.page);
  const top = targetTop(rows, target, env.viewHeight);
  const anchor = top === 0 || !rows[top] ? null : rowAnchor(rows[top]);
  let next = navigate(s, target.page, 'jump', anchor);
  next = { ...next, highlight: target.mark ? { page: target.page, ref: target.ref, start: target.start, end: target.end } : null };
  if (target.page === quotesPage(env.transcript) && target.ref.turn >= 0) next = { ...next, quoteSel: target.ref.turn };
  return next;
}

/** What the reader shows behind the open search line: the selected hit, previewed in place. */
export function searchPreview(s: State, env: Env): { page: number; top: number; highlight: Highlight | null } | null {
  if (s.mode !== 'search') return null;
  const hit = s.search.hits[s.search.sel];
  const target = hit && hitTarget(env.transcript, hit);
  if (!target) return null;
  const top = targetTop(env.rows(target.page), target, env.viewHeight);
  return { page: target.page, top, highlight: target.mark ? { page: target.page, ref: target.ref, start: target.start, end: target.end } : null };
}

function stepPage(s: State, env: Env, delta: number): State {
  const last = pageCount(env.transcript) - 1;
  const page = Math.max(0, Math.min(last, s.page + delta));
  if (page === s.page) return withStatus(s, delta > 0 ? 'this is the last page' : 'this is the first page');
  return navigate(s, page, 'step');
}

/** A digit typed: jump at once when no longer topic number can follow, else wait. */
function typeDigit(s: State, env: Env, d: string): State {
  const n = env.transcript.topics.length;
  const buf = s.digits + d;
  if (buf === '0') return { ...navigate(s, 0, 'jump'), digits: '' };
  const v = Number(buf);
  if (v < 1 || v > n) return withStatus({ ...s, digits: '' }, `no topic ${buf} (1-${n})`);
  if (v * 10 > n) return { ...navigate(s, v, 'jump'), digits: '' };
  return { ...s, digits: buf };
}

function commitDigits(s: State): State {
  if (!s.digits) return s;
  return { ...navigate(s, Number(s.digits), 'jump'), digits: '' };
}

function runSearch(s: State, env: Env, query: string, scope: Scope): State {
  const hits = query.trim() ? env.search(query, scope) : [];
  return { ...s, search: { query, scope, hits, sel: 0 } };
}

function copy(s: State, env: Env): State {
  const t = env.transcript;
  let text: string | null = null;
  if (s.mode === 'search') {
    const hit = s.search.hits[s.search.sel];
    const target = hit && hitTarget(t, hit);
    if (target) text = citeText(t, env.name, target.page, target.ref, target.start, target.mark ? target.end : undefined);
  } else if (s.highlight && s.highlight.page === s.page && s.highlight.end > s.highlight.start) {
    text = citeText(t, env.name, s.page, s.highlight.ref, s.highlight.start, s.highlight.end);
  } else if (s.page === quotesPage(t)) {
    text = citeText(t, env.name, s.page, { turn: s.quoteSel, para: 0 });
  } else {
    const rows = env.rows(s.page);
    for (let i = topLine(s, env, s.page); i < rows.length && text === null; i++) {
      const r = rows[i]!;
      if (r.start >= 0 && r.ref.turn >= 0) text = citeText(t, env.name, s.page, r.ref);
    }
  }
  if (!text) return withStatus(s, 'nothing to copy here');
  // Copy what the reader shows: with the punctuation refinement on, its full-width marks.
  if (s.fullWidthPunctuation) text = fullWidthPunctuation(text);
  const chars = [...text.split('\n')[0]!].length;
  const next = { ...s, clipboard: { text, seq: s.seq + 1 }, seq: s.seq + 1 };
  return withStatus(next, `copied ${chars} characters with citation`);
}

function command(s0: State, env: Env, cmd: Command): State {
  // Any key but a digit ends a number being typed (Enter commits it).
  let s = s0;
  if (s.digits && cmd !== 'digit') {
    if (cmd === 'open') return commitDigits(s);
    s = { ...s, digits: '' };
  }
  const t = env.transcript;
  const inSidebar = s.mode === 'normal' && sidebarVisible(s, env) && (s.focus === 'sidebar' || !env.wide);
  const onQuotes = s.mode === 'normal' && s.page === quotesPage(t) && t.quotes.length > 0;
  switch (cmd) {
    case 'quit':
      if (s.mode === 'help' || s.mode === 'repairs') return { ...s, mode: 'normal' };
      return { ...s, quit: 0 };
    case 'interrupt':
      return { ...s, quit: 130 };
    case 'suspend':
      return { ...s, suspend: s.suspend + 1 };
    case 'down':
      if (inSidebar) return navigate({ ...s }, Math.min(pageCount(t) - 1, s.page + 1), 'step');
      if (onQuotes) return selectQuote(s, env, s.quoteSel + 1);
      return scrollBy(s, env, 1);
    case 'up':
      if (inSidebar) return navigate(s, Math.max(0, s.page - 1), 'step');
      if (onQuotes) return selectQuote(s, env, s.quoteSel - 1);
      return scrollBy(s, env, -1);
    case 'focusSidebar':
      return sidebarVisible(s, env) ? { ...s, focus: 'sidebar' } : { ...s, focus: 'sidebar', sidebar: 'shown' };
    case 'focusReader':
      // A sidebar shown by hand on a narrow terminal steps aside once a topic is chosen.
      return { ...s, focus: 'reader', sidebar: s.sidebar === 'shown' && !env.wide ? 'auto' : s.sidebar };
    case 'toggleFocus':
      // Tab is h or l, whichever moves: so on a narrow terminal it brings up the lone sidebar and
      // puts it away again, and where the sidebar was hidden it shows it, as h does.
      return command(s, env, inSidebar || (s.focus === 'sidebar' && sidebarVisible(s, env)) ? 'focusReader' : 'focusSidebar');
    case 'nextTopic':
      return stepPage(s, env, 1);
    case 'prevTopic':
      return stepPage(s, env, -1);
    case 'pageDown':
      return scrollBy(s, env, Math.max(1, env.viewHeight - 1));
    case 'pageUp':
      return scrollBy(s, env, -Math.max(1, env.viewHeight - 1));
    case 'halfDown':
      return scrollBy(s, env, Math.max(1, Math.floor(env.viewHeight / 2)));
    case 'halfUp':
      return scrollBy(s, env, -Math.max(1, Math.floor(env.viewHeight / 2)));
    case 'top':
      return scrollTo(s, env, 0);
    case 'bottom':
      return scrollTo(s, env, Number.MAX_SAFE_INTEGER);
    case 'back':
      return restore(s, env, 'back');
    case 'forward':
      return restore(s, env, 'forward');
    case 'open':
      if (inSidebar) return command({ ...s, stepping: false }, env, 'focusReader');
      if (onQuotes) {
        const target = quoteTarget(t, s.quoteSel);
        return target ? openTarget(s, env, target) : withStatus(s, 'this quote is in no answer');
      }
      return s;
    case 'copy':
      return copy(s, env);
    case 'search':
      return runSearch({ ...s, mode: 'search' }, env, s.search.query, s.search.scope);
    case 'nextHit':
    case 'prevHit': {
      const lh = s.lastHits;
      if (!lh || lh.hits.length === 0) return withStatus(s, 'no search yet: press /');
      const n = lh.hits.length;
      // In a library the hits go on in the next (or previous) transcript.
      if (env.inLibrary && (cmd === 'nextHit' ? lh.index === n - 1 : lh.index === 0)) return leave(s, cmd === 'nextHit' ? 'next' : 'prev');
      const index = (lh.index + (cmd === 'nextHit' ? 1 : -1) + n) % n;
      const target = hitTarget(t, lh.hits[index]!);
      const next = { ...s, lastHits: { hits: lh.hits, index } };
      return withStatus(target ? openTarget(next, env, target) : next, `hit ${index + 1}/${n}`);
    }
    case 'help':
      return s.mode === 'help' ? { ...s, mode: 'normal' } : { ...s, mode: 'help', overlayAnchor: null };
    case 'repairs':
      return s.mode === 'repairs' ? { ...s, mode: 'normal' } : { ...s, mode: 'repairs', overlayAnchor: null };
    case 'close':
      if (s.mode !== 'normal') return { ...s, mode: 'normal' };
      if (s.highlight) return { ...s, highlight: null };
      return s;
    case 'toggleSidebar': {
      const shown = sidebarVisible(s, env);
      // On a narrow terminal the sidebar comes up alone, as a list to choose from.
      return { ...s, sidebar: shown ? 'hidden' : 'shown', focus: shown ? 'reader' : env.wide ? s.focus : 'sidebar' };
    }
    case 'toggleAmbiguous': {
      const ambiguous = s.ambiguous === 'wide' ? 'narrow' : 'wide';
      return withStatus({ ...s, ambiguous }, `ambiguous-width characters: ${ambiguous}`);
    }
    case 'togglePunctuation': {
      const on = !s.fullWidthPunctuation;
      return withStatus({ ...s, fullWidthPunctuation: on }, `full-width punctuation ${on ? 'on' : 'off'}`);
    }
    case 'digit':
    case 'filter':
    case 'filterCancel':
      return s;
    case 'hitDown':
    case 'hitUp': {
      const n = s.search.hits.length;
      if (n === 0) return s;
      const sel = (s.search.sel + (cmd === 'hitDown' ? 1 : -1) + n) % n;
      return { ...s, search: { ...s.search, sel } };
    }
    case 'searchOpen': {
      const hit = s.search.hits[s.search.sel];
      const target = hit && hitTarget(t, hit);
      if (!hit || !target) return withStatus(s, s.search.query.trim() ? 'no match' : 'type something to search');
      const opened = openTarget({ ...s, mode: 'normal', focus: 'reader' }, env, target);
      return withStatus({ ...opened, lastHits: { hits: s.search.hits, index: s.search.sel } }, `hit ${s.search.sel + 1}/${s.search.hits.length} · n/N for more`);
    }
    case 'searchCancel':
      return { ...s, mode: 'normal' };
    case 'scope':
    case 'scopeBack': {
      const step = cmd === 'scope' ? 1 : SCOPES.length - 1;
      const scope = SCOPES[(SCOPES.indexOf(s.search.scope) + step) % SCOPES.length]!;
      return runSearch(s, env, s.search.query, scope);
    }
    case 'deleteChar': {
      const g = graphemes(s.search.query);
      return runSearch(s, env, g.slice(0, -1).join(''), s.search.scope);
    }
    case 'deleteWord':
      return runSearch(s, env, s.search.query.replace(/\S*\s*$/u, ''), s.search.scope);
    case 'clearLine':
      return runSearch(s, env, '', s.search.scope);
  }
}

/** Text typed into the search line (a key, a paste, an IME commit): control characters dropped. */
function typeText(s: State, env: Env, text: string): State {
  if (s.mode !== 'search') return s;
  const clean = text.replace(/[\r\n\t]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '');
  if (!clean) return s;
  return runSearch(s, env, s.search.query + clean, s.search.scope);
}

/** Names of control characters that can arrive inside a chunk of typed text. */
export function controlName(c: string): string {
  if (c === '\r' || c === '\n') return 'enter';
  if (c === '\t') return 'tab';
  if (c === '\x7f' || c === '\b') return 'backspace';
  if (c === '\x1b') return 'esc';
  const code = c.charCodeAt(0);
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  return c;
}

/**
 * A key press, resolved against the mode the state is in *now* — several keys can arrive in one
 * chunk (fast typing, tmux send-keys, a paste) before React re-renders with a new handler.
 */
function pressKey(s: State, env: Env, a: Extract<Action, { type: 'key' }>): State {
  const cmd = commandFor(s.mode, a.name);
  if (cmd) return reduce(s, { type: 'command', command: cmd, key: a.name }, env);
  const chars = [...a.input];
  if (chars.length > 1 && !a.ctrl && !a.meta) {
    // Split the chunk: control characters are keys; in the search line, runs of text are typed.
    let acc = s;
    let text = '';
    const flush = () => {
      if (text) acc = acc.mode === 'search' ? typeText(acc, env, text) : [...text].reduce((st, c) => pressKey(st, env, { type: 'key', name: c === ' ' ? 'space' : c, input: c }), acc);
      text = '';
    };
    for (const c of chars) {
      if (/[\x00-\x1f\x7f]/.test(c)) {
        flush();
        acc = pressKey(acc, env, { type: 'key', name: controlName(c), input: c });
      } else {
        text += c;
      }
    }
    flush();
    return acc;
  }
  if (s.mode === 'search') return a.ctrl || a.meta ? s : typeText(s, env, a.input);
  return s.digits ? { ...s, digits: '' } : s;
}

export function reduce(s: State, action: Action, env: Env): State {
  switch (action.type) {
    case 'key':
      return pressKey(s, env, action);
    case 'command':
      if (action.command === 'digit' && action.key) return typeDigit(s, env, action.key);
      return command(s, env, action.command);
    case 'text':
      return typeText(s, env, action.text);
    case 'paste':
      return s.mode === 'search' ? typeText(s, env, action.text) : withStatus(s, 'a paste goes into the search line: press / first');
    case 'digitTimeout':
      return commitDigits(s);
    case 'searchUpdated': {
      if (s.mode !== 'search') return s;
      const next = runSearch(s, env, s.search.query, s.search.scope);
      return { ...next, search: { ...next.search, sel: Math.min(s.search.sel, Math.max(0, next.search.hits.length - 1)) } };
    }
    case 'clearStatus':
      return s.status?.seq === action.seq ? { ...s, status: null } : s;
    case 'select':
      return navigate({ ...s, digits: '' }, action.page, 'jump');
    case 'showHits': {
      const hit = action.hits[action.index];
      const target = hit && hitTarget(env.transcript, hit);
      // Opening a transcript is not a step back can undo: back leaves it, for the library.
      const opened = target ? { ...openTarget(s, env, target), back: [], forward: [] } : s;
      return withStatus({ ...opened, lastHits: { hits: action.hits, index: action.index } }, `hit ${action.index + 1}/${action.hits.length} · n/N for more`);
    }
  }
}
