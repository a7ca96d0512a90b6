/**
 * The plain commands over a library (a directory, or several files): `list`, `search`, `topics`,
 * `export --jsonl`. What they print comes from the same library, search and grouping code as the
 * reader's library view.
 */
import { UserError } from '../errors.js';
import type { Library, LibraryItem } from '../library/open.js';
import type { Transcript } from '../transcript/model.js';
import { searchLibrary, type HitGroup, type LibraryHit, type LibraryResults } from '../library/search.js';
import { displayWidth } from '../text/width.js';
import { truncate } from '../text/truncate.js';
import type { OutputOptions } from './output.js';
import { formatHit, parseScope } from './search.js';
import { topicRows } from './topics.js';

/** Hits shown under each transcript in `search`'s text output (JSON has them all). */
const HITS_PER_TRANSCRIPT = 3;
const ANSWERERS_WIDTH = 12;
export const UNDATED = 'undated';
/** How a hit in a transcript's header is labelled: the overview page, where the reader shows it. */
const HEADER_LABEL = '概览';

function pad(text: string, width: number, out: OutputOptions): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text, { ambiguous: out.ambiguous })));
}

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

/** `presser list DIR`: one line per transcript, newest first: date, answerers, questions, title, file. */
export function listText(lib: Library, out: OutputOptions): string {
  const who = lib.items.map((it) => truncate(it.meta.answerers.join('、') || '-', ANSWERERS_WIDTH, { ambiguous: out.ambiguous }));
  const whoWidth = Math.max(...who.map((w) => displayWidth(w, { ambiguous: out.ambiguous })), 1);
  const qWidth = Math.max(...lib.items.map((it) => String(it.meta.questions).length), 1);
  return lib.items
    .map((it, i) => `${(it.date ?? UNDATED).padEnd(10)}  ${pad(who[i]!, whoWidth, out)}  ${String(it.meta.questions).padStart(qWidth)}  ${it.meta.title}  ${it.file}\n`)
    .join('');
}

export function listJson(lib: Library): string {
  return JSON.stringify(lib.items.map(itemRow), null, 2) + '\n';
}

function hitJson(h: LibraryHit) {
  return { file: h.file, date: h.date ?? null, title: h.title, kind: h.kind, topic: h.topic, label: h.label, text: h.text, ranges: h.ranges, pos: h.pos };
}

function yearsLine(r: LibraryResults): string {
  return r.years.map((y) => `${y.year}: ${y.hits} in ${y.transcripts}`).join(' · ');
}

function groupText(g: HitGroup, out: OutputOptions): string {
  const n = g.hits.length;
  const head = `${g.item.date ?? UNDATED}  ${g.item.meta.title}  ${g.item.file}  ${n} hit${n === 1 ? '' : 's'}\n`;
  const inner = { ...out, width: Math.max(10, out.width - 2) };
  const shown = g.hits
    .slice(0, HITS_PER_TRANSCRIPT)
    .map((h) => formatHit({ ...h, label: h.kind === 'header' ? HEADER_LABEL : h.label }, inner))
    .map((s) => s.replace(/^/gm, '  '))
    .join('');
  const more = n > HITS_PER_TRANSCRIPT ? `  … ${n - HITS_PER_TRANSCRIPT} more\n` : '';
  return head + shown + more;
}

/**
 * `presser search QUERY DIR`: a summary (hits and transcripts, per year), then each transcript
 * with its count and first hits; `--json`: every hit, each with its file, date and title.
 * `--limit K` keeps the first K transcripts.
 */
export async function runLibrarySearch(lib: Library, query: string, values: Record<string, string | boolean | undefined>, out: OutputOptions): Promise<string> {
  const scope = parseScope(values.scope);
  const limit = parseGroupLimit(values.limit);
  const r = await searchLibrary(lib, query, { scope });
  if (r.hits === 0) throw new UserError(`no matches for "${query}"${scope === 'all' ? '' : ` in ${scope}`} in ${lib.items.length} transcripts`, 1);
  const groups = r.groups.slice(0, limit);
  if (values.json) return JSON.stringify(groups.flatMap((g) => g.hits.map(hitJson)), null, 2) + '\n';
  const summary = `${r.hits} hit${r.hits === 1 ? '' : 's'} in ${r.groups.length} transcript${r.groups.length === 1 ? '' : 's'} (${yearsLine(r)})\n`;
  return [summary, ...groups.map((g) => groupText(g, out))].join('\n');
}

function parseGroupLimit(v: string | boolean | undefined): number {
  if (v === undefined) return Number.MAX_SAFE_INTEGER;
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`--limit must be a positive whole number, not "${String(v)}"`);
  return n;
}

/** `presser topics DIR`: each transcript's topics under its date and title. */
export function topicsText(lib: Library): string {
  return lib.items
    .map((it) => {
      const t = lib.transcript(it);
      const n = String(t.topics.length).length;
      const rows = t.topics.map((tp) => `  ${String(tp.id).padStart(n)}  ${tp.label}${tp.headline ? `  ${tp.headline}` : ''}\n`).join('');
      lib.forget();
      return `${it.date ?? UNDATED}  ${it.meta.title}  ${it.file}\n${rows}`;
    })
    .join('\n');
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
    const line = { file: it.file, date: it.date ?? null, hash: it.hash, answerers: it.meta.answerers, askers: it.meta.askers, questions: it.meta.questions, ...model };
    chunk += JSON.stringify(line) + '\n';
    if (chunk.length > 1 << 20) {
      write(chunk);
      chunk = '';
    }
  }
  if (chunk) write(chunk);
}
