// Parser speed and linearity: parse the seed copied to 1, 2 and 4 MB (each copy's long lines
// made unique so nothing collapses as a repeat) and print the time per MB. A linear parser keeps
// the per-MB figure flat; the ratio of the 4 MB run to the 1 MB run, per MB, should stay near 1.
import os from 'node:os';
import { parseTranscript } from '../src/transcript/parse.js';
import { bigTranscript, SEED_TEXT as seed } from '../tests/helpers/big.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(`machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, node ${process.version}`);
const seedTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  parseTranscript(seed);
  seedTimes.push(performance.now() - t0);
}
console.log(`seed (${(Buffer.byteLength(seed) / 1024).toFixed(0)} KB): median ${median(seedTimes).toFixed(2)} ms over 20 runs`);
console.log('\n| size | median ms (5 runs) | ms per MB | per MB vs 1 MB |\n| --- | --- | --- | --- |');
let base = 0;
parseTranscript(bigTranscript(1e6)); // warm the JIT so the first size is not measured cold
for (const mb of [1, 2, 4]) {
  const text = bigTranscript(mb * 1e6);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    parseTranscript(text);
    times.push(performance.now() - t0);
  }
  const perMb = median(times) / mb;
  if (!base) base = perMb;
  console.log(`| ${mb} MB | ${median(times).toFixed(0)} | ${perMb.toFixed(0)} | ${(perMb / base).toFixed(2)}× |`);
}
