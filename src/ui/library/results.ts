/**
 * Library search results as the view shows them: a summary (hits and transcripts, per year), then
 * each transcript with its count and its hits. Pure.
 */
import type { HitGroup, LibraryHit, LibraryResults } from '../../library/search.js';
import type { Hit } from '../hits.js';
import { strings, type Lang } from '../../i18n/strings.js';
import { UNDATED } from './entries.js';

export type ResultRow = { kind: 'summary' } | { kind: 'group'; group: HitGroup } | { kind: 'hit'; group: HitGroup; hit: LibraryHit; flat: number };

export function resultRows(r: LibraryResults): ResultRow[] {
  const rows: ResultRow[] = [{ kind: 'summary' }];
  let flat = 0;
  for (const group of r.groups) {
    rows.push({ kind: 'group', group });
    for (const hit of group.hits) rows.push({ kind: 'hit', group, hit, flat: flat++ });
  }
  return rows;
}

export function summaryText(r: LibraryResults, lang: Lang = 'en'): string {
  const say = strings(lang);
  const partial = r.partial ? say.libraryPartial(r.partial.searched, r.partial.of) : '';
  const years = r.years.map((y) => say.libraryYear(y.year === UNDATED ? say.libraryUndated : y.year, y.hits, y.transcripts));
  return [`${say.libraryHits(r.hits, r.groups.length)}${partial}`, ...years].join(' · ');
}

/** The n-th hit of the results, counting across transcripts, with its transcript. */
export function hitAt(r: LibraryResults, flat: number): { group: HitGroup; index: number } | null {
  let k = flat;
  for (const group of r.groups) {
    if (k < group.hits.length) return { group, index: k };
    k -= group.hits.length;
  }
  return null;
}

/** The flat number of a transcript's first hit. */
export function firstHitOf(r: LibraryResults, group: HitGroup): number {
  let k = 0;
  for (const g of r.groups) {
    if (g === group) return k;
    k += g.hits.length;
  }
  return -1;
}

/** A library hit as the reader's search hits are: a hit in the header is the overview's. */
export function readerHit(h: LibraryHit): Hit {
  return {
    kind: h.kind === 'header' ? 'topic' : h.kind,
    topic: h.topic,
    label: h.kind === 'header' ? '概览' : h.label,
    text: h.text,
    ranges: h.ranges,
    score: h.score,
    pos: h.pos,
    length: h.length,
  };
}
