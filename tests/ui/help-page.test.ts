import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../src/layout/page.js';
import { helpBlocks } from '../../src/ui/pages.js';
import { KEYMAP, keysLabel, READER_MODES } from '../../src/ui/keymap.js';
import { LayoutCache } from '../../src/ui/layoutCache.js';
import { smallTranscript } from './fixtures.js';

/**
 * QA finding: at 40×12 the help screen kept a 24-column key column that could not hang, so each
 * description started after 20 spaces and wrapped back to column 0 ("sidebar: next / topic ·
 * reader: …"). On a narrow screen each key now gets its own line, the description indented below.
 */
describe('help page at narrow widths', () => {
  const rowsAt = (width: number) => new LayoutCache(smallTranscript()).rows('help', { width, ambiguous: 'narrow', fullWidthPunctuation: false });

  for (const width of [18, 30, 38, 46]) {
    it(`at width ${width} no description row starts at column 0 and no row has a run of padding`, () => {
      const rows = rowsAt(width);
      // Rows of text that are not a key label (a label may itself wrap on a very narrow screen).
      // The reader's help lists the reader's keys (the library view has its own).
      const keymap = KEYMAP.filter((b) => b.modes.some((m) => READER_MODES.includes(m)));
      const labels = keymap.map(keysLabel).join(' ');
      const descriptionRows = rows.filter((r) => r.start >= 0 && r.ref.turn >= 0 && r.ref.para >= 0 && !labels.includes(r.text.trim()));
      expect(descriptionRows.length).toBeGreaterThan(keymap.length);
      for (const r of descriptionRows) expect(r.text.startsWith(' ')).toBe(true);
      for (const r of rows) expect(r.text.trimEnd()).not.toMatch(/\S {6,}\S/);
    });
  }

  it('where there is room, keys and descriptions share a row', () => {
    const rows = layoutPage(helpBlocks(98), { width: 98 });
    const first = rows.find((r) => r.ref.turn === 0 && r.start >= 0)!;
    expect(first.text).toMatch(/^j ↓ +sidebar: next topic/);
  });
});
