import { graphemes } from '../../text/width.js';
import { SCOPES, type Hit, type Scope } from '../hits.js';
import { openTarget } from './open.js';
import { readerHitTarget, searchedAlongside } from './parallel.js';
import { type Env, say, type SearchState, type State, type Step, step, withStatus } from './types.js';

/**
 * The search line: its text, scope and selected result. A change of query or scope asks for a
 * search (an effect) and the hits come back as an action; hits for a query that is no longer the
 * line's are dropped.
 */

/** How many searches the state keeps (the store keeps as many). */
export const SEARCH_HISTORY_SIZE = 100;

/**
 * Sets the query and scope, asking for their hits (none for a blank query). The query is then
 * being edited: no longer shown selected, nor one of the history's.
 */
export function setQuery(s: State, query: string, scope: Scope, shown: Pick<SearchState, 'selected' | 'historyAt'> = {}): Step {
  const next = { ...s, search: { query, scope, hits: [], sel: 0, selected: shown.selected ?? false, historyAt: shown.historyAt ?? -1 } };
  const other = searchedAlongside(s);
  return query.trim() ? step(next, { type: 'search', query, scope, ...(other ? { other } : {}) }) : step(next);
}

/** Opens the search line on the last query, searched again and shown selected: typing replaces it. */
export function openSearch(s: State): Step {
  return setQuery({ ...s, mode: 'search' }, s.search.query, s.search.scope, { selected: s.search.query.trim() !== '' });
}

/** A selected query gives way to whatever is typed next: a new search, in every scope again. */
function edited(s: State): { query: string; scope: Scope } {
  return s.search.selected ? { query: '', scope: 'all' } : { query: s.search.query, scope: s.search.scope };
}

/** Text typed into the search line (a key, a paste, an IME commit): control characters dropped. */
export function typeText(s: State, text: string): Step {
  const clean = text.replace(/[\r\n\t]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '');
  if (s.mode !== 'search' || !clean) return step(s);
  const { query, scope } = edited(s);
  return setQuery(s, query + clean, scope);
}

export function deleteChar(s: State): Step {
  const { query, scope } = edited(s);
  return setQuery(s, graphemes(query).slice(0, -1).join(''), scope);
}

export function deleteWord(s: State): Step {
  const { query, scope } = edited(s);
  return setQuery(s, query.replace(/\S*\s*$/u, ''), scope);
}

/** → or End on a selected query: keep it, to add to it. */
export function keepQuery(s: State): Step {
  return s.search.selected ? step({ ...s, search: { ...s.search, selected: false } }) : step(s);
}

/** The next (+1) or previous (-1) scope, all → questions → quotes → answers. */
export function cycleScope(s: State, dir: 1 | -1): Step {
  const scope = SCOPES[(SCOPES.indexOf(s.search.scope) + dir + SCOPES.length) % SCOPES.length]!;
  return setQuery(s, s.search.query, scope, { selected: s.search.selected });
}

/**
 * ctrl-r (+1, older) / ctrl-s (-1, newer): an earlier search in the line, selected, so typing
 * replaces it; past the newest, the line is empty again.
 */
export function stepHistory(s: State, dir: 1 | -1): Step {
  const list = s.searchHistory;
  if (list.length === 0) return withStatus(s, say(s).noSearchHistory);
  const at = Math.max(-1, Math.min(list.length - 1, (s.search.historyAt ?? -1) + dir));
  if (at === (s.search.historyAt ?? -1)) return withStatus(s, dir > 0 ? say(s).oldestSearch : say(s).newestSearch);
  if (at < 0) return setQuery(s, '', s.search.scope);
  return setQuery(s, list[at]!, s.search.scope, { selected: true, historyAt: at });
}

/** The history with a query put first (once). */
function remembered(history: string[], query: string): string[] {
  const q = query.trim();
  return [q, ...history.filter((h) => h !== q)].slice(0, SEARCH_HISTORY_SIZE);
}

/** Hits for the line's current query and scope; the selection stays where it was, within them. */
export function receiveHits(s: State, query: string, scope: Scope, hits: Hit[]): State {
  if (s.mode !== 'search' || s.search.query !== query || s.search.scope !== scope) return s;
  return { ...s, search: { ...s.search, hits, sel: Math.min(s.search.sel, Math.max(0, hits.length - 1)) } };
}

/** Something the search needed has loaded: the open query is searched again. */
export function refreshSearch(s: State): Step {
  if (s.mode !== 'search' || !s.search.query.trim()) return step(s);
  const other = searchedAlongside(s);
  return step(s, { type: 'search', query: s.search.query, scope: s.search.scope, ...(other ? { other } : {}) });
}

/** Moves the selection through the results, wrapping around. */
export function selectHit(s: State, dir: 1 | -1): State {
  const n = s.search.hits.length;
  if (n === 0) return s;
  return { ...s, search: { ...s.search, sel: (s.search.sel + dir + n) % n } };
}

/** Enter: the selected result opens in the reader, and n / N walk through the others. */
export function openSelectedHit(s: State, env: Env): Step {
  const { hits, sel, query } = s.search;
  if (!query.trim()) return withStatus(s, say(s).typeToSearch);
  const opened = openHit({ ...s, mode: 'normal', focus: 'reader', searchHistory: remembered(s.searchHistory, query) }, env, hits, sel);
  if (!opened) return withStatus(s, say(s).noMatchFor(query.trim()));
  return { state: opened.state, effects: [...opened.effects, { type: 'rememberSearch', query: query.trim() }] };
}

/**
 * A transcript opened from a library search, at hit `index` of its hits. Opening it is no step
 * that back undoes: back from here returns to the library.
 */
export function showHits(s: State, env: Env, hits: Hit[], index: number): Step {
  const opened = openHit(s, env, hits, index);
  return opened ? { ...opened, state: { ...opened.state, lastHits: { hits, index, fromLibrary: true }, back: [], forward: [] } } : step(s);
}

/** Opens hit `index` of `hits`, which n / N then walk; null when there is no such hit to open. */
function openHit(s: State, env: Env, hits: Hit[], index: number): Step | null {
  const hit = hits[index];
  const target = hit && readerHitTarget(s, env, hit);
  if (!target) return null;
  return withStatus({ ...openTarget(s, env, target), lastHits: { hits, index } }, say(s).hitOfMore(index + 1, hits.length));
}

/**
 * n / N after the search line closed: the next or previous hit of the last opened search. Past
 * the last (or first) hit of a library search, the library goes on into the next (or previous)
 * transcript with hits.
 */
export function stepLastHits(s: State, env: Env, dir: 1 | -1): Step {
  const lh = s.lastHits;
  if (!lh || lh.hits.length === 0) return withStatus(s, say(s).noSearchYet);
  const n = lh.hits.length;
  if (lh.fromLibrary && env.inLibrary && lh.index === (dir > 0 ? n - 1 : 0)) return step(s, { type: 'leave', how: dir > 0 ? 'next' : 'prev' });
  const index = (lh.index + dir + n) % n;
  const target = readerHitTarget(s, env, lh.hits[index]!);
  const next = { ...s, lastHits: { ...lh, index } };
  return withStatus(target ? openTarget(next, env, target, 'walk') : next, say(s).hitOf(index + 1, n));
}
