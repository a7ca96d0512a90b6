/**
 * Monotonic alignment of two sequences (Needleman–Wunsch with Gale–Church's beads): each step
 * takes one item of each side (1:1), one side's item alone (1:0, 0:1: no counterpart), or one
 * item against two or three (1:2, 2:1, 1:3, 3:1: a question one version splits). The result maximises the
 * total of the beads' scores, in order; ties prefer 1:1, then fewer items left alone.
 */
export interface Bead {
  /** Indices on each side: zero to three, consecutive. */
  a: number[];
  b: number[];
}

export interface BeadScores {
  /** Score of pairing a[i] with b[j]: positive when they correspond. */
  one(i: number, j: number): number;
  /** Score of pairing a[i..i+di) with b[j..j+dj) where one of di, dj is 1 and the other 2 or 3 (a split); -Infinity to forbid. */
  split(i: number, di: number, j: number, dj: number): number;
  /** Cost (≥ 0) of leaving an item without counterpart. */
  gap: number;
}

const STEPS: [number, number][] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [3, 1],
  [1, 3],
];

export function alignMonotonic(n: number, m: number, s: BeadScores): Bead[] {
  const W = m + 1;
  const best = new Float64Array((n + 1) * W).fill(-Infinity);
  const from = new Int8Array((n + 1) * W).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      // Pulled from each step in STEPS order; only a strictly better total replaces an earlier step.
      STEPS.forEach(([di, dj], k) => {
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) return;
        const prev = best[pi * W + pj]!;
        if (prev === -Infinity) return;
        const gain = di === 1 && dj === 1 ? s.one(pi, pj) : di === 0 || dj === 0 ? -s.gap : s.split(pi, di, pj, dj);
        const total = prev + gain;
        if (total > best[i * W + j]! + 1e-12) {
          best[i * W + j] = total;
          from[i * W + j] = k;
        }
      });
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = STEPS[from[i * W + j]!]!;
    beads.push({ a: range(i - di, i), b: range(j - dj, j) });
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
