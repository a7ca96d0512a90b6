/**
 * Search across a library with the one search engine (src/search): the documents are joined into
 * one transcript (combine.ts) and searched exactly as a single transcript is; hits are mapped back
 * to their documents, filtered by who and when, and grouped by transcript.
 *
 * The reader builds the engine over the whole library once. A command cannot wait for that, so
 * it hands the engine only the documents that could match, found in the character index, and
 * gets the very same hits (tests/library/search-equivalence.test.ts compares the two):
 *
 * 1. Documents holding every character of every non-Latin term (Latin terms, read as pinyin, do
 *    not narrow), and every Han-only term verbatim. If among the hits there is a unit whose own
 *    text contains every non-Latin term, then no term was short of exact matches anywhere in the
 *    library, so the engine ran no typo matching for any term, and every hit it could find (a unit
 *    containing each term, or under a heading that does) lies in these documents.
 * 2. Otherwise typo matching may run: documents holding enough of each term's characters for a
 *    typo match (all but the allowed errors) — the engine's own prefilter, so nothing it could
 *    match is left out and its typo candidates are the same.
 *
 * Both rest on typo matching running only for a term without exact hits (FUZZY_BELOW = 1,
 * checked by a test).
 */
import { setImmediate } from 'node:timers';
import { UserError } from '../errors.js';
import { createSearcher, type Hit, type HitKind, type Scope } from '../search/index.js';
import { allowedErrors } from '../search/fuzzy.js';
import { foldText, HAN, isLatinTerm, queryTerms } from '../search/normalize.js';
import { codePoints } from '../search/charindex.js';
import { loadT2s } from '../search/t2s.js';
import type { TextPos, Transcript } from '../transcript/model.js';
import { combine, type Combined } from './combine.js';
import { inRange } from './dates.js';
import type { Library, LibraryItem } from './open.js';
import { parseLibraryQuery, type LibraryQuery } from './query.js';

/** An engine hit, placed in its transcript. */
export interface LibraryHit extends Omit<Hit, 'kind' | 'topic'> {
  file: string;
  date?: string;
  title: string;
  /** 'header': the title, byline, intro or notes (shown on the transcript's overview page). */
  kind: HitKind | 'header';
  /** Topic id in the transcript; 0 for the header. */
  topic: number;
}

export interface HitGroup {
  item: LibraryItem;
  hits: LibraryHit[];
}

export interface YearCount {
  /** "2019", or "undated". */
  year: string;
  transcripts: number;
  hits: number;
}

export interface LibraryResults {
  /** Best match first (exact before pinyin before typos), then newest first. */
  groups: HitGroup[];
  hits: number;
  years: YearCount[];
  /** Set when only the newest `searched` of the `of` transcripts that could match were searched (`maxDocs`). */
  partial?: { searched: number; of: number };
}

export interface LibrarySearchOptions {
  scope?: Scope;
  /**
   * Search at most this many transcripts, the newest of those that could match (the reader's
   * search as you type, on a very broad query); the results then say so. Commands search them all.
   */
  maxDocs?: number;
  /**
   * A search as you type that a newer one replaces: between its steps the search lets keys in
   * (a turn of the event loop) and stops, rejecting with SearchAborted, once this aborts.
   */
  signal?: AbortSignal;
}

/** The search was no longer wanted (its signal aborted): it has no results, not empty ones. */
export class SearchAborted extends Error {
  constructor() {
    super('search aborted');
  }
}

/** With a signal: a turn of the event loop (keys come in), then stop if the search is no longer wanted. */
async function checkpoint(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal.aborted) throw new SearchAborted();
}

/** Every hit: the grouping and the counts need them all. */
const ALL = Number.MAX_SAFE_INTEGER;

/** The engine over some documents of the library (in the library's order), and the way back. */
export interface EngineOver {
  items: LibraryItem[];
  combined: Combined;
  search(terms: string, scope: Scope): Hit[];
}

export function engineOver(
  lib: Library,
  items: LibraryItem[],
  transcripts?: Transcript[],
): EngineOver & { prepare(terms: string): Promise<void>; warm(): Promise<void> } {
  const combined = combine(transcripts ?? items.map((it) => lib.transcript(it)));
  const searcher = createSearcher(combined.transcript);
  return {
    items,
    combined,
    search: (terms, scope) => searcher.search(terms, { scope, limit: ALL }),
    prepare: (terms) => searcher.prepare(terms),
    warm: () => searcher.warm(),
  };
}

