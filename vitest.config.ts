import { defineConfig } from 'vitest/config';
// @ts-expect-error -- a plain .mjs module without types, shared with scripts/build.mjs
import { parserSourceHash } from './scripts/source-hash.mjs';

export default defineConfig({
  define: { __PRESSER_PARSER_HASH__: JSON.stringify(parserSourceHash()) },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Ceilings against a hung test, not speed bounds: generous, for a machine busy with other work.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
