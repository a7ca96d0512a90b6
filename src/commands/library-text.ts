/**
 * The text forms of the library commands: aligned columns and snippets, measured in display
 * columns. Kept apart from the JSON forms, which need no width tables.
 */
import { strings, type Strings } from '../i18n/strings.js';
import type { Library } from '../library/open.js';
import type { HitGroup, LibraryResults } from '../library/search.js';
import { displayWidth } from '../text/width.js';
import { truncate } from '../text/truncate.js';
import type { OutputOptions } from './output.js';
import { formatHit } from './search.js';

/** Hits shown under each transcript in `search`'s text output (JSON has them all). */
const HITS_PER_TRANSCRIPT = 3;
const ANSWERERS_WIDTH = 12;
export const UNDATED = 'undated';
/** How a hit in a transcript's header is labelled: the overview page, where the reader shows it. */
const HEADER_LABEL = '概览';

function pad(text: string, width: number, out: OutputOptions): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text, { ambiguous: out.ambiguous })));
}

/** `presser list DIR`: one line per transcript, newest first: date, answerers, questions, title, file. */
export function listText(lib: Library, out: OutputOptions): string {
  const who = lib.items.map((it) => truncate(it.meta.answerers.join('、') || '-', ANSWERERS_WIDTH, { ambiguous: out.ambiguous }));
  const whoWidth = Math.max(...who.map((w) => displayWidth(w, { ambiguous: out.ambiguous })), 1);
  const qWidth = Math.max(...lib.items.map((it) => String(it.meta.questions).length), 1);
  return lib.items
    .map(
      (it, i) =>
        `${(it.date ?? UNDATED).padEnd(10)}  ${pad(who[i]!, whoWidth, out)}  ${String(it.meta.questions).padStart(qWidth)}  ${it.meta.title}  ${it.file}\n`,
    )
    .join('');
}

function yearsLine(r: LibraryResults, say: Strings): string {
  return r.years.map((y) => say.libraryYear(y.year === UNDATED ? say.libraryUndated : y.year, y.hits, y.transcripts)).join(' · ');
}

function groupText(g: HitGroup, out: OutputOptions): string {
  const n = g.hits.length;
  const say = strings(out.lang ?? 'en');
  const head = `${g.item.date ?? say.libraryUndated}  ${g.item.meta.title}  ${g.item.file}  ${say.groupHits(n)}\n`;
  const inner = { ...out, width: Math.max(10, out.width - 2) };
  const shown = g.hits
    .slice(0, HITS_PER_TRANSCRIPT)
    .map((h) => formatHit({ ...h, label: h.kind === 'header' ? HEADER_LABEL : h.label }, inner))
    .map((s) => s.replace(/^/gm, '  '))
    .join('');
  const more = n > HITS_PER_TRANSCRIPT ? `  ${say.moreHits(n - HITS_PER_TRANSCRIPT)}\n` : '';
  return head + shown + more;
}

/** A summary (hits and transcripts, per year), then each transcript with its count and first hits. */
export function searchText(r: LibraryResults, groups: HitGroup[], out: OutputOptions): string {
  const say = strings(out.lang ?? 'en');
  const summary = `${say.libraryHits(r.hits, r.groups.length)}${say.inParentheses(yearsLine(r, say))}\n`;
  return [summary, ...groups.map((g) => groupText(g, out))].join('\n');
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
