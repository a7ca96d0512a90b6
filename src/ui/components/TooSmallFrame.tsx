import { Box, Text } from 'ink';
import type { Ambiguous } from '../../text/width.js';
import { MIN_COLUMNS, MIN_ROWS } from '../geometry.js';
import { tooSmallLines } from '../tooSmall.js';
import type { Lang } from '../../i18n/strings.js';

/** Below the smallest usable size: a message instead of a garbled frame (the reader's and the library view's). */
export function TooSmallFrame({ columns, height, ambiguous, lang }: { columns: number; height: number; ambiguous: Ambiguous; lang?: Lang }) {
  const lines = tooSmallLines({ columns, height, rows: height + 1, minColumns: MIN_COLUMNS, minRows: MIN_ROWS, ambiguous, lang });
  return (
    <Box flexDirection="column" width={columns} height={height}>
      {Array.from({ length: height }, (_, i) => (
        <Text key={i}>{lines[i]}</Text>
      ))}
    </Box>
  );
}
