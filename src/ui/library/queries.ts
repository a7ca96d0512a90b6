/**
 * The library searches the view has run, by query and scope (a few, most recent kept), so that
 * a query typed again, Backspace, or a frame drawn while a search runs finds its results at once.
 */
import type { Library } from '../../library/open.js';
import { parseLibraryQuery } from '../../library/query.js';
import { searchLibrary, type LibraryResults } from '../../library/search.js';
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
  private readonly running = new Map<string, Promise<LibraryResults>>();

  get(query: string, scope: Scope): LibraryResults | undefined {
    const q = parseLibraryQuery(query);
    // Nothing to search for (filters alone, a filter half typed): no results, and nothing to run.
    if (q.problem || q.terms === '') return EMPTY;
    return this.done.get(`${scope}\0${query}`);
  }

  /** Runs the search (once, however often it is asked for while it runs); resolves to its results. */
  run(lib: Library, query: string, scope: Scope): Promise<LibraryResults> {
    const key = `${scope}\0${query}`;
    let p = this.running.get(key);
    if (!p) {
      p = searchLibrary(lib, query, { scope, maxDocs: INTERACTIVE_MAX_DOCS }).then(
        (r) => this.keep(key, r),
        () => this.keep(key, EMPTY),
      );
      this.running.set(key, p);
      void p.finally(() => this.running.delete(key));
    }
    return p;
  }

  private keep(key: string, r: LibraryResults): LibraryResults {
    this.done.set(key, r);
    if (this.done.size > KEEP) this.done.delete(this.done.keys().next().value!);
    return r;
  }
}
