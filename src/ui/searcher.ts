import type { Transcript } from '../transcript/model.js';
import { createSearcher, type LazySearcher } from '../search/index.js';
import type { SearchFn } from './hits.js';

/** Results the panel keeps; more than a screenful, fewer than would slow a keystroke. */
export const PANEL_LIMIT = 200;

export interface LazySearch {
  search: SearchFn;
  /** Builds the character index (≈8 ms on the seed) ahead of the first query, without pinyin. */
  buildIndex(): void;
  /** Builds the index and loads and compiles pinyin (the import alone blocks for ≈50 ms): for idle time. */
  warm(): void;
}

/**
 * The reader's search. Nothing is built until the first query or `warm()`, so the first frame
 * never waits for an index. `onUpdate` fires when pinyin or the traditional-character converter
 * finished loading after a query asked for it: the open query should run again.
 */
export function lazySearch(t: Transcript, onUpdate?: () => void): LazySearch {
  let searcher: LazySearcher | null = null;
  const get = () => (searcher ??= createSearcher(t, { onUpdate }));
  return {
    search: (query, scope) => get().search(query, { scope, limit: PANEL_LIMIT }),
    // A search with no terms builds the index and returns at once.
    buildIndex: () => {
      get().search('', { limit: 0 });
    },
    warm: () => {
      void get().warm();
    },
  };
}
