// The timeline of a library search in a real pseudo-terminal read through a terminal emulator,
// at 60×20 and 200×50: ctrl-t in the search shows bars per period, s splits them by answerer with
// a legend, Enter lists a period's hits and opens one at the sentence, Backspace and Esc come
// back step by step; and `presser trend` on a terminal: coloured bars, none under NO_COLOR.
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cellLook, disposeAll, KEYS, ptyUnavailable, requireBuilt, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { backOutOfSearchAndQuit, expectInsideGrid, libraryOnDisk, selectedRow } from './library-screen.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const CTRL_T = '\x14';

const library = () => libraryOnDisk();

/** The colours of the cells that draw a bar (fill characters), as cellLook reports them. */
function barLooks(s: PtySession): string[] {
  const looks: string[] = [];
  s.screen().forEach((row, y) => {
    let x = 0;
    for (const ch of row) {
      if ('█▓▒░'.includes(ch)) looks.push(cellLook(s.term, x, y));
      x += stringWidth(ch);
    }
  });
  return looks;
}

describe.skipIf(!!ptyUnavailable)('the timeline of a library search (built CLI in a pty)', () => {
  beforeAll(() => requireBuilt());
  afterEach(() => disposeAll());

  for (const [cols, rows] of [
    [60, 20],
    [200, 50],
  ] as const) {
    it(`at ${cols}×${rows}: bars per month, split by answerer, a period's hits, open one, back`, async () => {
      const { dir, env } = library();
      const s = spawnPresser([dir], { cols, rows, env });
      await s.waitFor(/6 transcripts/);
      s.press('/');
      await s.waitFor(/^\//m);
      s.press('一个中国原则');
      await s.waitFor(/hits? in 3 transcripts/);
      s.press(CTRL_T);
      await s.waitFor(/3 exchanges · first 2019-02-11 · last 2020-04-03/);
      expectInsideGrid(s);
      expect(s.screen()[0]).toMatch(/^ 一个中国原则 — exchanges per month/);
      // From the first use to the last, every month a row, the empty ones too.
      const bars = s.screen().filter((r) => /^[ >]\d{4}-\d\d (█|0)/.test(r));
      expect(bars, s.dump()).toHaveLength(15);
      expect(bars[0]).toMatch(/^>2019-02 █+ 1$/);
      expect(bars[1]).toMatch(/^ 2019-03 0$/);
      expect(bars.at(-1)).toMatch(/^ 2020-04 █+ 1$/);
      expect(s.text()).toMatch(/^ 2019-02 · 1 exchange · Enter its hits/m);
      // Colour is on in a terminal: the bars have a foreground colour.
      expect(barLooks(s).every((look) => /fg\d/.test(look))).toBe(true);

      // Help from the timeline starts with the timeline's keys (the page is taller than 20 rows).
      s.press('?');
      await s.waitFor(/Library keys/);
      expect(s.text()).toMatch(/^ s +\(timeline\) split the bars by answerer/m);
      expect(s.text()).toMatch(/^ Enter +\(timeline\) list the period's hits/m);
      s.press(KEYS.esc);
      await s.waitFor(/exchanges · first/);

      s.press('s');
      await s.waitFor(/█ (华春莹|耿爽)/);
      expect(s.screen()[0]).toMatch(/by answerer/);
      expectInsideGrid(s);

      s.press('G');
      await s.waitFor((x) => selectedRow(x).startsWith('>2020-04'));
      s.press(KEYS.enter);
      await s.waitFor(/^ 2020-04 · 一个中国原则 in 1 exchange/m);
      expect(s.text()).toMatch(/2020-04-03 +2020年4月3日外交部发言人华春莹主持例行记者会/);
      expectInsideGrid(s);
      s.press(KEYS.enter);
      await s.waitFor(/hit 1\/\d+ · n\/N/);
      expect(s.text()).toContain('一个中国原则不容挑战');
      s.press(KEYS.backspace);
      await s.waitFor(/^ 2020-04 · 一个中国原则 in 1 exchange/m);
      s.press(KEYS.esc);
      await s.waitFor(/^ 2020-04 · 1 exchange · Enter its hits/m);
      await backOutOfSearchAndQuit(s);
    }, 90_000);
  }

  it('NO_COLOR: the timeline draws its bars without colour', async () => {
    const { dir, env } = library();
    const s = spawnPresser([dir], { cols: 80, rows: 24, env: { ...env, NO_COLOR: '1' } });
    await s.waitFor(/6 transcripts/);
    s.press('/');
    s.press('芬太尼');
    await s.waitFor(/hits? in \d transcripts/);
    s.press(CTRL_T);
    await s.waitFor(/exchanges · first/);
    const looks = barLooks(s);
    expect(looks.length).toBeGreaterThan(0);
    expect(looks.filter((l) => /fg\d/.test(l) && !l.includes('i'))).toEqual([]);
    s.press(KEYS.ctrlC);
    await waitExit(s);
  }, 60_000);

  it('presser trend on a terminal: coloured bars; NO_COLOR turns the colour off', async () => {
    const { dir, env } = library();
    const coloured = spawnPresser(['trend', '一个中国原则', dir, '--by', 'year', '--split', 'speaker'], { cols: 80, rows: 24, env });
    expect((await waitExit(coloured)).exitCode).toBe(0);
    expect(coloured.output).toMatch(/\x1b\[36m█+\x1b\[39m/);
    const plain = spawnPresser(['trend', '一个中国原则', dir, '--by', 'year', '--split', 'speaker'], { cols: 80, rows: 24, env: { ...env, NO_COLOR: '1' } });
    expect((await waitExit(plain)).exitCode).toBe(0);
    expect(plain.output).not.toMatch(/\x1b\[3\dm/);
    expect(plain.text()).toMatch(/^2020 [█▓]+ 2$/m);
  }, 60_000);
});
