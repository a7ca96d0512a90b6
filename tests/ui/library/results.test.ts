import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../src/ui/library/results.js';

describe('the library search summary', () => {
  it('ends with the last year, or with the count when no year has a hit (no dangling separator)', () => {
    const none = { groups: [], hits: 0, years: [], partial: { searched: 200, of: 272 } };
    for (const lang of ['en', 'zh'] as const) {
      const text = summaryText(none, lang);
      expect(text).not.toMatch(/·\s*$/u);
      expect(text).toMatch(/200/u);
    }
    const some = { groups: [], hits: 3, years: [{ year: '2019', hits: 3, transcripts: 2 }] };
    expect(summaryText(some, 'en')).toMatch(/ · 2019: 3 in 2$/u);
  });
});
