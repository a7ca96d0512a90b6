import { Box, Text } from 'ink';
import type { ReactElement, ReactNode } from 'react';
import type { Ambiguous } from '../../text/width.js';
import { type BlockRef, markRow, type PageRow } from '../../layout/page.js';
import type { Highlight } from '../state/types.js';
import { styledRowChildren } from './StyledRow.js';
import { markOther, type ParallelPageRow } from '../parallelRows.js';
import type { Palette } from '../theme.js';

export interface ReaderProps {
  rows: PageRow[];
  top: number;
  width: number;
  height: number;
  palette: Palette;
  ambiguous: Ambiguous;
  highlight: Highlight | null;
  /** Marks a whole block (the selected quote) with a bar in the margin. */
  selectedTurn?: number;
  /** The paragraph cursor: its paragraph gets the bar in the margin. */
  cursor?: BlockRef | null;
  /** Blank columns before the text (after the margin): the column centred in a wide pane. */
  indent?: number;
}

/**
 * The visible slice of a laid-out page: exactly `height` rows of exactly `width` columns
 * (a one-column left margin, the text, padding), each as the children of one `<Text>`, so that
 * App can put them on one line after the sidebar's row without another level of nesting.
 * Only these rows reach Ink.
 */
export function readerRowChildren(props: ReaderProps): ReactNode[][] {
  const { rows, top, width, height, palette, ambiguous, highlight, selectedTurn, cursor } = props;
  const margin = width >= 4 ? 1 : 0;
  const indent = Math.max(0, Math.min(props.indent ?? 0, width - margin - 1));
  const lead = indent > 0 ? ' '.repeat(indent) : '';
  const inner = Math.max(0, width - margin - indent);
  const lines: ReactNode[][] = [];
  for (let i = 0; i < height; i++) {
    let row = rows[top + i];
    if (!row) {
      lines.push([' '.repeat(width)]);
      continue;
    }
    if (highlight) {
      row = highlight.other
        ? markOther(row as ParallelPageRow, highlight.ref, highlight.start, highlight.end, 'highlight')
        : markRow(row, highlight.ref, highlight.start, highlight.end, 'highlight');
      if (!highlight.other) for (const [a, b] of highlight.matches ?? []) row = markRow(row, highlight.ref, a, b, 'match');
    }
    const bar =
      row.start >= 0 &&
      ((selectedTurn !== undefined && row.ref.turn === selectedTurn) || (!!cursor && row.ref.turn === cursor.turn && row.ref.para === cursor.para));
    const body = styledRowChildren({ text: row.text, spans: row.spans, width: inner, palette, ambiguous });
    if (!margin) lines.push(lead ? [lead, ...body] : body);
    else if (!bar) lines.push([` ${lead}`, ...body]);
    else
      lines.push([
        <Text key="bar" {...palette.looks.cursorBar}>
          {' '}
        </Text>,
        lead,
        ...body,
      ]);
  }
  return lines;
}

/** The rows of readerRowChildren, each its own `<Text>`. */
export function readerRows(props: ReaderProps): ReactElement[] {
  return readerRowChildren(props).map((children, i) => <Text key={`r${i}`}>{children}</Text>);
}

/** The reader alone (no sidebar beside it). Draws only. */
export function ReaderPane(props: ReaderProps) {
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      {readerRows(props)}
    </Box>
  );
}

/** Percentage read: 100 when the last row is on screen. */
export function scrollPercent(top: number, height: number, total: number): number {
  if (total <= height) return 100;
  return Math.min(100, Math.round(((top + height) / total) * 100));
}
