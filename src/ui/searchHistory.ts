/**
 * Where the search line's history is kept: the store (src/store/store.ts: one record per search,
 * written atomically, across runs) when there is one, else this process's memory — so the
 * library's readers, each a new App, still share it.
 */
export interface SearchHistory {
  /** Past searches, newest first, each once. */
  history(): string[];
  addHistory(query: string): void;
}

/** A history for this run only. */
export function memoryHistory(): SearchHistory {
  let list: string[] = [];
  return {
    history: () => [...list],
    addHistory: (query) => {
      const q = query.trim();
      if (q) list = [q, ...list.filter((h) => h !== q)].slice(0, 100);
    },
  };
}
