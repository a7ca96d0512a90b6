import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { Transcript } from '../../transcript/model.js';
import type { Ambiguous } from '../../text/width.js';
import { truncate } from '../../text/truncate.js';
import { fitString } from '../fit.js';
import { pageCount, pageLabel, quotesPage } from '../pages.js';

/** First entry shown so that the selection stays visible, roughly centred. */
export function sidebarTop(selected: number, count: number, height: number): number {
  if (count <= height) return 0;
  return Math.max(0, Math.min(count - height, selected - Math.floor((height - 1) / 2)));
}

export interface SidebarProps {
  transcript: Transcript;
  selected: number;
  focused: boolean;
  width: number;
  height: number;
  color: boolean;
  ambiguous: Ambiguous;
}

/**
 * The topic list as `height` rows of exactly `width` columns: 0 the overview, 1..N the topics,
 * * the pull quotes. Rows, not a box, so the reader can put each one on the same line as its
 * own row (see App).
 */
export function sidebarRows(props: SidebarProps): ReactElement[] {
  const { transcript: t, selected, focused, width, height, color, ambiguous } = props;
  const count = pageCount(t);
  const digits = String(t.topics.length).length;
  const top = sidebarTop(selected, count, height);
  const rows: ReactElement[] = [];
  for (let i = 0; i < height; i++) {
    const page = top + i;
    if (page >= count) {
      rows.push(<Text key={`s${i}`}>{' '.repeat(width)}</Text>);
      continue;
    }
    const num = page === quotesPage(t) ? '*' : String(page);
    const isSel = page === selected;
    const text = fitString(truncate(`${isSel ? '>' : ' '}${num.padStart(digits)} ${pageLabel(t, page)}`, width, { ambiguous }), width, { ambiguous });
    rows.push(
      <Text
        key={`s${i}`}
        inverse={isSel && focused}
        bold={isSel}
        color={color && isSel && !focused ? 'cyan' : undefined}
        dimColor={color && page === 0 && !isSel}
      >
        {text}
      </Text>,
    );
  }
  return rows;
}

/** The topic list alone (a narrow terminal's chooser). Draws only. */
export function TopicSidebar(props: SidebarProps) {
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      {sidebarRows(props)}
    </Box>
  );
}
