// esbuild plugin substituting scripts/shims/string-width.mjs for every `string-width` in the
// bundle (Ink's, wrap-ansi's, cli-truncate's, ours): the same widths with a fast path for plain
// CJK and ASCII text (see that file for what it buys). The shim's own import of string-width gets
// the real package, which must be the version the shim's fast path was checked against
// (tests/build/string-width-shim.test.ts compares the two).
//
// To drop it: remove it from the plugins in scripts/build.mjs (and the test).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { mustApply, requireVersion } from './guard.mjs';

export const STRING_WIDTH_VERSION = '8.3.0';

export const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    const shim = resolve('scripts/shims/string-width.mjs');
    const real = createRequire(import.meta.url).resolve('string-width');
    requireVersion(real, 'string-width', STRING_WIDTH_VERSION, 'scripts/shims/string-width-plugin.mjs');
    const applied = mustApply(b, 'string-width', 'scripts/shims/string-width-plugin.mjs');
    b.onResolve({ filter: /^string-width$/ }, (args) => {
      if (args.importer === shim) return { path: real };
      applied();
      return { path: shim };
    });
  },
};
