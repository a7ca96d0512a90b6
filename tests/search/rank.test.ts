import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestKeys, hitScore, keyId, keyScore, KIND_RANK, MAX_UNITS, sortKey, WORST_QUALITY } from '../../src/search/rank.js';
import type { HitKind } from '../../src/search/units.js';

const KINDS = Object.keys(KIND_RANK) as HitKind[];
const tier = fc.constantFrom(0, 1, 2);
const quality = fc.double({ min: 0, max: WORST_QUALITY, noNaN: true });
const kind = fc.constantFrom(...KINDS);

describe('ranking', () => {
  it('a better tier wins whatever the quality and kind', () => {
    fc.assert(
      fc.property(tier, quality, kind, quality, kind, (t, q1, k1, q2, k2) => {
        if (t === 2) return;
        expect(hitScore(t, q1, k1)).toBeLessThan(hitScore(t + 1, q2, k2));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('within a tier, a quality better by more than 0.06 wins whatever the kind; equal quality goes by kind', () => {
    fc.assert(
      fc.property(tier, fc.double({ min: 0, max: WORST_QUALITY - 0.061, noNaN: true }), kind, kind, (t, q, k1, k2) => {
        expect(hitScore(t, q, k1)).toBeLessThan(hitScore(t, q + 0.061, k2));
      }),
      { seed: 12, numRuns: 2000 },
    );
    expect(KINDS.map((k) => hitScore(0, 0.2, k))).toEqual([...KINDS.map((k) => hitScore(0, 0.2, k))].sort((a, b) => a - b));
    expect(hitScore(0, 0.2, 'topic')).toBeLessThan(hitScore(0, 0.2, 'answer'));
  });

  it('packs score and id into one number that sorts by score (to 1e-4), then id, and unpacks both', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(tier, quality, kind, fc.integer({ min: 0, max: MAX_UNITS - 1 })), { minLength: 1, maxLength: 50 }), (hits) => {
        const keys = Float64Array.from(hits.map(([t, q, k, id]) => sortKey(hitScore(t, q, k), id)));
        for (let i = 0; i < hits.length; i++) {
          const [t, q, k, id] = hits[i]!;
          expect(keyId(keys[i]!)).toBe(id);
          expect(keyScore(keys[i]!)).toBeCloseTo(hitScore(t, q, k), 4);
        }
        const best = bestKeys(keys, keys.length, 10);
        expect(best.length).toBe(Math.min(10, hits.length));
        for (let i = 1; i < best.length; i++) {
          const a = [keyScore(best[i - 1]!), keyId(best[i - 1]!)] as const;
          const b = [keyScore(best[i]!), keyId(best[i]!)] as const;
          expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
        }
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
