/**
 * Search across a transcript's topic headings, questions, answer sentences and pull quotes — by
 * characters, pinyin (full or initials), traditional characters, with typos. See engine.ts for
 * the pipeline, rank.ts for the ranking and README for the design.
 *
 * Everything behind a `Searcher` loads when first needed: the engine itself (with fuse.js), the
 * index it builds over the transcript, pinyin-pro for Latin queries and opencc for traditional
 * ones. So the reader's first frame pays for none of it.
 */
import type { Transcript } from '../transcript/model.js';
import { lazy } from '../lazy.js';
import type { EngineOptions, Hit, SearchOptions } from './types.js';

export type { EngineOptions, Hit, HitKind, Scope, SearchOptions } from './types.js';
export { DEFAULT_LIMIT, SCOPES } from './types.js';
export type { TextPos, Transcript } from '../transcript/model.js';

export interface Searcher {
  /**
   * The hits for a query, from whatever has loaded: never waits. When the query needs something
   * not loaded yet (the engine, pinyin-pro for a Latin query, the converter for characters the
   * transcript lacks), it answers with what it has, starts loading, and `onUpdate` fires once the
   * load is done.
   */
  search(query: string, opts?: SearchOptions): Hit[];
  /** Builds the index now if the engine has loaded (true); otherwise starts loading it (false). For idle time. */
  index(): boolean;
  /** Loads the engine and pinyin-pro, builds the index and the pinyin tables, in slices that yield to the event loop. */
  warm(): Promise<void>;
  /** Resolves once everything this query can use is loaded; then `search` gives complete results. */
  prepare(query: string): Promise<void>;
}

const engineModule = lazy(() => import('./engine.js'));

/** Cheap to call: loads and builds nothing until the first search, `index`, `warm` or `prepare`. */
export function createSearcher(t: Transcript, opts: EngineOptions = {}): Searcher {
  let engine: import('./engine.js').SearchEngine | null = null;
  const get = () => {
    const m = engineModule.ready();
    return (engine ??= m ? new m.SearchEngine(t, opts) : null);
  };
  let requested = false;
  // Once per load, however often a query or the idle queue asks meanwhile: a query typed while the
  // engine loaded runs again when it has.
  const load = () => {
    if (requested) return;
    requested = true;
    engineModule.load().then(
      () => opts.onUpdate?.(),
      () => {
        requested = false; // no engine only means no results, until it is asked for again
      },
    );
  };
  const loaded = async () => {
    await engineModule.load();
    return get()!;
  };
  return {
    search: (query, o) => {
      const e = get();
      if (e) return e.search(query, o);
      load();
      return [];
    },
    index: () => {
      const e = get();
      if (e) e.index();
      else load();
      return e !== null;
    },
    warm: async () => (await loaded()).warm(),
    prepare: async (query) => (await loaded()).prepare(query),
  };
}
