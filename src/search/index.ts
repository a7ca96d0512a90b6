/**
 * Search across a transcript's topic headings, questions, answer sentences and pull quotes — by
 * characters, pinyin (full or initials), traditional characters, with typos. See engine.ts for
 * the ranking and README for the design.
 */
import type { Transcript } from '../transcript/model.js';
import { SearchEngine, type EngineOptions, type Hit, type SearchOptions } from './engine.js';

export type { Hit, Scope, SearchOptions, HitKind, EngineOptions } from './engine.js';
export { SCOPES, DEFAULT_LIMIT } from './engine.js';
export type { TextPos, Transcript } from '../transcript/model.js';

export interface Searcher {
  search(query: string, opts?: SearchOptions): Hit[];
}

export interface LazySearcher extends Searcher {
  /** Builds the index, loads pinyin-pro and compiles the pinyin tables, in slices that yield to
   *  the event loop; call after the first paint. */
  warm(): Promise<void>;
  /** Resolves once everything this query can use is loaded; then `search` gives complete results. */
  prepare(query: string): Promise<void>;
}

/**
 * Cheap to call: builds nothing until the first search (or until warm() is called).
 * `search` never waits: when a query needs something not loaded yet (pinyin-pro for a Latin
 * query, the traditional → simplified converter for characters the transcript lacks), it
 * answers with what it has, starts loading, and calls `opts.onUpdate` once the load is done.
 */
export function createSearcher(t: Transcript, opts: EngineOptions = {}): LazySearcher {
  let engine: SearchEngine | null = null;
  const get = () => (engine ??= new SearchEngine(t, opts));
  return {
    search: (query, o) => get().search(query, o),
    prepare: (query) => get().prepare(query),
    warm: () => get().warm(),
  };
}
