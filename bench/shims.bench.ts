// npm run bench -- shims: what the build's string-width shim (scripts/shims/string-width.mjs)
// saves over string-width itself, measuring the rows Ink measures: every line of the seed, plain
// and styled as the reader styles them. Correctness is tests/build/string-width-shim.test.ts.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import realStringWidth from 'string-width';
// @ts-expect-error -- a plain .mjs module without types, bundled in place of string-width
import shimStringWidth from '../scripts/shims/string-width.mjs';

const shim = shimStringWidth as typeof realStringWidth;
const SEED = 'data/2025-03-07-wang-yi-press-conference.txt';
const ROUNDS = 7;

const plain = readFileSync(SEED, 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.length > 0);
const styled = plain.map((l) => `\x1b[1m\x1b[35m${l.slice(0, 3)}\x1b[39m\x1b[22m${l.slice(3)}`);

function best(measure: (s: string) => number, lines: string[]): number {
  let ms = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = process.hrtime.bigint();
    let sum = 0;
    for (let k = 0; k < 20; k++) for (const l of lines) sum += measure(l);
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
    if (sum < 0) throw new Error('unreachable');
  }
  return ms;
}

console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, node ${process.version}`);
console.log(`input: ${plain.length} lines of ${SEED}, 20 passes, best of ${ROUNDS} rounds\n`);
const rows = [['', 'string-width (ms)', 'shim (ms)', 'shim / string-width']];
for (const [name, lines] of [
  ['plain lines', plain],
  ['styled lines', styled],
] as const) {
  const real = best(realStringWidth, lines);
  const ours = best(shim, lines);
  rows.push([name, real.toFixed(1), ours.toFixed(1), (ours / real).toFixed(3)]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
