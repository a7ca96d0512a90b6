import { Box, Text } from 'ink';
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

/** The topic list: 0 the overview, 1..N the topics, * the pull quotes. Draws only. */
export function TopicSidebar(props: { transcript: Transcript; selected: number; focused: boolean; width: number; height: number; color: boolean; ambiguous: Ambiguous }) {
  const { transcript: t, selected, focused, width, height, color, ambiguous } = props;
  const count = pageCount(t);
  const digits = String(t.topics.length).length;
  const top = sidebarTop(selected, count, height);
  const lines = [];
  for (let i = 0; i < height; i++) {
    const page = top + i;
    if (page >= count) {
      lines.push(<Text key={i}>{' '.repeat(width)}</Text>);
      continue;
    }
    const num = page === quotesPage(t) ? '*' : String(page);
    const isSel = page === selected;
    const text = fitString(truncate(`${isSel ? '>' : ' '}${num.padStart(digits)} ${pageLabel(t, page)}`, width, { ambiguous }), width, { ambiguous });
    lines.push(
      <Text key={i} inverse={isSel && focused} bold={isSel} color={color && isSel && !focused ? 'cyan' : undefined} dimColor={color && page === 0 && !isSel}>
        {text}
      </Text>,
    );
  }
  return (
    <Box flexDirection="column" width={width} height={height}>
      {lines}
    </Box>
  );
}
