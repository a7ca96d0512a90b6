// npm run bench -- wrap: the CJK line breaker against wrap-ansi (hard: true, trim: false — what
// Ink's <Text wrap> does) over every paragraph of the seed at every width 20..120.
// Goal (issue 3): breakLines ≤ 2× wrap-ansi's time and ≤ 1.03× its line count.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import wrapAnsi from 'wrap-ansi';
import { breakLines } from '../src/text/linebreak.js';
import type { Ambiguous } from '../src/text/width.js';

const SEED = 'data/2025-03-07-wang-yi-press-conference.txt';
// wrap-ansi takes seconds per pass over this input (it re-measures the growing line at every
// character of a space-less paragraph), so it gets fewer rounds than the breaker.
const ROUNDS = 7;
const BASE_ROUNDS = 2;
const WIDTHS: number[] = [];
for (let w = 20; w <= 120; w++) WIDTHS.push(w);

const paragraphs = readFileSync(SEED, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l.length > 0);

function timeIt(run: () => number, rounds: number, warmUp: boolean): { ms: number; lines: number } {
  // Best of the rounds (after a warm-up round when asked): the least disturbed measurement.
  let lines = warmUp ? run() : 0;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.hrtime.bigint();
    lines = run();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms < best) best = ms;
  }
  return { ms: best, lines };
}

function ours(ambiguous: Ambiguous, input = paragraphs): number {
  let lines = 0;
  for (const w of WIDTHS) for (const p of input) lines += breakLines(p, w, { ambiguous }).length;
  return lines;
}

// The same paragraphs with a combining mark each ("e\u0301" at the end): every one leaves the
// code-unit fast path for clusterStarts (Intl.Segmenter around the mark). Shows what that costs.
const slowPath = paragraphs.map((p) => p + 'e\u0301');

function theirs(): number {
  let lines = 0;
  for (const w of WIDTHS) {
    for (const p of paragraphs) {
      const out = wrapAnsi(p, w, { hard: true, trim: false });
      let k = 1;
      for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n', i + 1)) k++;
      lines += k;
    }
  }
  return lines;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, node ${process.version}`);
console.log(`input: ${paragraphs.length} paragraphs of ${SEED}, widths ${WIDTHS[0]}..${WIDTHS.at(-1)}, best of ${ROUNDS} rounds (wrap-ansi: ${BASE_ROUNDS})\n`);

const base = timeIt(theirs, BASE_ROUNDS, false);
const rows: string[][] = [
  ['', 'time (ms)', 'lines', 'time ratio', 'line ratio'],
  ['wrap-ansi (hard)', base.ms.toFixed(1), String(base.lines), '1.000', '1.000'],
];
for (const mode of ['narrow', 'wide'] as const) {
  const r = timeIt(() => ours(mode), ROUNDS, true);
  rows.push([`breakLines (${mode})`, r.ms.toFixed(1), String(r.lines), (r.ms / base.ms).toFixed(3), (r.lines / base.lines).toFixed(3)]);
}
const slow = timeIt(() => ours('narrow', slowPath), ROUNDS, true);
rows.push(['breakLines (+ a mark per paragraph)', slow.ms.toFixed(1), String(slow.lines), (slow.ms / base.ms).toFixed(3), '—']);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log('\ngoal: time ratio ≤ 2.00, line ratio ≤ 1.030 (wrap-ansi measures ambiguous characters as narrow)');
