// The bundle patches @alcalzone/ansi-tokenize (scripts/shims/ansi-tokenize.mjs) to make Ink's
// frames cheaper. This bundles the package with the same patch and checks that it still gives
// exactly the original's answers on random styled text.
import * as original from '@alcalzone/ansi-tokenize';
import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without types, used by scripts/build.mjs
import { ansiTokenizePatches, sameCodes } from '../../scripts/shims/ansi-tokenize.mjs';

type Module = typeof original;
let patched: Module;

beforeAll(async () => {
  const out = await build({
    stdin: { contents: "export * from '@alcalzone/ansi-tokenize';", resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    plugins: [ansiTokenizePatches],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  expect(code).toContain('presserSameCodes');
  patched = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Module;
});

const SGR = [
  '\x1b[1m',
  '\x1b[2m',
  '\x1b[22m',
  '\x1b[3m',
  '\x1b[4m',
  '\x1b[7m',
  '\x1b[27m',
  '\x1b[36m',
  '\x1b[39m',
  '\x1b[38;5;12m',
  '\x1b[44m',
  '\x1b[49m',
  '\x1b[0m',
  '\x1b[m',
];
const styledText = fc
  .array(fc.oneof(fc.constantFrom(...SGR), fc.constantFrom('a', ' ', '中', '文', '，', 'x')), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('ansi-tokenize patches', () => {
  it('styled characters and the text rebuilt from them are what the original gives', () => {
    fc.assert(
      fc.property(styledText, (s) => {
        const ours = patched.styledCharsFromTokens(patched.tokenize(s));
        const theirs = original.styledCharsFromTokens(original.tokenize(s));
        expect(ours).toEqual(theirs);
        expect(patched.styledCharsToString(ours)).toBe(original.styledCharsToString(theirs));
      }),
      { seed: 5, numRuns: 1500 },
    );
  });

  it('the style diff is the original diff, also between cells of different lines', () => {
    // Short styles from few codes, so that pairs which differ only in a code sharing its end
    // code (36m and 38;5;12m both end with 39m; 1m and 2m with 22m) come up often.
    const FEW = ['\x1b[1m', '\x1b[2m', '\x1b[36m', '\x1b[38;5;12m', '\x1b[44m', '\x1b[0m'];
    const short = fc.array(fc.constantFrom(...FEW), { maxLength: 2 }).map((parts) => parts.join(''));
    const styleOf = (s: string) => original.styledCharsFromTokens(original.tokenize(s + 'x')).at(-1)!.styles;
    for (const [a, b] of [
      ['\x1b[36m', '\x1b[38;5;12m'],
      ['\x1b[1m', '\x1b[2m'],
      ['\x1b[1m\x1b[36m', '\x1b[36m\x1b[1m'],
    ]) {
      expect(patched.diffAnsiCodes(styleOf(a!), styleOf(b!))).toEqual(original.diffAnsiCodes(styleOf(a!), styleOf(b!)));
    }
    const style = fc.oneof(styledText, short).map(styleOf);
    fc.assert(
      fc.property(style, style, fc.boolean(), (a, b, same) => {
        const to = same ? a.map((c) => ({ ...c })) : b;
        expect(patched.diffAnsiCodes(a, to)).toEqual(original.diffAnsiCodes(a, to));
      }),
      { seed: 6, numRuns: 1500 },
    );
  });

  it('recognises equal styles held in different arrays', () => {
    const same = sameCodes as (a: unknown[], b: unknown[]) => boolean;
    const a = original.styledCharsFromTokens(original.tokenize('\x1b[1m\x1b[36mx'))[0]!.styles;
    expect(
      same(
        a,
        a.map((c) => ({ ...c })),
      ),
    ).toBe(true);
    expect(same(a, [])).toBe(false);
    expect(same([], [])).toBe(true);
  });
});
