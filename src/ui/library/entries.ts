/**
 * The library list as the view shows it: entries newest first (undated last), narrowed by the
 * filter line, and laid out as rows under a heading per year. Pure.
 */
import type { TranscriptMeta } from '../../library/meta.js';
import type { Skipped } from '../../library/files.js';
import { foldText } from '../../search/normalize.js';

/** A transcript in the list: what the row shows and where its file is. */
export interface Entry {
  file: string;
  path: string;
  date?: string;
  meta: TranscriptMeta;
  /** The file's content hash, when known: how the last transcript read is found again. */
  hash?: string;
}

export const UNDATED = 'undated';

function haystack(e: Entry): string {
  return foldText(
    [e.date ?? UNDATED, e.meta.title, e.meta.event ?? '', ...e.meta.answerers, ...e.meta.askers, e.file.slice(e.file.lastIndexOf('/') + 1)].join('\n'),
  );
}

const HAN_WORD = /^\p{Script=Han}+$/u;

/** Whether `needle`'s characters appear in `text` in order (a fuzzy match on a title). */
function inOrder(needle: string, text: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/**
 * Entries every word of the filter matches: as part of the date (`2019-02`), a name, the title,
 * the event or the file name, or as characters that appear in that order in the title
 * (`华春莹例行` finds 外交部发言人华春莹主持例行记者会). The order stays the list's.
 */
export function filterEntries(entries: readonly Entry[], filter: string): Entry[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = haystack(e);
    const title = foldText(e.meta.title);
    // In order, for words of Chinese only: "2019" must not find 2017年9月…
    return words.every((w) => hay.includes(w) || (HAN_WORD.test(w) && inOrder(w, title)));
  });
}

const filtered = new WeakMap<readonly Entry[], Map<string, readonly Entry[]>>();

/** `filterEntries`, remembered per filter text while the list of entries is the same array. */
export function filteredEntries(entries: readonly Entry[], filter: string): readonly Entry[] {
  let byFilter = filtered.get(entries);
  if (!byFilter) filtered.set(entries, (byFilter = new Map()));
  let list = byFilter.get(filter);
  if (!list) byFilter.set(filter, (list = filterEntries(entries, filter)));
  return list;
}

export type ListRow =
  | { kind: 'year'; year: string; count: number }
  | { kind: 'entry'; entry: Entry; index: number }
  | { kind: 'skipped'; count: number }
  | { kind: 'skippedFile'; file: string; reason: string };

/** The rows: a heading before each year's entries, then the files that could not be read. */
export function listRows(entries: readonly Entry[], skipped: readonly Skipped[] = []): ListRow[] {
  const rows: ListRow[] = [];
  const counts = new Map<string, number>();
  for (const e of entries) {
    const y = e.date?.slice(0, 4) ?? UNDATED;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let year: string | null = null;
  entries.forEach((entry, index) => {
    const y = entry.date?.slice(0, 4) ?? UNDATED;
    if (y !== year) rows.push({ kind: 'year', year: (year = y), count: counts.get(y)! });
    rows.push({ kind: 'entry', entry, index });
  });
  if (skipped.length) {
    rows.push({ kind: 'skipped', count: skipped.length });
    for (const s of skipped) rows.push({ kind: 'skippedFile', file: s.file, reason: s.reason });
  }
  return rows;
}

/** The row that shows entry `index`. */
export function rowOfEntry(rows: readonly ListRow[], index: number): number {
  const i = rows.findIndex((r) => r.kind === 'entry' && r.index === index);
  return Math.max(0, i);
}
