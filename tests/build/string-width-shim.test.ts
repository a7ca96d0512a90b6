// The bundle measures text with scripts/shims/string-width.mjs instead of string-width (faster on
// CJK); it must give exactly the same widths, or Ink would misplace columns.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, bundled in place of string-width
import shimStringWidth from '../../scripts/shims/string-width.mjs';

const shim = shimStringWidth as typeof realStringWidth;
const SEED = 'data/2025-03-07-wang-yi-press-conference.txt';

// Characters near every edge of the fast path, plus ones that must take the slow one.
const EDGES = [
  0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0xa9, 0xad, 0xae, 0xb7, 0xff, 0x100, 0x300, 0x301, 0x200b, 0x200d, 0x2010, 0x2014, 0x2018, 0x201c, 0x2026, 0x2027, 0x2028,
  0x2030, 0x203b, 0x203c, 0x2049, 0x2e80, 0x3000, 0x3001, 0x3029, 0x302a, 0x302f, 0x3030, 0x3031, 0x303c, 0x303d, 0x303e, 0x303f, 0x3040, 0x3041, 0x218f,
  0x2190, 0x2192, 0x2193, 0x2194, 0x2199, 0x21a9, 0x2500, 0x2502, 0x257f, 0x2580, 0x25a0, 0x25a9, 0x25aa, 0x25ab, 0x25ac, 0x25b5, 0x25b6, 0x25b7, 0x25bf,
  0x25c0, 0x25c1, 0x25fa, 0x25fb, 0x25fe, 0x25ff, 0x3096, 0x3099, 0x309a, 0x309b, 0x30ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xfe0f, 0xff01, 0xff60,
  0xff61, 0xff9e, 0xffe0, 0xffe6, 0xffe7,
].map((c) => String.fromCharCode(c));
const EXTRA = ['😀', '👩‍👩‍👧', '1️⃣', '\u1100\u1161', 'e\u0301', '\t', '\n', '한', 'ｶﾞ', '©️', '〰️'];
// Escapes, whole and cut short: SGR takes the fast path, anything else the real one.
const ESCAPES = [
  '\x1b[31m',
  '\x1b[0m',
  '\x1b[38;5;12m',
  '\x1b[38:2:1:2:3m',
  '\x1b[m',
  '\x1b[',
  '\x1b[3',
  '\x1b',
  '\x1b]0;t\x07',
  '\x1b[2J',
  '\x9b31m',
  '\x1b[?25l',
];

describe('string-width shim', () => {
  it('agrees with string-width on every line of the seed, both ambiguous-width modes', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    for (const line of lines) {
      expect(shim(line)).toBe(realStringWidth(line));
      expect(shim(line, { ambiguousIsNarrow: false })).toBe(realStringWidth(line, { ambiguousIsNarrow: false }));
    }
  });

  it('agrees with string-width on strings built from edge characters, emoji, marks and escapes', () => {
    const piece = fc.oneof(
      fc.constantFrom(...EDGES, ...EXTRA, ...ESCAPES),
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.boolean(), fc.boolean(), (parts, narrow, countAnsi) => {
        const s = parts.join('');
        const opts = { ambiguousIsNarrow: narrow, countAnsiEscapeCodes: countAnsi };
        expect(shim(s, opts)).toBe(realStringWidth(s, opts));
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});
