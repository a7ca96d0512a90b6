import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CharIndex, type Postings } from '../../src/search/charindex.js';

/** The straightforward index: every unit's code points, one by one, into a Map of lists. */
function reference(norms: readonly string[]): Map<number, Postings> {
  const lists = new Map<number, number[]>();
  norms.forEach((s, id) => {
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let list = lists.get(cp);
      if (!list) lists.set(cp, (list = []));
      if (list[list.length - 1] !== id) list.push(id);
    }
  });
  return new Map([...lists].map(([cp, list]) => [cp, Int32Array.from(list)]));
}

// Characters that meet the index's edge cases: its "\n" separator, lone and paired surrogates
// (a lone high or low half next to a pair), astral Han and emoji, and plain BMP text.
const PIECES = ['a', 'b', '芬', '太', '尼', '，', '\n', ' ', '\ud842', '\udfb7', '\ud83d', '\ude00', '𠮷', '😀', '\ud842\ud842', '\udfb7\udfb7'];
const piece = fc.constantFrom(...PIECES);
const norms = fc.array(fc.string({ unit: piece, maxLength: 12 }), { maxLength: 12 });
/** Every code point the strings hold, and some they do not. */
const probes = (ss: readonly string[]) => [...new Set([...ss.join(''), ...PIECES.join(''), 'z', '\n', '\ud800', '\udc00'].map((c) => c.codePointAt(0)!))];

describe('CharIndex, its lists scanned for one by one or filled all at once', () => {
  it('gives the same postings as the straightforward index, lone surrogates and astral characters included', () => {
    fc.assert(
      fc.property(norms, fc.boolean(), fc.constantFrom('lazy', 'filled', 'filled after some'), (ss, lookUpTwice, how) => {
        const want = reference(ss);
        const index = new CharIndex(ss.map((norm) => ({ norm })));
        if (how === 'filled after some') for (const cp of probes(ss).slice(0, 3)) index.get(cp);
        if (how !== 'lazy') index.fill();
        for (const cp of probes(ss)) {
          const got = index.get(cp);
          expect(got && [...got], `U+${cp.toString(16)}`).toEqual(want.has(cp) ? [...want.get(cp)!] : undefined);
          expect(index.has(cp)).toBe(want.has(cp));
          if (lookUpTwice) expect(index.get(cp)).toBe(got);
        }
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('agrees on random binary strings too', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 8 }), fc.boolean(), (ss, filled) => {
        const want = reference(ss);
        const index = new CharIndex(ss.map((norm) => ({ norm })));
        if (filled) index.fill();
        for (const cp of probes(ss)) expect(index.get(cp) && [...index.get(cp)!]).toEqual(want.has(cp) ? [...want.get(cp)!] : undefined);
      }),
      { seed: 12, numRuns: 500 },
    );
  });

  it('finds nothing in no units', () => {
    expect(new CharIndex([]).get('a'.codePointAt(0)!)).toBeUndefined();
    const filled = new CharIndex([]);
    filled.fill();
    expect(filled.has('a'.codePointAt(0)!)).toBe(false);
  });
});