/**
 * The query's terms with traditional characters made simplified when the library lacks some
 * character of the query (as the engine does for one transcript), and the t→s converter loaded.
 */
async function simplified(lib: Library, terms: string): Promise<string> {
  const postings = lib.postings();
  const missing = [...terms].some((ch) => HAN.test(ch) && !postings.has(ch.codePointAt(0)!));
  if (!missing) return terms;
  try {
    return (await loadT2s())(terms);
  } catch {
    return terms;
  }
}

/** Documents (as items, in library order) that hold, for every non-Latin term, `need(term)` of its characters. */
function candidates(lib: Library, terms: string[], need: (term: string, cps: number[]) => number): LibraryItem[] {
  const postings = lib.postings();
  const sets = terms
    .filter((t) => !isLatinTerm(t))
    .map((term) => {
      const cps = codePoints(term);
      return new Set(postings.docsWithAtLeast(cps, need(term, cps)));
    });
  return lib.items.filter((it) => sets.every((s) => s.has(it.doc)));
}

/** Han-only terms: folding leaves them as they are, and no unit's text joins them across a field. */
const PURE_HAN = /^\p{Script=Han}+$/u;

/**
 * The documents that contain each Han-only term verbatim somewhere in their model's JSON, where
 * every unit's text lies whole (JSON escapes no Han character): a byte search, no parsing.
 */
function verbatim(lib: Library, items: LibraryItem[], terms: string[]): LibraryItem[] {
  const needles = terms.filter((t) => PURE_HAN.test(t)).map((t) => Buffer.from(t, 'utf8'));
  if (needles.length === 0) return items;
  return items.filter((it) => {
    const bytes = lib.bytes(it);
    return needles.every((n) => bytes.includes(n));
  });
}

/** Search for a command: only the documents that can match are loaded (see the top of the file). */
export async function searchLibrary(lib: Library, query: string, opts: LibrarySearchOptions = {}): Promise<LibraryResults> {
  const q = parseLibraryQuery(query);
  if (q.problem) throw new UserError(q.problem);
  if (q.terms === '') throw new UserError('search needs a word to look for besides speaker:, asker: and date:');
  const scope = opts.scope ?? 'all';
  const text = await simplified(lib, q.terms);
  const terms = [...new Set(queryTerms(text))];
  const hanTerms = terms.filter((t) => !isLatinTerm(t));

  const cap = (items: LibraryItem[]) => (opts.maxDocs !== undefined && items.length > opts.maxDocs ? items.slice(0, opts.maxDocs) : items);
  const { signal } = opts;
  await checkpoint(signal);
  const exact = verbatim(
    lib,
    candidates(lib, terms, (_t, cps) => cps.length),
    hanTerms,
  );
  let considered = exact.length;
  await checkpoint(signal);
  let engine = engineOver(lib, cap(exact));
  await checkpoint(signal);
  await engine.prepare(text);
  await checkpoint(signal);
  let hits = engine.search(text, scope);
  const settled = hanTerms.length === 0 || hits.some((h) => hanTerms.every((t) => foldText(h.text).includes(t)));
  if (!settled) {
    await checkpoint(signal);
    const loose = candidates(lib, terms, (t, cps) => {
      const errors = allowedErrors(t.length);
      return errors > 0 ? Math.max(1, cps.length - errors) : cps.length;
    });
    if (loose.length !== exact.length) {
      considered = loose.length;
      await checkpoint(signal);
      engine = engineOver(lib, cap(loose));
      await checkpoint(signal);
      await engine.prepare(text);
      await checkpoint(signal);
      hits = engine.search(text, scope);
    }
  }
  await checkpoint(signal);
  const results = groupHits(lib, engine, hits, q);
  return engine.items.length < considered ? { ...results, partial: { searched: engine.items.length, of: considered } } : results;
}

