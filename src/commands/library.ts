/**
 * The plain commands over a library (a directory, or several files): `list`, `search`, `topics`,
 * `export --jsonl` — their JSON here, their text in library-text.ts. What they print comes from
 * the same library, search and grouping code as the reader's library view.
 */
import { strings } from '../i18n/strings.js';
import { hitJson } from './hit-json.js';
import { UserError } from '../errors.js';
import type { Library, LibraryItem } from '../library/open.js';
import type { Transcript } from '../transcript/model.js';
import { searchLibrary, type LibraryHit } from '../library/search.js';
import type { OutputOptions } from './output.js';
import { parseLimit, parseScope } from './search-options.js';
import { topicRows } from './topics.js';

export function itemRow(item: LibraryItem) {
  return {
    file: item.file,
    date: item.date ?? null,
    title: item.meta.title,
    ...(item.meta.event ? { event: item.meta.event } : {}),
    answerers: item.meta.answerers,
    askers: item.meta.askers,
    questions: item.meta.questions,
    topics: item.meta.topics,
    hash: item.hash,
  };
}

/**
 * `presser list DIR --json`: a row per transcript, with its language and, when the library holds
 * the other language's version of the same briefing, that file (`counterpart`, as its own row's
 * `file`): paired by date, spokesperson and kind of event (src/bilingual/versions.ts).
 */
export async function listJson(lib: Library): Promise<string> {
  // Pairing romanises names with pinyin-pro: loaded only for this command.
  const { pairVersions } = await import('../bilingual/versions.js');
  const versions = pairVersions(
    lib.items.map((it) => ({ file: it.file, title: it.meta.title, date: it.date, event: it.meta.event, answerers: it.meta.answerers })),
  );
  const rows = lib.items.map((it, i) => {
    const { lang, counterpart } = versions[i]!;
    return { ...itemRow(it), ...(lang ? { lang } : {}), ...(counterpart ? { counterpart } : {}) };
  });
  return JSON.stringify(rows, null, 2) + '\n';
}

/** A library hit as `--json` prints it: its transcript, then the fields of a single file's hit (hitJson). */
function libraryHitJson(h: LibraryHit) {
  return { file: h.file, date: h.date ?? null, title: h.title, ...hitJson(h) };
}

/**
 * `presser search QUERY DIR`: a summary (hits and transcripts, per year), then each transcript
 * with its count and first hits; `--json`: every hit, each with its file, date and title.
 * `--limit K` keeps the first K transcripts.
 */
export async function runLibrarySearch(lib: Library, query: string, values: Record<string, string | boolean | undefined>, out: OutputOptions): Promise<string> {
  const scope = parseScope(values.scope, out.lang);
  const limit = parseLimit(values.limit, out.lang, Number.MAX_SAFE_INTEGER);
  const r = await searchLibrary(lib, query, { scope });
  if (r.hits === 0) throw new UserError(strings(out.lang ?? 'en').noMatchesIn(query, scope, lib.items.length), 1);
  const groups = r.groups.slice(0, limit);
  if (values.json)
    return (
      JSON.stringify(
        groups.flatMap((g) => g.hits.map(libraryHitJson)),
        null,
        2,
      ) + '\n'
    );
  // Text needs display widths (and ICU's grapheme data): loaded only for it.
  const { searchText } = await import('./library-text.js');
  return searchText(r, groups, out);
}

export function topicsJson(lib: Library): string {
  const rows = lib.items.map((it) => {
    const topics = topicRows(lib.transcript(it));
    lib.forget();
    return { file: it.file, date: it.date ?? null, title: it.meta.title, topics };
  });
  return JSON.stringify(rows, null, 2) + '\n';
}

/**
 * `presser export DIR --jsonl`: one transcript per line — its file, date, hash, answerers, askers
 * and number of questions, then the model's fields as `presser export FILE` prints them — for
 * pandas, duckdb, jq.
 */
export function exportJsonl(lib: Library, write: (chunk: string) => void): void {
  let chunk = '';
  for (const it of lib.items) {
    // The library's date (the parser's, or the fallback) replaces the model's own.
    const { date: _date, ...model } = JSON.parse(lib.json(it)) as Transcript;
    const line = {
      file: it.file,
      date: it.date ?? null,
      hash: it.hash,
      answerers: it.meta.answerers,
      askers: it.meta.askers,
      questions: it.meta.questions,
      ...model,
    };
    chunk += JSON.stringify(line) + '\n';
    if (chunk.length > 1 << 20) {
      write(chunk);
      chunk = '';
    }
  }
  if (chunk) write(chunk);
}
