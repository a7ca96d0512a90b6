import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { openTranscript } from '../../src/transcript/open.js';
import { displayWidth } from '../../src/text/width.js';

const dir = join(process.cwd(), '..', 'shared', 'corpus');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
const tick = () => new Promise<void>((r) => setImmediate(r));
afterEach(() => cleanup());

describe.skipIf(!existsSync(dir))('the reader on the other real layouts', () => {
  it.each(files)('%s: every page at 100×30 and 34×12 stays inside the frame', async (file) => {
    const { transcript } = openTranscript(join(dir, file));
    const { stdin, stdout, lastFrame } = render(<App transcript={transcript} name={file} ambiguous="narrow" color={false} />);
    for (const [columns, rows] of [
      [100, 30],
      [34, 12],
    ] as const) {
      Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
      Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
      stdout.emit('resize');
      await tick();
      stdin.write('0');
      await tick();
      // The overview and the first topics: enough to meet each file's shapes, and fast.
      const pages = Math.min(transcript.topics.length + 2, 8);
      for (let page = 0; page < pages; page++) {
        for (const key of [']', 'G']) {
          stdin.write(key);
          await tick();
          const lines = (lastFrame() ?? '').split('\n');
          expect(lines.length).toBeLessThanOrEqual(rows - 1);
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
        }
      }
    }
  });
});
