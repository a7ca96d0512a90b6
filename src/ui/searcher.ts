import type { Transcript } from '../transcript/model.js';
import type { LazySearcher } from '../search/index.js';
import type { SearchFn } from './hits.js';
import { lazy } from '../lazy.js';

/** Results the panel keeps; more than a screenful, fewer than would slow a keystroke. */
export const PANEL_LIMIT = 200;

type EngineModule = typeof import('../search/index.js');

const engineModule = lazy<EngineModule>(() => import('../search/index.js'));

/**
 * Loads the search engine (and fuse.js) once. It is not imported with the reader: the first frame
 * has no use for it, so it arrives in idle time after that frame, or when the first query needs it.
 */
export function loadSearchEngine(): Promise<EngineModule> {
  return engineModule.load();
}

export interface LazySearch {
  search: SearchFn;
  /**
   * Builds the character index (≈8 ms on the seed) ahead of the first query, without pinyin.
   * Returns false while the engine is still loading (the load is started): call again later.
   */
  buildIndex(): boolean;
  /**
   * Builds the index and loads and compiles pinyin (the import alone blocks for ≈50 ms): for idle
   * time. Returns false while the engine is still loading, like buildIndex.
   */
  warm(): boolean;
}

/**
 * The reader's search. Nothing is loaded or built until the first query, `buildIndex()` or
 * `warm()`, so the first frame never waits for an index. `onUpdate` fires when something a query
 * needed finished loading after the query (the engine itself, pinyin, the traditional-character
 * converter): the open query should run again. Until the engine has loaded, a query has no results.
 */
export function lazySearch(t: Transcript, onUpdate?: () => void): LazySearch {
  let searcher: LazySearcher | null = null;
  let requested = false;
  const get = () => {
    const engine = engineModule.ready();
    return (searcher ??= engine ? engine.createSearcher(t, { onUpdate }) : null);
  };
  // Once per load, however often a query or the idle queue asks meanwhile; whoever asked, a query
  // typed while the engine loaded runs again when it has.
  const load = () => {
    if (requested) return;
    requested = true;
    loadSearchEngine().then(
      () => onUpdate?.(),
      () => {
        requested = false; // no engine only means no results, until it is asked for again
      },
    );
  };
  return {
    search: (query, scope) => {
      const s = get();
      if (s) return s.search(query, { scope, limit: PANEL_LIMIT });
      load();
      return [];
    },
    // A search with no terms builds the index and returns at once.
    buildIndex: () => {
      const s = get();
      if (!s) load();
      else s.search('', { limit: 0 });
      return s !== null;
    },
    warm: () => {
      const s = get();
      if (!s) load();
      else void s.warm();
      return s !== null;
    },
  };
}
