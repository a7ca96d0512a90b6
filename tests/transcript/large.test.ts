import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';

const seed = readFileSync(join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt'), 'utf8');

/** The seed copied until `bytes`, each copy's long lines made unique so nothing collapses. */
function bigTranscript(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < bytes; k++) {
    const copy = seed
      .split('\n')
      .map((l) => (l.length > 30 ? `${l.slice(0, 10)}${k}${l.slice(10)}` : l))
      .join('\n');
    parts.push(copy);
    n += Buffer.byteLength(copy);
  }
  return parts.join('\n');
}

// Speed itself is measured in bench/parse.bench.ts (npm run bench -- parse), not asserted here.
describe('parser at the size limit', () => {
  it('parses 4 MB of transcript into its topics without falling back', () => {
    const t = parseTranscript(bigTranscript(4e6));
    expect(t.topics.length).toBeGreaterThan(100);
    expect(t.repairs.some((r) => r.kind === 'other')).toBe(false);
  });
});
