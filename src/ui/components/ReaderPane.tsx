import { Box, Text } from 'ink';
import type { Ambiguous } from '../../text/width.js';
import { markRow, type PageRow } from '../../layout/page.js';
import type { Highlight } from '../state.js';
import { StyledRow } from './StyledRow.js';

/**
 * The visible slice of a laid-out page: exactly `height` rows of exactly `width` columns
 * (a one-column left margin, the text, padding). Only these rows reach Ink.
 */
export function ReaderPane(props: {
  rows: PageRow[];
  top: number;
  width: number;
  height: number;
  color: boolean;
  ambiguous: Ambiguous;
  highlight: Highlight | null;
  /** Marks a whole block (the selected quote) with a bar in the margin. */
  selectedTurn?: number;
}) {
  const { rows, top, width, height, color, ambiguous, highlight, selectedTurn } = props;
  const margin = width >= 4 ? 1 : 0;
  const inner = Math.max(0, width - margin);
  const lines = [];
  for (let i = 0; i < height; i++) {
    let row = rows[top + i];
    if (!row) {
      lines.push(<Text key={i}>{' '.repeat(width)}</Text>);
      continue;
    }
    if (highlight) row = markRow(row, highlight.ref, highlight.start, highlight.end, 'highlight');
    const bar = selectedTurn !== undefined && row.ref.turn === selectedTurn && row.start >= 0;
    lines.push(
      <Box key={i} width={width} height={1}>
        {margin ? <Text inverse={bar} color={color && bar ? 'magenta' : undefined}>{' '}</Text> : null}
        <StyledRow text={row.text} spans={row.spans} width={inner} color={color} ambiguous={ambiguous} />
      </Box>,
    );
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines}
    </Box>
  );
}

/** Percentage read: 100 when the last row is on screen. */
export function scrollPercent(top: number, height: number, total: number): number {
  if (total <= height) return 100;
  return Math.min(100, Math.round(((top + height) / total) * 100));
}
