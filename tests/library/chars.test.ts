import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedCodePoints } from '../../src/library/chars.js';
import { foldText } from '../../src/search/normalize.js';

/** What the character index must hold: every code point of the folded texts. */
function reference(texts: string[]): number[] {
  const seen = new Set<number>();
  for (const t of texts) for (const ch of foldText(t)) seen.add(ch.codePointAt(0)!);
  return [...seen].sort((a, b) => a - b);
}

describe('the characters a transcript is found by', () => {
  // Capitals, full-width forms, curly quotes, the ideographic space and full stop, astral
  // capitals and ideographs, lone surrogates of either half.
  const unit = fc.oneof(
    fc.constantFrom('A', 'z', 'Ｆ', '１', '“', '”', '‘', '’', '\u3000', '。', '｡', 'É', 'Σ', '中', '芬', '𝐀', '𐐀', '𠀀', '\ud800', '\udc00', ' ', '：'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  const text = fc.array(unit, { maxLength: 20 }).map((u) => u.join(''));

  it('are the code points of the folded texts, sorted', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        expect(Array.from(foldedCodePoints(texts))).toEqual(reference(texts));
      }),
      { numRuns: 500 },
    );
  });
});
