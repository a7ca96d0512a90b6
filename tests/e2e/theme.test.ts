// The colour theme as a user meets it: the built CLI in a pseudo-terminal, the colours read back
// from the emulated screen. --theme, theme = in config.toml (the flag wins), auto from COLORFGBG,
// and NO_COLOR above all of them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, ptyUnavailable, requireBuilt, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const root = mkdtempSync(join(tmpdir(), 'presser-e2e-theme-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** xterm's numbers for the 16 named colours this test looks for. */
const CYAN = 6;
const BLUE = 4;

/** No colour hint from the environment the tests run in, unless the test gives one. */
const NEUTRAL = { COLORFGBG: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined };

function configWith(text: string): { XDG_CONFIG_HOME: string } {
  const dir = join(root, `config-${n++}`);
  mkdirSync(join(dir, 'presser'), { recursive: true });
  writeFileSync(join(dir, 'presser', 'config.toml'), text);
  return { XDG_CONFIG_HOME: dir };
}

/**
 * The foreground colour of the topic's heading: the first character drawn right of the sidebar's
 * bar on the top row, with a topic open (null: the terminal's default colour).
 */
async function headingColour(args: string[], env: Record<string, string | undefined>): Promise<number | null> {
  const s: PtySession = spawnPresser(args, { cols: 100, rows: 30, env: { ...NEUTRAL, ...env } });
  await s.waitFor(/\? help/);
  for (let i = 0; i < 6; i++) {
    s.press('1');
    try {
      await s.waitFor(/\b1\/\d+ /, 2000);
      break;
    } catch (e) {
      if (i === 5) throw e;
    }
  }
  await s.settle();
  const buf = s.term.buffer.active;
  const line = buf.getLine(buf.viewportY)!;
  let colour: number | null | undefined;
  let pastBar = false;
  for (let x = 0; x < s.term.cols && colour === undefined; x++) {
    const cell = line.getCell(x)!;
    if (!pastBar) pastBar = cell.getChars() === '|';
    else if (cell.getChars().trim() !== '') colour = cell.getFgColorMode() ? cell.getFgColor() : null;
  }
  s.press('q');
  expect((await waitExit(s)).exitCode).toBe(0);
  return colour ?? null;
}

describe.skipIf(!!ptyUnavailable)('colour themes in the reader', () => {
  beforeAll(requireBuilt);
  afterEach(disposeAll);

  it('dark by default (cyan headings), light with --theme light (blue headings)', async () => {
    expect(await headingColour([], {})).toBe(CYAN);
    expect(await headingColour(['--theme', 'light'], {})).toBe(BLUE);
  });

  it('theme = "light" in config.toml draws light; --theme dark on the command line wins over it', async () => {
    const config = configWith('theme = "light"\n');
    expect(await headingColour([], config)).toBe(BLUE);
    expect(await headingColour(['--theme', 'dark'], config)).toBe(CYAN);
  });

  it('auto follows COLORFGBG: a light background (0;15) draws light, a dark one (15;0) dark', async () => {
    expect(await headingColour(['--theme', 'auto'], { COLORFGBG: '0;15' })).toBe(BLUE);
    expect(await headingColour([], { COLORFGBG: '15;0' })).toBe(CYAN);
  });

  it('NO_COLOR wins over any theme: no colour at all', async () => {
    expect(await headingColour(['--theme', 'light'], { NO_COLOR: '1' })).toBeNull();
  });

  it('a theme that is not one: one line, exit 2, before the screen is taken', async () => {
    const s = spawnPresser(['--theme', 'purple'], { env: NEUTRAL });
    const exit = await waitExit(s);
    expect(exit.exitCode).toBe(2);
    expect(s.text()).toMatch(/--theme must be auto, light or dark, not "purple"/);
  });
});
