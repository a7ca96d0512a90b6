import { defineConfig } from 'vitest/config';
// @ts-expect-error -- a plain .mjs module without types, shared with scripts/build.mjs
import { parserSourceHash } from './scripts/source-hash.mjs';

export default defineConfig({
  define: { __PRESSER_PARSER_HASH__: JSON.stringify(parserSourceHash()) },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
