// Build-time patch for @alcalzone/ansi-tokenize 0.2.5, which Ink uses to turn every frame into a
// grid of styled cells and back into text (see scripts/build.mjs).
//
// What it buys: diffAnsiCodes gets a fast path for identical styles, which need no codes. Some
// 3,000 calls a frame at 100×30 compare a cell with its neighbour, nearly all with the same style,
// and the full diff builds three Sets per call. (Sharing one styles array per run of characters
// was tried as well: no measurable gain, so it is not done.)
//
// It touches one name, the exported `diffAnsiCodes(from, to)` in build/diff.js, checked before
// patching. tests/build/ansi-tokenize-patches.test.ts bundles the package with the patch and
// compares it with the original on random styled text.
//
// To drop it: remove it from the plugins in scripts/build.mjs (and the test). Upstream, the
// equivalent is the same early return at the top of diffAnsiCodes.
import { readFile } from 'node:fs/promises';
import { mustApply, replaceOnce, requireVersion } from './guard.mjs';

const PATCH = 'scripts/shims/ansi-tokenize.mjs';
export const ANSI_TOKENIZE_VERSION = '0.2.5';

/** The same reduced styles, in the same order. */
export function sameCodes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  return true;
}

/** esbuild plugin applying the patch. */
export const ansiTokenizePatches = {
  name: 'ansi-tokenize-patches',
  setup(b) {
    const applied = mustApply(b, '@alcalzone/ansi-tokenize/build/diff.js', PATCH);
    b.onLoad({ filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/ }, async (args) => {
      requireVersion(args.path, '@alcalzone/ansi-tokenize', ANSI_TOKENIZE_VERSION, PATCH);
      const head = 'export function diffAnsiCodes(from, to) {';
      let source = replaceOnce(await readFile(args.path, 'utf8'), head, `${head}\n    if (presserSameCodes(from, to)) return [];`, args.path, PATCH);
      source += `\n${sameCodes.toString().replace('function sameCodes', 'function presserSameCodes')}\n`;
      applied();
      return { contents: source, loader: 'js' };
    });
  },
};
