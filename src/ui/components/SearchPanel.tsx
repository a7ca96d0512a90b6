import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { Ambiguous } from '../../text/width.js';
import { displayWidth, graphemes } from '../../text/width.js';
import { snippetAround, truncate } from '../../text/truncate.js';
import { fullWidthPunctuation } from '../../text/punct.js';
import type { Span } from '../../text/linebreak.js';
import type { RowStyle } from '../../layout/page.js';
import { type Hit, KIND_TAG, scopeLabel } from '../hits.js';
import { type Lang, strings } from '../../i18n/strings.js';
import type { SearchState } from '../state/types.js';
import { fitString } from '../fit.js';
import { styledRowChildren } from './StyledRow.js';
import type { Palette } from '../theme.js';
import { sidebarTop } from './TopicSidebar.js';

export interface ResultRow {
  text: string;
  spans: Span<RowStyle>[];
}

/** One result as a row: kind tag, topic label, a snippet centred on the first match, matches marked. */
export function resultRow(hit: Hit, width: number, opts: { ambiguous: Ambiguous; fullWidthPunctuation: boolean }): ResultRow {
  const w = { ambiguous: opts.ambiguous };
  // The topic label earns its column only where the snippet still has room.
  const labelWidth = width >= 40 ? Math.min(10, Math.floor(width / 5)) : 0;
  // A quote found in no answer has no topic: it lives on the quotes page, so say that.
  const where = hit.label || (hit.kind === 'quote' ? '金句' : '');
  // A label cut to its column says so with an ellipsis (人类命运共…), as everywhere else.
  const label = labelWidth > 0 ? fitString(truncate(where, labelWidth, w), labelWidth, w) + ' ' : '';
  const head = `${KIND_TAG[hit.kind]} ${label}`;
  const room = Math.max(0, width - displayWidth(head, w));
  const body = opts.fullWidthPunctuation ? fullWidthPunctuation(hit.text) : hit.text;
  const [first] = hit.ranges;
  const snip = snippetAround(body, first?.[0] ?? 0, first?.[1] ?? 0, room, w);
  const spans: Span<RowStyle>[] = [
    { start: 0, end: 1, style: hit.kind === 'question' ? 'asker' : hit.kind === 'quote' ? 'heading' : 'speaker' },
    { start: 2, end: head.length, style: 'dim' },
  ];
  for (const [a, b] of hit.ranges) {
    const s = a - snip.offset + snip.lead;
    const e = b - snip.offset + snip.lead;
    const cs = Math.max(snip.lead, s);
    const ce = Math.min(snip.text.length, e);
    if (cs < ce) spans.push({ start: head.length + cs, end: head.length + ce, style: 'highlight' });
  }
  return { text: head + snip.text, spans };
}

/** A result row: a ">" mark when selected (after `indent`), then the row of `resultRow`. */
export function hitRowElement(
  hit: Hit,
  o: { selected: boolean; indent: string; width: number; palette: Palette; ambiguous: Ambiguous; fullWidthPunctuation: boolean },
  key: number,
): ReactElement {
  const lead = o.indent.length + 1;
  const row = resultRow(hit, o.width - lead, o);
  return (
    // One Text per row, its runs as direct children: fewer nodes for Ink to squash and lay out.
    <Text key={key}>
      {o.selected ? (
        <Text key="sel" inverse>
          {`${o.indent}>`}
        </Text>
      ) : (
        ' '.repeat(lead)
      )}
      {styledRowChildren({ text: row.text, spans: row.spans, width: o.width - lead, palette: o.palette, ambiguous: o.ambiguous, inverse: o.selected })}
    </Text>
  );
}

/** The results list above the search line; a header row when there is room. Draws only. */
export function SearchPanel(props: {
  search: SearchState;
  width: number;
  height: number;
  palette: Palette;
  ambiguous: Ambiguous;
  fullWidthPunctuation: boolean;
  /** A fresh status message ("copied …"): the status line is hidden while searching, so it shows here. */
  message?: string;
  lang?: Lang;
}) {
  const { search, width, height, palette, ambiguous, message, lang = 'en' } = props;
  const say = strings(lang);
  const { hits, sel } = search;
  const w = { ambiguous };
  const lines = [];
  const header = height >= 3;
  if (header) {
    const text = ` ${search.query.trim() ? say.results(hits.length) : say.searchTitle} · ${message ?? say.searchKeys}`;
    lines.push(
      <Text key="h" inverse>
        {fitString(truncate(text, width, w), width, w)}
      </Text>,
    );
  }
  const listHeight = height - (header ? 1 : 0);
  const top = sidebarTop(sel, hits.length, listHeight);
  for (let i = 0; i < listHeight; i++) {
    const hit = hits[top + i];
    if (!hit) {
      // Without a header, a fresh message ("no match for …") takes the first row.
      const hint = i === 0 && hits.length === 0 ? (!header && message ? `  ${message}` : emptyHint(search, lang)) : '';
      lines.push(
        <Text key={i} {...palette.looks.muted}>
          {fitString(hint, width, w)}
        </Text>,
      );
      continue;
    }
    lines.push(hitRowElement(hit, { ...props, selected: top + i === sel, indent: '' }, i));
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines}
    </Box>
  );
}

/** What to try when nothing matched: in "all" another scope cannot help, fewer words might. */
export function emptyHint(search: Pick<SearchState, 'query' | 'scope'>, lang: Lang = 'en'): string {
  const say = strings(lang);
  if (!search.query.trim()) return `  ${say.searchEmptyHint}`;
  if (search.scope !== 'all') return `  ${say.noMatchInScope(scopeLabel(search.scope, lang))}`;
  return `  ${/\S\s+\S/.test(search.query.trim()) ? say.noMatchWords : say.noMatchChars}`;
}

/**
 * The search line: "/" and the query (its tail when long), then the scope and k/N on the right
 * when there is room. `cursor` is the column where typing goes (for the real cursor / IME);
 * `selected` the UTF-16 range of `text` drawn selected (an earlier query that typing replaces).
 */
export function searchLine(
  search: SearchState,
  width: number,
  ambiguous: Ambiguous,
  lang: Lang = 'en',
): { text: string; cursor: number; selected: [number, number] | null } {
  const w = { ambiguous };
  const count = search.hits.length ? `${search.sel + 1}/${search.hits.length}` : '0';
  let right = ` [${scopeLabel(search.scope, lang)}] ${count} `;
  if (displayWidth(right, w) + 12 > width) right = '';
  const room = Math.max(1, width - displayWidth(right, w) - 2); // "/" and the cursor cell
  // Keep the end of the query, where typing happens, in view.
  const gs = graphemes(search.query);
  while (gs.length > 0 && displayWidth(gs.join(''), w) > room) gs.shift();
  const left = `/${gs.join('')}`;
  const selected: [number, number] | null = search.selected && gs.length ? [1, left.length] : null;
  const cursor = Math.min(displayWidth(left, w), width - 1);
  return { text: fitString(left, width - displayWidth(right, w), w) + right, cursor, selected };
}

/** The search line as Ink text: a selected query in inverse video. */
export function SearchLineText({ line }: { line: ReturnType<typeof searchLine> }) {
  if (!line.selected) return <Text>{line.text}</Text>;
  const [a, b] = line.selected;
  return (
    <Text>
      {line.text.slice(0, a)}
      <Text inverse>{line.text.slice(a, b)}</Text>
      {line.text.slice(b)}
    </Text>
  );
}
