import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { Transcript } from '../../transcript/model.js';
import type { Ambiguous } from '../../text/width.js';
import type { Lang } from '../../i18n/strings.js';
import { sidebarLines, sidebarLook } from '../sidebarLines.js';
import type { Palette } from '../theme.js';

export { sidebarTop } from '../sidebarLines.js';

export interface SidebarProps {
  transcript: Transcript;
  selected: number;
  focused: boolean;
  width: number;
  height: number;
  palette: Palette;
  ambiguous: Ambiguous;
  lang?: Lang;
}

/**
 * The topic list as `height` rows of exactly `width` columns: 0 the overview, 1..N the topics,
 * * the pull quotes. Rows, not a box, so the reader can put each one on the same line as its
 * own row (see App).
 */
export function sidebarRows(props: SidebarProps): ReactElement[] {
  const { transcript: t, selected, focused, palette } = props;
  return sidebarLines(t, props).map((line, i) => (
    <Text key={`s${i}`} {...sidebarLook(line, selected, focused, palette)}>
      {line.text}
    </Text>
  ));
}

/** The topic list alone (a narrow terminal's chooser). Draws only. */
export function TopicSidebar(props: SidebarProps) {
  return (
    <Box flexDirection="column" width={props.width} height={props.height}>
      {sidebarRows(props)}
    </Box>
  );
}
