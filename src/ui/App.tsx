import { Box, Text, useApp, useInput } from 'ink';
import { useState } from 'react';
import type { Transcript } from '../transcript/model.js';

/** PLACEHOLDER reader: the reader issue replaces this with the real layout. */
export function App({ transcript }: { transcript: Transcript }) {
  const { exit } = useApp();
  const [sel, setSel] = useState(0);
  useInput((input, key) => {
    if (input === 'q') exit();
    if (input === ']' || key.downArrow) setSel((s) => Math.min(transcript.topics.length - 1, s + 1));
    if (input === '[' || key.upArrow) setSel((s) => Math.max(0, s - 1));
  });
  return (
    <Box flexDirection="column">
      {transcript.topics.map((t, i) => (
        <Text key={t.id} inverse={i === sel}>
          {t.id} {t.label}
        </Text>
      ))}
    </Box>
  );
}
