import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';
import { bigTranscript } from '../helpers/big.js';

// Speed itself is measured in bench/parse.bench.ts (npm run bench -- parse), not asserted here.
describe('parser at the size limit', () => {
  it('parses 4 MB of transcript into its topics without falling back', () => {
    const t = parseTranscript(bigTranscript(4e6));
    expect(t.topics.length).toBeGreaterThan(100);
    expect(t.repairs.some((r) => r.kind === 'other')).toBe(false);
  });
});
