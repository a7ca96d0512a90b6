// Suspend like less and vim: ctrl-z or SIGTSTP gives the terminal back (main screen, cursor
// shown, cooked mode, bracketed paste off) and stops; `fg` takes the screen back, redraws it in
// full, and keys work at once. Run under a shell with job control, as a user's shell would.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, ptyUnavailable, requireBuilt, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { seedTopics } from './topics.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

/**
 * A job-control shell (set -m) runs presser; when it stops, the shell reports the status and the
 * terminal's line settings, waits for a line, then brings presser back with fg.
 */
const JOB_CONTROL =
  'set -m; "$@"; printf "\\n[stopped %s] " "$?"; stty -a | tr -s " ;\\n" "\\n" | grep -E "^-?(icanon|echo|isig)$" | tr "\\n" " "; printf "[mark]\\n"; read -r line; fg; printf "\\n[exit %s]\\n" "$?"';
/** The same, with the shell putting the terminal back in cooked mode when the job stops, as bash does. */
const JOB_CONTROL_SANE = JOB_CONTROL.replace('read -r line;', 'stty sane; read -r line;');

const CTRL_Z = '\x1a';
/** Ends the shell's `read`: LF, which a terminal left in raw mode (after SIGSTOP) does not make of CR. */
const LINE = '\n';

describe.skipIf(!!ptyUnavailable)('suspend and continue in a pseudo-terminal', () => {
  let topics: ReturnType<typeof seedTopics>;
  const place = (i: number) => `${i}/${topics.length} ${topics[i - 1]!.label}`;
  beforeAll(() => {
    requireBuilt();
    topics = seedTopics();
  });
  afterEach(disposeAll);

  /** Starts presser under the job-control shell, on topic 1, and returns the settled screen. */
  async function onTopicOne(shell = JOB_CONTROL): Promise<{ s: PtySession; before: string[] }> {
    const s = spawnPresser([], { cols: 100, rows: 30, shell });
    await s.waitFor('? help');
    s.press(']');
    await s.waitFor(place(1));
    await s.settle(150);
    return { s, before: s.screen() };
  }

  /** After fg: the same screen, drawn again on the alternate screen, and keys act at once. */
  async function expectTakenBack(s: PtySession, before: string[]): Promise<void> {
    await s.waitFor((x) => x.isAltScreen() && !x.text().includes('[mark]') && x.text().includes(place(1)));
    await s.settle(150);
    expect(s.screen(), 'redrawn in full').toEqual(before);
    expect(s.cursorVisible).toBe(false);
    expect(s.term.modes.bracketedPasteMode).toBe(true);
    s.press(']');
    await s.waitFor(place(2));
    s.press('q');
    await s.waitFor('[exit 0]');
    expect(s.isAltScreen()).toBe(false);
  }

  function expectGivenBack(s: PtySession, status: number): void {
    const text = s.text();
    expect(text).toContain(`[stopped ${status}]`);
    const stty = text.slice(text.indexOf('[stopped')).split(/\s+/);
    expect(stty, 'cooked mode').toEqual(expect.arrayContaining(['icanon', 'echo', 'isig']));
  }

  it('ctrl-z: the shell gets the terminal back as it was; fg redraws and keys work', async () => {
    const { s, before } = await onTopicOne();
    s.press(CTRL_Z);
    await s.waitFor('[mark]');
    expect(s.isAltScreen(), 'main screen').toBe(false);
    expect(s.cursorVisible, 'cursor shown').toBe(true);
    expect(s.term.modes.bracketedPasteMode, 'bracketed paste off').toBe(false);
    expectGivenBack(s, 148); // stopped by SIGTSTP: 128 + 20
    expect(s.text(), 'no frame left on the main screen').not.toContain(place(1));
    s.press(LINE);
    await expectTakenBack(s, before);
  });

  it('kill -TSTP from outside: the same', async () => {
    const { s, before } = await onTopicOne();
    process.kill(await s.childPid(), 'SIGTSTP');
    await s.waitFor('[mark]');
    expect(s.isAltScreen()).toBe(false);
    expect(s.cursorVisible).toBe(true);
    expect(s.term.modes.bracketedPasteMode).toBe(false);
    expectGivenBack(s, 148);
    s.press(LINE);
    await expectTakenBack(s, before);
  });

  it('SIGSTOP, which cannot be caught: on continue the screen the shell wrote over is redrawn and raw mode is back', async () => {
    const { s, before } = await onTopicOne(JOB_CONTROL_SANE);
    process.kill(await s.childPid(), 'SIGSTOP');
    await s.waitFor('[mark]');
    expect(s.text()).toContain('[stopped 147]'); // 128 + 19, written over presser's screen
    s.press(LINE);
    await expectTakenBack(s, before);
  });

  it('where no shell can continue it (an orphaned process group), ctrl-z does not leave it stopped or the screen given away', async () => {
    // Started straight in the terminal, as a terminal window's program: the kernel discards the stop.
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor('? help');
    s.press(CTRL_Z);
    s.press(']');
    await s.waitFor(place(1));
    expect(s.isAltScreen()).toBe(true);
    expect(s.cursorVisible).toBe(false);
    s.press('q');
    expect((await waitExit(s)).exitCode).toBe(0);
  });
});
