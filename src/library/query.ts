/**
 * A library query: search terms for the engine, plus filters on who and when —
 * `speaker:华春莹` (who said it), `asker:路透社` (whose question it answers or is),
 * `date:2019`, `date:2019-02`, `date:2018-03..2019-06`, `date:..2017`. Several `speaker:` or
 * `asker:` values are alternatives; different kinds of filter must all hold.
 */
import { parseDateRange, type DateRange } from './dates.js';

export interface LibraryQuery {
  /** What is left for the search engine: the terms, space-separated. */
  terms: string;
  speakers: string[];
  askers: string[];
  date?: DateRange;
  /** What is wrong with a filter ("date:20" while it is being typed); the filter is left out. */
  problem?: string;
}

const FILTER = /^(speaker|asker|date)[:：](.*)$/i;

export function parseLibraryQuery(query: string): LibraryQuery {
  const terms: string[] = [];
  const q: LibraryQuery = { terms: '', speakers: [], askers: [] };
  for (const word of query.trim().split(/\s+/)) {
    const m = FILTER.exec(word);
    if (!m) {
      if (word) terms.push(word);
      continue;
    }
    const kind = m[1]!.toLowerCase();
    const value = m[2]!.replace(/^["'“‘]|["'”’]$/g, '');
    if (value === '') q.problem = `${kind}: needs a value (e.g. ${example(kind)})`;
    else if (kind === 'speaker') q.speakers.push(value);
    else if (kind === 'asker') q.askers.push(value);
    else {
      const range = parseDateRange(value);
      if (range) q.date = range;
      else q.problem = `date:${value} is not a date or period (e.g. date:2019, date:2019-02, date:2018-03..2019-06)`;
    }
  }
  q.terms = terms.join(' ');
  return q;
}

export function hasFilters(q: LibraryQuery): boolean {
  return q.speakers.length > 0 || q.askers.length > 0 || q.date !== undefined;
}

function example(kind: string): string {
  return kind === 'speaker' ? 'speaker:华春莹' : kind === 'asker' ? 'asker:路透社' : 'date:2019';
}
