// A paste is text, never keys: with bracketed paste on (the reader turns it on), a multi-line
// paste into the search line becomes one line of text, and a paste anywhere else runs nothing.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, KEYS, ptyUnavailable, requireBuilt, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { seedTopics } from './topics.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

/** The row the search line is drawn on: the last row of the frame (the root is rows - 1 high). */
const lastFrameRow = (s: PtySession) => s.screen()[s.term.rows - 2] ?? '';

describe.skipIf(!!ptyUnavailable)('bracketed paste in a pseudo-terminal', () => {
  let first: string;
  beforeAll(() => {
    requireBuilt();
    first = seedTopics()[0]!.label;
  });
  afterEach(disposeAll);

  it('/ then a paste of "芬太尼⏎中美 G q": presser keeps running, the search line holds the text', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(first);
    s.press('/');
    await s.waitFor((x) => lastFrameRow(x).startsWith('/'));
    s.paste('芬太尼\n中美 G q');
    await s.waitFor((x) => lastFrameRow(x).includes('芬太尼 中美 G q'));
    await s.settle(200);
    expect(s.exit, 'the pasted q did not quit').toBeUndefined();
    expect(s.isAltScreen()).toBe(true);
    // The newline did not open a result: still in the search line, text and all.
    expect(lastFrameRow(s)).toMatch(/^\/芬太尼 中美 G q/);
    // And typing goes on after the paste.
    s.press(KEYS.backspace);
    await s.waitFor((x) => lastFrameRow(x).startsWith('/芬太尼 中美 G ') && !lastFrameRow(x).includes('G q'));
    s.press(KEYS.esc);
    await s.settle(100);
    s.press('q');
    expect((await waitExit(s)).exitCode).toBe(0);
  });

  it('a paste in the reader runs no command: no quit, no jump, and a word on where pastes go', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor('? help'); // Ink's first frame, after the first paint
    await s.settle(200);
    const before = s.screen().slice(0, -2);
    s.paste('q\nG ]]] 3\n');
    await s.waitFor('a paste goes into the search line');
    await s.settle(200);
    expect(s.exit).toBeUndefined();
    expect(s.screen().slice(0, -2)).toEqual(before);
    s.press('q');
    expect((await waitExit(s)).exitCode).toBe(0);
  });

  it('a paste with escape sequences in it types only its text', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(first);
    s.press('/');
    await s.waitFor((x) => lastFrameRow(x).startsWith('/'));
    s.paste('中美\x1b[31m关系\x1b[0m\tq');
    await s.waitFor((x) => lastFrameRow(x).includes('中美关系 q'));
    expect(lastFrameRow(s)).not.toContain('[31m');
    expect(s.exit).toBeUndefined();
    s.press(KEYS.ctrlC);
    expect((await waitExit(s)).exitCode).toBe(130);
  });

  it('a stray escape sequence typed as keys (coloured text pasted where bracketed paste is off) crashes nothing', async () => {
    // Ink 6.8 read ESC[31m as a ctrl key without a name and threw (scripts/shims/ink-use-input.mjs).
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(first);
    s.press('\x1b[31m');
    s.press('\x1b[0m');
    s.press(']');
    await s.waitFor(`1/${seedTopics().length} ${first}`);
    expect(s.exit).toBeUndefined();
    s.press('q');
    expect((await waitExit(s)).exitCode).toBe(0);
  });
});
