// Build-time patch for Ink's useInput (ink/build/hooks/use-input.js, Ink 6.8.0). An escape
// sequence Ink has no name for, whose parameters read as a ctrl modifier — ESC[31m, the colour
// code in pasted terminal text — sets `input = keypress.name`, which is undefined, and the next
// line's `input.startsWith` throws inside Ink's listener: one stray sequence crashed the reader.
// Such a sequence is no key, so it becomes empty input, which the reader ignores.
// tests/e2e/paste.test.ts sends such sequences to the built bundle, as keys and inside a paste.

export const INK_VERSION = '6.8.0';
const FROM = '            else if (keypress.ctrl) {\n                input = keypress.name;\n';
const TO = "            else if (keypress.ctrl) {\n                input = keypress.name ?? '';\n";

/** esbuild plugin applying the patch; fails the build if Ink is not the version it was written for. */
export const inkUseInputPatch = {
  name: 'ink-use-input-patch',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]hooks[\\/]use-input\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const { join } = await import('node:path');
      const pkg = JSON.parse(await readFile(join(args.path, '../../../package.json'), 'utf8'));
      const source = await readFile(args.path, 'utf8');
      if (pkg.version !== INK_VERSION || !source.includes(FROM)) {
        throw new Error(`${args.path}: Ink ${pkg.version} is not the ${INK_VERSION} this patch was written for; revisit scripts/shims/ink-use-input.mjs`);
      }
      return { contents: source.replace(FROM, TO), loader: 'js' };
    });
  },
};
