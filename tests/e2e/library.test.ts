// `presser DIR` in a real pseudo-terminal read through a terminal emulator, as a new user meets
// it, at 100×30 and 60×20: the list by year, a filter, a transcript opened and left again, a
// search across the library opened at a hit, and the terminal restored on quitting.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, KEYS, ptyUnavailable, requireBuilt, spawnPresser } from '../helpers/pty.js';
import { backOutOfSearchAndQuit, expectInsideGrid, libraryOnDisk, selectedRow } from './library-screen.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const library = () => libraryOnDisk({ 'empty.txt': '' });

describe.skipIf(!!ptyUnavailable)('the library view (built CLI in a pty)', () => {
  beforeAll(() => requireBuilt());
  afterEach(() => disposeAll());

  for (const [cols, rows] of [
    [100, 30],
    [60, 20],
  ] as const) {
    it(`at ${cols}×${rows}: browse by year, filter, open and come back, search, open a hit, quit`, async () => {
      const { dir, env } = library();
      const s = spawnPresser([dir], { cols, rows, env });
      // Open, not only the rows the library knows while it opens: the skipped file is listed.
      await s.waitFor(/skipped 1 file/);
      expect(s.isAltScreen()).toBe(true);
      expect(s.screen()[0]).toMatch(/^ 2020 · 2/);
      expect(s.text()).toMatch(/undated/);
      expect(s.text()).toMatch(/skipped 1 file/);
      expectInsideGrid(s);

      s.press('2019');
      await s.waitFor(/filter: 2019/);
      expect(selectedRow(s)).toMatch(/^>2019-02-11/);
      expect(s.screen().filter((r) => /^[ >]\d{4}-\d\d-\d\d /.test(r))).toHaveLength(1);
      s.press(KEYS.enter);
      await s.waitFor(/外交部例行记者会 · 2019-02-11/);
      expectInsideGrid(s);
      // At once, without waiting for quiet: a key that comes while the reader is still mounting is its key.
      s.press(KEYS.backspace);
      await s.waitFor(/filter: 2019/);
      expect(selectedRow(s)).toMatch(/^>2019-02-11/);

      s.press(KEYS.esc);
      await s.waitFor(/6 transcripts/);
      s.press('/');
      await s.waitFor(/^\//m);
      s.press('一个中国原则');
      await s.waitFor(/hits? in 3 transcripts/);
      expectInsideGrid(s);
      s.press(KEYS.enter);
      await s.waitFor(/hit 1\/\d+ · n\/N/);
      expect(s.text()).toContain('一个中国原则');
      await backOutOfSearchAndQuit(s);
    }, 60_000);
  }
});
