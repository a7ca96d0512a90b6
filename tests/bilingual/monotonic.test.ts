import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignMonotonic, type Bead, type BeadScores } from '../../src/bilingual/monotonic.js';

const flat = (beads: Bead[], side: 'a' | 'b') => beads.flatMap((b) => b[side]);
const scores = (m: number[][], gap = 0.1): BeadScores => ({ one: (i, j) => m[i]![j]!, split: () => -Infinity, gap });

describe('monotonic alignment', () => {
  it('pairs a clear diagonal one to one', () => {
    const m = [
      [0.9, 0.1, 0.0],
      [0.1, 0.8, 0.2],
      [0.0, 0.1, 0.7],
    ];
    expect(alignMonotonic(3, 3, scores(m))).toEqual([
      { a: [0], b: [0] },
      { a: [1], b: [1] },
      { a: [2], b: [2] },
    ]);
  });

  it('leaves an item that matches nothing alone, in its place', () => {
    const m = [
      [0.9, -0.5, -0.5],
      [-0.5, -0.5, 0.8],
    ];
    expect(alignMonotonic(2, 3, scores(m))).toEqual([
      { a: [0], b: [0] },
      { a: [], b: [1] },
      { a: [1], b: [2] },
    ]);
  });

  it('never crosses: order wins over a stronger pair out of order', () => {
    const m = [
      [0.2, 0.9],
      [0.9, 0.2],
    ];
    const beads = alignMonotonic(2, 2, scores(m, 0.5));
    expect(flat(beads, 'a')).toEqual([0, 1]);
    expect(flat(beads, 'b')).toEqual([0, 1]);
  });

  it('takes a split when it scores better than a pair and a gap', () => {
    const s: BeadScores = {
      one: (i, j) => (i === 0 && j === 0 ? 0.5 : -1),
      split: (i, di, j, dj) => (i === 0 && j === 0 && di === 1 && dj === 2 ? 0.8 : -Infinity),
      gap: 0.1,
    };
    expect(alignMonotonic(1, 2, s)).toEqual([{ a: [0], b: [0, 1] }]);
  });

  it('handles empty sides', () => {
    expect(alignMonotonic(0, 0, scores([]))).toEqual([]);
    expect(alignMonotonic(0, 2, scores([]))).toEqual([
      { a: [], b: [0] },
      { a: [], b: [1] },
    ]);
  });

  it('covers every item of both sides exactly once, in order, whatever the scores', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 100, maxLength: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, m, cells, gap) => {
          const s: BeadScores = {
            one: (i, j) => cells[(i * 10 + j) % 100]!,
            split: (i, di, j, dj) => cells[(i * 7 + j * 3 + di + dj) % 100]! - 0.2,
            gap,
          };
          const beads = alignMonotonic(n, m, s);
          expect(flat(beads, 'a')).toEqual([...Array(n).keys()]);
          expect(flat(beads, 'b')).toEqual([...Array(m).keys()]);
          for (const b of beads) {
            expect(b.a.length + b.b.length).toBeGreaterThan(0);
            expect(Math.min(b.a.length, b.b.length)).toBeLessThanOrEqual(1);
            expect(Math.max(b.a.length, b.b.length)).toBeLessThanOrEqual(3);
          }
        },
      ),
      { seed: 42, numRuns: 400 },
    );
  });

  it('finds the best total: no other alignment of small sequences scores more', () => {
    // Brute force over every 1:1/1:0/0:1 alignment of sequences up to 4 × 4.
    const total = (beads: Bead[], s: BeadScores) => beads.reduce((t, b) => t + (b.a.length && b.b.length ? s.one(b.a[0]!, b.b[0]!) : -s.gap), 0);
    const all = (i: number, j: number, n: number, m: number): Bead[][] => {
      if (i === n && j === m) return [[]];
      const out: Bead[][] = [];
      if (i < n && j < m) for (const rest of all(i + 1, j + 1, n, m)) out.push([{ a: [i], b: [j] }, ...rest]);
      if (i < n) for (const rest of all(i + 1, j, n, m)) out.push([{ a: [i], b: [] }, ...rest]);
      if (j < m) for (const rest of all(i, j + 1, n, m)) out.push([{ a: [], b: [j] }, ...rest]);
      return out;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
        (n, m, cells) => {
          const s: BeadScores = { one: (i, j) => cells[i * 4 + j]!, split: () => -Infinity, gap: 0.15 };
          const best = Math.max(...all(0, 0, n, m).map((b) => total(b, s)));
          expect(total(alignMonotonic(n, m, s), s)).toBeCloseTo(best, 9);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});
