import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { SEED_NAME, seedTranscript } from './fixtures.js';

const tick = () => new Promise<void>((r) => setImmediate(r));
afterEach(() => cleanup());

/**
 * QA finding: ctrl-y in the search line copied the selected hit, but its "copied …" confirmation
 * went to the status line, which the search line replaces — the user saw nothing happen.
 */
describe('copying from the search line', () => {
  it('ctrl-y confirms in the search panel', async () => {
    const { stdin, frames } = render(<App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color={false} />);
    // The clipboard write (OSC 52) goes to stdout too; frames are everything else.
    const lastFrame = () => frames.filter((f) => !f.startsWith('\x1b]52')).at(-1);
    await tick();
    for (const k of ['/', '芬太尼']) {
      stdin.write(k);
      await tick();
    }
    expect(lastFrame()).toContain('3 results');
    stdin.write('\x19');
    await tick();
    expect(frames.filter((f) => f.startsWith('\x1b]52;c;'))).toHaveLength(1);
    expect(lastFrame()).toMatch(/copied \d+ characters/);
    // Still in the search line: the query is there and the hits too.
    expect(lastFrame()).toContain('/芬太尼');
  });
});