/** Engine hits → library hits: mapped to their documents, filtered by who and when, grouped. */
export function groupHits(lib: Library, engine: EngineOver, hits: Hit[], q: LibraryQuery): LibraryResults {
  const groups = new Map<number, { item: LibraryItem; hits: LibraryHit[]; best: number; order: number }>();
  for (const hit of hits) {
    if (hit.topic === null) continue;
    const at = engine.combined.place(hit.topic);
    if (!at) continue;
    const item = engine.items[at.doc]!;
    if (q.date && !inRange(item.date, q.date)) continue;
    let pos: TextPos | null = null;
    if (hit.pos) {
      const p = engine.combined.place(hit.pos.topic);
      // A quote placed (by its text) in another document's answer keeps no position.
      if (p && p.doc === at.doc && p.topic > 0) pos = { ...hit.pos, topic: p.topic };
    }
    const model = q.speakers.length || q.askers.length ? lib.transcript(item) : undefined;
    if (model && !whoMatches(model, pos, q)) continue;
    const lh: LibraryHit = {
      file: item.file,
      ...(item.date ? { date: item.date } : {}),
      title: item.meta.title,
      kind: at.topic === 0 ? 'header' : hit.kind,
      topic: at.topic,
      label: at.topic === 0 ? '' : hit.label,
      text: hit.text,
      ranges: hit.ranges,
      score: hit.score,
      pos,
      length: pos ? hit.length : 0,
    };
    let g = groups.get(at.doc);
    if (!g) groups.set(at.doc, (g = { item, hits: [], best: Math.floor(hit.score), order: at.doc }));
    g.hits.push(lh);
  }
  const sorted = [...groups.values()].sort((a, b) => a.best - b.best || a.order - b.order);
  const years = new Map<string, YearCount>();
  let total = 0;
  for (const g of sorted) {
    const year = g.item.date?.slice(0, 4) ?? 'undated';
    let y = years.get(year);
    if (!y) years.set(year, (y = { year, transcripts: 0, hits: 0 }));
    y.transcripts++;
    y.hits += g.hits.length;
    total += g.hits.length;
  }
  const yearList = [...years.values()].sort((a, b) =>
    a.year === b.year ? 0 : a.year === 'undated' ? 1 : b.year === 'undated' ? -1 : a.year < b.year ? 1 : -1,
  );
  return { groups: sorted.map(({ item, hits }) => ({ item, hits })), hits: total, years: yearList };
}

/** speaker: the hit's turn is spoken by one of them; asker: it is, or answers, a question by one of them. */
function whoMatches(t: Transcript, pos: TextPos | null, q: LibraryQuery): boolean {
  if (!pos) return false;
  const turns = t.topics[pos.topic - 1]?.turns;
  const turn = turns?.[pos.turn];
  if (!turns || !turn) return false;
  if (q.speakers.length && !q.speakers.some((s) => turn.speaker.includes(s))) return false;
  if (q.askers.length) {
    // The question this turn is or answers; a follow-up with no name (追问) is the earlier asker's.
    let k = pos.turn;
    while (k >= 0 && !(turns[k]!.role === 'question' && turns[k]!.speaker)) k--;
    const asker = k >= 0 ? turns[k]!.speaker : '';
    if (!q.askers.some((a) => asker.includes(a))) return false;
  }
  return true;
}

export interface LibraryEngine {
  /** Answers from what is loaded (after `prepare`, completely). */
  search(query: string, opts?: LibrarySearchOptions): LibraryResults;
  /** Loads what `query` needs (pinyin, the t→s converter); then `search` is complete. */
  prepare(query: string): Promise<void>;
}

/**
 * The engine over the whole library at once: what `searchLibrary` must answer exactly as
 * (tests/library compare the two), without holding every model and index in memory as this does
 * (~250 MB for 1,000 briefings once pinyin is built). A query of filters alone finds nothing.
 */
export function libraryEngine(lib: Library): LibraryEngine {
  const items = [...lib.items];
  const combined = combine(items.map((it) => lib.transcript(it)));
  const searcher = createSearcher(combined.transcript);
  const over: EngineOver = { items, combined, search: (terms, scope) => searcher.search(terms, { scope, limit: ALL }) };
  const empty: LibraryResults = { groups: [], hits: 0, years: [] };
  return {
    search(query, o = {}) {
      const q = parseLibraryQuery(query);
      if (q.terms === '') return empty;
      return groupHits(lib, over, over.search(q.terms, o.scope ?? 'all'), q);
    },
    prepare: (query) => searcher.prepare(parseLibraryQuery(query).terms),
  };
}
