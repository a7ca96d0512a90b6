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

describe('parser speed', () => {
  it('parses 4 MB of transcript in well under the time a reader waits', () => {
    const text = bigTranscript(4e6);
    const t0 = performance.now();
    const t = parseTranscript(text);
    const ms = performance.now() - t0;
    expect(t.topics.length).toBeGreaterThan(100);
    expect(t.repairs.some((r) => r.kind === 'other')).toBe(false);
    // ≈0.7 s on the development machine when idle (2 s with other suites running); the bound
    // leaves room for slow, busy CI machines while still catching a quadratic pass.
    expect(ms).toBeLessThan(8000);
  });
});
