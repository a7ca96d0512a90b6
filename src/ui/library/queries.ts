/**
 * The library searches the view has run, by query and scope (a few, most recent kept), so that
 * a query typed again, Backspace, or a frame drawn while a search runs finds its results at once.
 */
import type { Library } from '../../library/open.js';
import { parseLibraryQuery } from '../../library/query.js';
import { SearchAborted, searchLibrary, type LibraryResults } from '../../library/search.js';
import type { Scope } from '../hits.js';

/** Quiet after the last key before a search runs. */
export const SEARCH_PAUSE_MS = 150;
/**
 * A search as you type looks at most this many transcripts (the newest that can match), so that
 * a broad query (one common character) never holds the keyboard for long; it says so.
 */
export const INTERACTIVE_MAX_DOCS = 200;
const KEEP = 32;

const EMPTY: LibraryResults = { groups: [], hits: 0, years: [] };

export class QueryCache {
  private readonly done = new Map<string, LibraryResults>();
  private readonly running = new Map<string, { results: Promise<LibraryResults>; stop: AbortController }>();

  get(query: string, scope: Scope): LibraryResults | undefined {
    const q = parseLibraryQuery(query);
    // Nothing to search for (filters alone, a filter half typed): no results, and nothing to run.
    if (q.problem || q.terms === '') return EMPTY;
    return this.done.get(QueryCache.key(query, scope));
  }

  /**
   * Runs the search (once, however often it is asked for while it runs); resolves to its results,
   * or rejects with SearchAborted when a search for another query replaced it first.
   */
  run(lib: Library, query: string, scope: Scope): Promise<LibraryResults> {
    const key = QueryCache.key(query, scope);
    const known = this.running.get(key);
    if (known) return known.results;
    this.stopAllBut(key);
    const stop = new AbortController();
    const results = searchLibrary(lib, query, { scope, maxDocs: INTERACTIVE_MAX_DOCS, signal: stop.signal }).then(
      (r) => this.keep(key, r),
      (e: unknown) => {
        if (e instanceof SearchAborted) throw e;
        return this.keep(key, EMPTY);
      },
    );
    const run = { results, stop };
    this.running.set(key, run);
    const forget = () => {
      if (this.running.get(key) === run) this.running.delete(key);
    };
    results.then(forget, forget);
    return results;
  }

  /**
   * The query changed: a search still running for another query is no longer wanted, so it stops
   * at its next step instead of holding the keys typed meanwhile (its results would be dropped).
   */
  stopAllBut(key: string): void {
    for (const [k, run] of this.running) {
      if (k === key) continue;
      run.stop.abort();
      this.running.delete(k);
    }
  }

  /** The key `run` and `stopAllBut` know a search by. */
  static key(query: string, scope: Scope): string {
    return `${scope}\0${query}`;
  }

  private keep(key: string, r: LibraryResults): LibraryResults {
    this.done.set(key, r);
    if (this.done.size > KEEP) this.done.delete(this.done.keys().next().value!);
    return r;
  }
}
