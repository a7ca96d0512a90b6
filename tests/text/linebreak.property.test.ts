import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakLines } from '../../src/text/linebreak.js';
import { ruleViolations } from './rules.js';

/** Pieces of Chinese text as it occurs, and the awkward things around it. */
const ATOMS = [
  // CJK, including astral ideographs
  ...'中国的科技创新不断突破人们想象一代代奋斗从未止步',
  '𠀀',
  '𠮷',
  'あ',
  '한',
  // Latin words and number runs
  'DeepSeek',
  'Inc',
  'a',
  'G',
  '5G',
  '2025',
  '7800',
  '3.5',
  '1,000',
  '10:30',
  '40%',
  // full-width and half-width punctuation, both kinds of quotes, dashes, ellipses
  ...'，。、；：？！）」』】〕〗》〉”’“‘「『（〔【《〈',
  ...',.;:?!)]}%([{',
  '——',
  '……',
  '—',
  '…',
  '·',
  '■',
  '─',
  // emoji: plain, skin tone, ZWJ family, flag, keycap, VS16
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇨🇳',
  '1️⃣',
  '❤️',
  // combining marks, with and without a base
  'e\u0301',
  'a\u0308\u0323',
  '\u0301',
  // spaces
  ' ',
  ' ',
  '  ',
];

const paragraph = fc.array(fc.constantFrom(...ATOMS), { minLength: 0, maxLength: 60 }).map((a) => a.join(''));
const width = fc.integer({ min: 1, max: 120 });
const narrowWidth = fc.integer({ min: 1, max: 12 });
const mode = fc.constantFrom('narrow' as const, 'wide' as const);

describe('breakLines properties (random CJK/Latin/punctuation/emoji/marks/spaces)', () => {
  it('keeps every rule at widths 1-120 in both ambiguous modes', () => {
    fc.assert(
      fc.property(paragraph, width, mode, (text, w, ambiguous) => {
        const lines = breakLines(text, w, { ambiguous });
        expect(ruleViolations(text, lines, w, ambiguous)).toEqual([]);
      }),
      { seed: 20250307, numRuns: 500 },
    );
  });

  it('keeps every rule at narrow widths, where conflicts are most frequent', () => {
    fc.assert(
      fc.property(paragraph, narrowWidth, mode, (text, w, ambiguous) => {
        const lines = breakLines(text, w, { ambiguous });
        expect(ruleViolations(text, lines, w, ambiguous)).toEqual([]);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('never lets spans change the breaks, and returns them clipped and line-relative', () => {
    const spans = fc.array(
      fc.tuple(fc.nat(200), fc.nat(40), fc.constantFrom('a', 'b')).map(([start, len, style]) => ({ start, end: start + len, style })),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(paragraph, width, spans, (text, w, ss) => {
        const plain = breakLines(text, w);
        const styled = breakLines(text, w, { spans: ss });
        expect(styled.map((l) => [l.start, l.end])).toEqual(plain.map((l) => [l.start, l.end]));
        for (const l of styled) {
          const expected = ss
            .map((s) => ({ start: Math.max(s.start, l.start) - l.start, end: Math.min(s.end, l.end) - l.start, style: s.style }))
            .filter((s) => s.start < s.end);
          expect(l.spans).toEqual(expected);
        }
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
