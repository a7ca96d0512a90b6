// Build-time patch for @alcalzone/ansi-tokenize, which Ink uses to turn every frame into a grid
// of styled cells and back into text (see scripts/build.mjs): diffAnsiCodes gets a fast path for
// identical styles, which need no codes. Some 3,000 calls a frame at 100×30 compare a cell with
// its neighbour, nearly all with the same style, and the full diff builds three Sets per call.
// tests/build/ansi-tokenize-patches.test.ts bundles the package with the patch and compares it
// with the original on random styled text. (Sharing one styles array per run of characters was
// tried as well: no measurable gain, so it is not done.)

/** The same reduced styles, in the same order. */
export function sameCodes(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  return true;
}

function replaceOnce(source, from, to, path) {
  if (!source.includes(from)) throw new Error(`${path}: ansi-tokenize changed; revisit scripts/shims/ansi-tokenize.mjs`);
  return source.replace(from, to);
}

/** esbuild plugin applying the patch. */
export const ansiTokenizePatches = {
  name: 'ansi-tokenize-patches',
  setup(b) {
    b.onLoad({ filter: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const head = 'export function diffAnsiCodes(from, to) {';
      let source = replaceOnce(await readFile(args.path, 'utf8'), head, `${head}\n    if (presserSameCodes(from, to)) return [];`, args.path);
      source += `\n${sameCodes.toString().replace('function sameCodes', 'function presserSameCodes')}\n`;
      return { contents: source, loader: 'js' };
    });
  },
};
