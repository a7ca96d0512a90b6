import type { Transcript } from '../transcript/model.js';
import { createSearcher, type LazySearcher } from '../search/index.js';
import type { SearchFn } from './hits.js';

/** Results the panel keeps; more than a screenful, fewer than would slow a keystroke. */
export const PANEL_LIMIT = 200;

export interface LazySearch {
  search: SearchFn;
  /** Builds the index ahead of the first query; call after the first frame is on screen. */
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
    warm: () => {
      void get().warm();
    },
  };
}
