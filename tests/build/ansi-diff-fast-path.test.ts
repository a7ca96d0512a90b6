// The bundle patches Ink's style diff with a fast path for identical styles (scripts/shims/
// ansi-diff.mjs); it must only ever skip work whose answer is "no codes".
import { diffAnsiCodes, reduceAnsiCodes, tokenize } from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, used by scripts/build.mjs
import { patchDiffSource, sameCodes } from '../../scripts/shims/ansi-diff.mjs';

type Code = ReturnType<typeof reduceAnsiCodes>[number];
const same = sameCodes as (a: Code[], b: Code[]) => boolean;
const SGR = ['\x1b[1m', '\x1b[2m', '\x1b[22m', '\x1b[3m', '\x1b[4m', '\x1b[7m', '\x1b[27m', '\x1b[36m', '\x1b[39m', '\x1b[38;5;12m', '\x1b[44m', '\x1b[49m', '\x1b[0m'];

/** The reduced style after a sequence of SGR codes, as Ink's cells carry it. */
function styleOf(codes: string[]): Code[] {
  const tokens = tokenize(codes.join('') + 'x').filter((t) => t.type === 'ansi');
  return reduceAnsiCodes(tokens as Code[]);
}

describe('ansi diff fast path', () => {
  it('is taken only where the full diff gives no codes', () => {
    const style = fc.array(fc.constantFrom(...SGR), { maxLength: 6 }).map(styleOf);
    fc.assert(
      fc.property(style, style, fc.boolean(), (a, b, copy) => {
        const to = copy ? a.map((c) => ({ ...c })) : b;
        if (same(a, to)) expect(diffAnsiCodes(a, to)).toEqual([]);
        else expect(same(a, to)).toBe(false);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('recognises equal styles held in different arrays (each cell has its own copy)', () => {
    const a = styleOf(['\x1b[1m', '\x1b[36m']);
    expect(same(a, a.map((c) => ({ ...c })))).toBe(true);
    expect(same(a, styleOf(['\x1b[1m']))).toBe(false);
    expect(same([], [])).toBe(true);
  });

  it('refuses to patch a diff.js it does not recognise', () => {
    expect(() => (patchDiffSource as (s: string, p: string) => string)('export function other() {}', 'diff.js')).toThrow(/changed/);
  });
});
