/**
 * `presser search QUERY [FILE] [--json] [--limit K] [--scope all|questions|quotes|answers]`:
 * ranked hits, one per line — kind tag (题 问 答 引), topic, and a snippet centred on the match
 * with the match highlighted when colour is on. No hits: nothing on stdout, one line on stderr,
 * exit status 1 (as grep does).
 */
import { strings } from '../i18n/strings.js';
import type { Transcript } from '../transcript/model.js';
import { UserError } from '../errors.js';
import { parseLimit, parseScope } from './search-options.js';
import type { OutputOptions } from './output.js';
import { createSearcher, type Hit } from '../search/index.js';
import { hitJson } from './hit-json.js';
import { snippetAround, truncate } from '../text/truncate.js';
import { fullWidthPunctuation } from '../text/punct.js';
import { displayWidth } from '../text/width.js';

const TAG: Record<Hit['kind'] | 'header', string> = { topic: '题', question: '问', answer: '答', quote: '引', header: '标' };
const HIGHLIGHT: [string, string] = ['\x1b[7m', '\x1b[27m'];
const DIM: [string, string] = ['\x1b[2m', '\x1b[22m'];
/** Below this many columns for the snippet, it goes on its own indented line. */
const MIN_INLINE_SNIPPET = 24;
/** The indent of a snippet on its own line, where the width leaves room for it. */
const SNIPPET_INDENT = 2;

/** Text with `ranges` wrapped in SGR highlight codes. */
function paint(text: string, ranges: [number, number][], color: boolean): string {
  if (!color || ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s) + HIGHLIGHT[0] + text.slice(s, e) + HIGHLIGHT[1];
    at = e;
  }
  return out + text.slice(at);
}

/** What formatHit shows of a hit; a library hit in a transcript's title or intro is of kind 'header'. */
export type ShownHit = Pick<Hit, 'topic' | 'label' | 'text' | 'ranges'> & { kind: Hit['kind'] | 'header' };

/** One hit as plain text: "答  7 科技创新  …snippet…", or the snippet on a second line when narrow. */
export function formatHit(hit: ShownHit, out: OutputOptions): string {
  const opts = { ambiguous: out.ambiguous };
  // The display refinement `show` applies (length-preserving, so the ranges still hold); on unless turned off.
  const refine = (out as OutputOptions & { fullWidthPunctuation?: boolean }).fullWidthPunctuation ?? true;
  const text = refine ? fullWidthPunctuation(hit.text) : hit.text;
  const where = hit.topic === null ? '-' : `${hit.topic} ${hit.label}`;
  const head = `${TAG[hit.kind]}  ${where}  `;
  const headWidth = displayWidth(head, opts);
  const inline = out.width - headWidth >= MIN_INLINE_SNIPPET;
  // On its own line the snippet is indented, unless that would leave less than a wide character.
  const indent = out.width - SNIPPET_INDENT >= 2 ? SNIPPET_INDENT : 0;
  const room = inline ? out.width - headWidth : out.width - indent;
  const first = hit.ranges[0] ?? [0, 0];
  const last = hit.ranges[hit.ranges.length - 1] ?? first;
  // Centre on all the highlights when they fit together, otherwise on the first one.
  const span: [number, number] = displayWidth(text.slice(first[0], last[1]), opts) <= room ? [first[0], last[1]] : first;
  const snip = snippetAround(text, span[0], span[1], room, opts);
  // The window's own characters, without the "…" cut marks around them.
  let own = snip.text.length - snip.lead;
  if (text.slice(snip.offset, snip.offset + own) !== snip.text.slice(snip.lead)) own--;
  const end = snip.offset + own;
  const shown = hit.ranges
    .filter(([s, e]) => e > snip.offset && s < end)
    .map(([s, e]): [number, number] => [Math.max(s, snip.offset) - snip.offset + snip.lead, Math.min(e, end) - snip.offset + snip.lead]);
  const snippet = paint(snip.text, shown, out.color);
  const dim = (t: string) => (out.color ? `${DIM[0]}${t}${DIM[1]}` : t);
  if (inline) return `${dim(head.trimEnd())}  ${snippet}\n`;
  return `${dim(truncate(head.trimEnd(), out.width, opts))}\n${' '.repeat(indent)}${snippet}\n`;
}

export async function runSearchCommand(
  t: Transcript,
  query: string,
  values: Record<string, string | boolean | undefined>,
  out: OutputOptions,
): Promise<string> {
  const limit = parseLimit(values.limit, out.lang);
  const scope = parseScope(values.scope, out.lang);
  const searcher = createSearcher(t);
  await searcher.prepare(query);
  const hits = searcher.search(query, { limit, scope });
  if (hits.length === 0) throw new UserError(strings(out.lang ?? 'en').noMatchesFor(query, scope), 1);
  if (values.json) return JSON.stringify(hits.map(hitJson), null, 2) + '\n';
  return hits.map((h) => formatHit(h, out)).join('');
}
