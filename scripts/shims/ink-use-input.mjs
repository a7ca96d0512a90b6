// Build-time patch for Ink's useInput (ink/build/hooks/use-input.js, Ink 6.8.0). An escape
// sequence Ink has no name for, whose parameters read as a ctrl modifier — ESC[31m, the colour
// code in pasted terminal text — sets `input = keypress.name`, which is undefined, and the next
// line's `input.startsWith` throws inside Ink's listener: one stray sequence crashed the reader.
// Such a sequence is no key, so it becomes empty input, which the reader ignores.
// tests/e2e/paste.test.ts sends such sequences to the built bundle, as keys and inside a paste.
//
// It touches one private line of use-input.js, checked before patching (scripts/shims/guard.mjs).
// To drop it: remove it from the plugins in scripts/build.mjs. Upstream, the equivalent is
// `input = keypress.name ?? ''` in useInput.
import { readFile } from 'node:fs/promises';
import { mustApply, replaceOnce, requireVersion } from './guard.mjs';

const PATCH = 'scripts/shims/ink-use-input.mjs';

export const INK_VERSION = '6.8.0';
const FROM = '            else if (keypress.ctrl) {\n                input = keypress.name;\n';
const TO = "            else if (keypress.ctrl) {\n                input = keypress.name ?? '';\n";

/** esbuild plugin applying the patch; fails the build if Ink is not the version it was written for. */
export const inkUseInputPatch = {
  name: 'ink-use-input-patch',
  setup(b) {
    const applied = mustApply(b, 'ink/build/hooks/use-input.js', PATCH);
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]hooks[\\/]use-input\.js$/ }, async (args) => {
      requireVersion(args.path, 'ink', INK_VERSION, PATCH);
      const contents = replaceOnce(await readFile(args.path, 'utf8'), FROM, TO, args.path, PATCH);
      applied();
      return { contents, loader: 'js' };
    });
  },
};
