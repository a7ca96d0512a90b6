import { describe, expect, it } from 'vitest';
import { segments } from '../../src/ui/components/StyledRow.js';
import { paletteFor } from '../../src/ui/theme.js';

/**
 * QA finding: in the selected search result (drawn in inverse video) the matched characters were
 * inverse like the rest, so the match could not be seen. The selected row's looks are now decided
 * per run: everything inverted except the match.
 */
describe('the selected result row', () => {
  const text = '问 中美关系 路透社芬太尼为由';
  const spans = [
    { start: 0, end: 1, style: 'asker' as const },
    { start: 2, end: 6, style: 'dim' as const },
    { start: 7, end: 15, style: 'question' as const },
    { start: 10, end: 13, style: 'highlight' as const },
  ];

  for (const color of [true, false]) {
    it(`keeps the match visible (${color ? 'colour' : 'NO_COLOR'})`, () => {
      const segs = segments(text, spans, paletteFor(color), true);
      const match = segs.find((s) => s.text === '芬太尼')!;
      expect(match.look.inverse).toBeFalsy();
      for (const s of segs.filter((x) => x !== match)) expect(s.look.inverse).toBe(true);
      // Not only the absence of inverse marks it: bold and underline survive NO_COLOR.
      expect(match.look.underline).toBe(true);
    });
  }

  it('an unselected row is unchanged: only the match is inverse', () => {
    const segs = segments(text, spans, paletteFor(true));
    expect(segs.filter((s) => s.look.inverse).map((s) => s.text)).toEqual(['芬太尼']);
  });
});

describe('a quote found in no answer', () => {
  it('is labelled 金句 (where Enter takes it), not left blank', async () => {
    const { resultRow } = await import('../../src/ui/components/SearchPanel.js');
    const hit = {
      kind: 'quote' as const,
      topic: null,
      label: '',
      text: '台湾从来不是一个国家。',
      ranges: [[0, 2]] as [number, number][],
      score: 0,
      pos: null,
      length: 0,
    };
    const row = resultRow(hit, 80, { ambiguous: 'narrow', fullWidthPunctuation: true });
    expect(row.text).toMatch(/^引 金句 +台湾/);
  });
});

describe('the empty-result hint', () => {
  it('does not send the user to Tab when the scope is already "all"', async () => {
    const { emptyHint } = await import('../../src/ui/components/SearchPanel.js');
    expect(emptyHint({ query: '中美 芬太尼', scope: 'all' })).toMatch(/fewer words/);
    expect(emptyHint({ query: '中美 芬太尼', scope: 'all' })).not.toMatch(/Tab/);
    expect(emptyHint({ query: 'zzzz', scope: 'all' })).not.toMatch(/Tab/);
    expect(emptyHint({ query: '联合国', scope: 'quotes' })).toMatch(/Tab changes the scope/);
    expect(emptyHint({ query: ' ', scope: 'all' })).toMatch(/type to search/);
  });
});
