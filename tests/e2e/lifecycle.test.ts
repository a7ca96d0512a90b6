// The reader's way out, every way: the terminal must come back as it was (main screen, cursor
// shown, cooked mode) and the exit status must follow convention.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { disposeAll, KEYS, ptyUnavailable, requireBuilt, ROOT, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { seedTopics } from './topics.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

/** After the program, the same shell prints its exit status and the terminal's line settings. */
const REPORT_AFTER =
  '"$@"; code=$?; printf "\\n[exit %s] " "$code"; stty -a | tr -s " ;\\n" "\\n" | grep -E "^-?(icanon|echo|isig)$" | tr "\\n" " "; printf "[done]\\n"';

async function reportAfter(s: PtySession): Promise<{ code: number; stty: string }> {
  await s.waitFor('[done]');
  const text = s.text();
  const code = Number(/\[exit (\d+)\]/.exec(text)?.[1]);
  return { code, stty: text.slice(text.indexOf('[exit')) };
}

/** Cooked mode as stty prints it: canonical input, echo and signal keys all on again. */
function expectCooked(stty: string): void {
  expect(stty.split(/\s+/)).toEqual(expect.arrayContaining(['icanon', 'echo', 'isig']));
}

function expectRestored(s: PtySession): void {
  expect(s.isAltScreen(), 'left the alternate screen').toBe(false);
  expect(s.cursorVisible, 'cursor shown').toBe(true);
  expect(s.term.modes.bracketedPasteMode, 'bracketed paste off').toBe(false);
}

describe.skipIf(!!ptyUnavailable)('reader lifecycle in a pseudo-terminal', () => {
  let first: string;
  beforeAll(() => {
    requireBuilt();
    first = seedTopics()[0]!.label;
  });
  afterEach(disposeAll);

  it('runs on the alternate screen with the cursor hidden and bracketed paste on', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(first);
    expect(s.isAltScreen()).toBe(true);
    expect(s.cursorVisible).toBe(false);
    expect(s.term.modes.bracketedPasteMode).toBe(true);
    s.press('q');
    await waitExit(s);
  });

  it('q leaves the alternate screen, shows the cursor, restores cooked mode and exits 0', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30, shell: REPORT_AFTER });
    await s.waitFor(first);
    s.press('q');
    const { code, stty } = await reportAfter(s);
    expect(code).toBe(0);
    expectCooked(stty);
    expectRestored(s);
    // The reader's frames were drawn on the alternate screen, so none is left on the main one.
    expect(s.text()).not.toContain(first);
  });

  it('ctrl-c as a key exits 130 and restores the terminal', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30, shell: REPORT_AFTER });
    await s.waitFor(first);
    s.press(KEYS.ctrlC);
    const { code, stty } = await reportAfter(s);
    expect(code).toBe(130);
    expectCooked(stty);
    expectRestored(s);
  });

  for (const [signal, expected] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} exits ${expected} and restores the terminal`, async () => {
      const s = spawnPresser([], { cols: 100, rows: 30, shell: REPORT_AFTER });
      await s.waitFor(first);
      process.kill(await s.childPid(), signal);
      const { code, stty } = await reportAfter(s);
      expect(code).toBe(expected);
      expectCooked(stty);
      expectRestored(s);
    });
  }

  it('exit status seen directly (no shell) is the same code, not a death by signal', async () => {
    const s = spawnPresser([], { cols: 80, rows: 24 });
    await s.waitFor(first);
    s.kill('SIGTERM');
    const exit = await waitExit(s);
    expect(exit).toEqual({ exitCode: 143, signal: undefined });
    expectRestored(s);
  });

  for (const fault of ['exception', 'rejection'] as const) {
    it(`an uncaught ${fault} restores the screen, then prints one line and exits 1`, async () => {
      const cue = join(mkdtempSync(join(tmpdir(), 'presser-fault-')), 'now');
      const s = spawnPresser([], {
        cols: 100,
        rows: 30,
        shell: REPORT_AFTER,
        nodeArgs: ['--import', resolve(ROOT, 'tests/e2e/fixtures/throw-later.mjs')],
        env: { PRESSER_TEST_FAULT: fault, PRESSER_TEST_FAULT_CUE: cue, PRESSER_DEBUG: undefined },
      });
      await s.waitFor(first);
      writeFileSync(cue, '');
      const { code, stty } = await reportAfter(s);
      expect(code).toBe(1);
      expectCooked(stty);
      expectRestored(s);
      const text = s.text();
      expect(text).toMatch(/presser: .*simulated (fault|rejection)/);
      expect(text).not.toContain('second line');
      expect(text).not.toMatch(/\n\s+at /); // no stack trace
      // The message was printed after the screen switch, so it is on the main screen.
      expect(s.output.lastIndexOf('simulated')).toBeGreaterThan(s.output.lastIndexOf('\x1b[?1049l'));
    });
  }
});
