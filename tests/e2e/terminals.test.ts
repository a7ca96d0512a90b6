// Odd terminals and odd plumbing: transcript on stdin with keys from /dev/tty, no terminal at
// all, piped stdout, TERM=dumb, NO_COLOR, and sizes down to 1×1.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, disposeAll, ptyUnavailable, requireBuilt, ROOT, spawnPresser, waitExit } from '../helpers/pty.js';
import { seedTopics } from './topics.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const SEED = resolve(ROOT, 'data/2025-03-07-wang-yi-press-conference.txt');

/** SGR parameters that select a colour: 30–38, 40–48, 90–97, 100–107 (39/49 only reset one). */
function colourCodes(stream: string): string[] {
  const found: string[] = [];
  for (const m of stream.matchAll(/\x1b\[([0-9;:]*)m/g)) {
    const params = (m[1] ?? '').split(/[;:]/).map(Number);
    for (let i = 0; i < params.length; i++) {
      const p = params[i]!;
      if (p === 38 || p === 48) {
        found.push(m[0]);
        break; // the rest are the colour's own arguments
      }
      if ((p >= 30 && p <= 37) || (p >= 40 && p <= 47) || (p >= 90 && p <= 97) || (p >= 100 && p <= 107)) found.push(m[0]);
    }
  }
  return found;
}

describe('piped stdout (no pseudo-terminal)', () => {
  beforeAll(requireBuilt);

  it('prints the whole transcript as plain text with no escape codes', () => {
    const r = spawnSync(process.execPath, [BIN], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\x1b\x9b]/);
    for (const t of seedTopics()) expect(r.stdout).toContain(t.headline.split(' ')[0]);
  });
});

describe.skipIf(!!ptyUnavailable)('odd terminals in a pseudo-terminal', () => {
  let first: string;
  beforeAll(() => {
    requireBuilt();
    first = seedTopics()[0]!.label;
  });
  afterEach(disposeAll);

  it('`presser -` reads the transcript from stdin and keys from the terminal', async () => {
    const s = spawnPresser(['-'], { cols: 100, rows: 30, shell: 'exec "$@" < "$SEED"', env: { SEED } });
    await s.waitFor(first);
    expect(s.isAltScreen()).toBe(true);
    s.press('q');
    expect((await waitExit(s)).exitCode).toBe(0);
    expect(s.isAltScreen()).toBe(false);
    expect(s.cursorVisible).toBe(true);
  });

  it('`presser -` with no terminal to read keys from: one clear line, exit 2, screen untouched', async () => {
    // setsid: a new session has no controlling terminal, though stdout is still the pty.
    const s = spawnPresser(['-'], { cols: 100, rows: 30, shell: 'exec setsid -w "$@" < "$SEED"', env: { SEED } });
    const exit = await waitExit(s);
    expect(exit.exitCode).toBe(2);
    const lines = s.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^presser: cannot read keys/);
    expect(s.output).not.toContain('\x1b[?1049h');
  });

  it('TERM=dumb prints the plain text instead of starting the full-screen reader', async () => {
    // The status comes after the text through the same pty, so once it is read the text is all
    // read: node-pty drops what is unread 200 ms after the program exits, which a busy machine can miss.
    const s = spawnPresser([], { cols: 80, rows: 24, env: { TERM: 'dumb' }, shell: '"$@"; printf "\\n[exit %s]\\n" "$?"' });
    await s.waitFor((x) => /\[exit \d+\]/.test(x.output));
    const output = s.output.slice(0, s.output.lastIndexOf('[exit'));
    expect(/\[exit (\d+)\]/.exec(s.output)?.[1]).toBe('0');
    expect(output).not.toContain('\x1b');
    expect(output).toContain(seedTopics().at(-1)!.headline.split(' ')[0]);
  });

  it('NO_COLOR=1: no colour codes in the output stream, only attributes (bold, dim, inverse, resets)', async () => {
    const session = async (noColor: string | undefined) => {
      const s = spawnPresser([], { cols: 100, rows: 30, env: { NO_COLOR: noColor } });
      await s.waitFor(first);
      for (const k of [']', ']', 'j', ' ', '3', '?', 'q']) {
        s.press(k);
        await s.settle(40);
      }
      if (!s.exit) s.press('q');
      await waitExit(s);
      return colourCodes(s.output);
    };
    const [plain, coloured] = await Promise.all([session('1'), session(undefined)]);
    expect(plain).toEqual([]);
    // The same keys without NO_COLOR do draw in colour, so the check above can fail.
    expect(coloured.length).toBeGreaterThan(0);
  });

  // The smallest sizes must not crash, must write nothing past the right edge, and must show
  // something (a "too small" note or a cut-down layout); q must still quit.
  for (const [cols, rows] of [
    [1, 1],
    [2, 2],
    [5, 3],
    [10, 4],
    [20, 5],
    [20, 6],
  ] as const) {
    it(`${cols}×${rows}: draws something inside the grid and quits on q`, async () => {
      const s = spawnPresser([], { cols, rows });
      await s.waitFor((x) => x.text().trim().length > 0 && x.isAltScreen());
      await s.settle(100);
      expect(s.exit, s.output).toBeUndefined();
      expect(s.wrappedRows(), s.dump()).toEqual([]);
      s.press('q');
      expect((await waitExit(s)).exitCode).toBe(0);
      expect(s.isAltScreen()).toBe(false);
    });
  }
});
