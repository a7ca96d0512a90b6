import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Ceilings against a hung test, not speed bounds: generous, for a machine busy with other work.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
