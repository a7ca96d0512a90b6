import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../src/layout/page.js';
import { repairsBlocks } from '../../src/ui/pages.js';
import { seedTranscript } from './fixtures.js';

/**
 * QA finding: on the repairs page (r) each entry hung its text after its own "line N kind: " label,
 * so at 60 columns some entries were indented 24 columns, others 29, others not at all (the label
 * was too wide to hang). Now one column of line numbers, and every entry hangs at the same place.
 */
describe('repairs page layout', () => {
  const repairs = seedTranscript().repairs;

  it('the seed has repairs of several kinds (the test means something)', () => {
    expect(new Set(repairs.map((r) => r.kind)).size).toBeGreaterThan(2);
  });

  for (const width of [34, 58, 78, 98]) {
    it(`every entry's text starts at one column at width ${width}`, () => {
      const rows = layoutPage(repairsBlocks(repairs), { width });
      const leads = new Set(rows.filter((r) => r.ref.turn >= 0 && r.ref.turn < repairs.length && r.start >= 0).map((r) => r.lead));
      expect(leads.size).toBe(1);
      // Nothing of an entry is lost: its kind and detail are all on the page.
      const text = rows.map((r) => r.text.slice(r.lead)).join('');
      for (const r of repairs.slice(0, 5)) expect(text.replace(/\s/g, '')).toContain(r.kind);
    });
  }
});
