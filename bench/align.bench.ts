// Bilingual alignment speed: the 445 Chinese/English pairs of the shared library (paired by
// pairVersions), aligned exchange by exchange, timed against parsing the same 890 files. The
// ratio is what matters: alignment should cost no more than reading the two versions.
// Skipped (with a note) when ../shared/library is not beside the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { alignTranscripts } from '../src/bilingual/align.js';
import { loadGlossary } from '../src/bilingual/glossary.js';
import { pairVersions } from '../src/bilingual/versions.js';
import { nameDateOf } from '../src/transcript/open.js';
import { parseTranscript } from '../src/transcript/parse.js';
import { sanitize } from '../src/transcript/sanitize.js';

// npm run bench runs from the project root; the library sits beside the project.
const root = join(process.cwd(), '../shared/library');
const dirs = ['mfa-2016-2020', 'mfa-en-2018-2020'].map((d) => join(root, d));
if (!dirs.every(existsSync)) {
  console.log(`no library at ${root}: align bench skipped`);
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, node ${process.version}, load ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

const raw = new Map<string, string>();
for (const d of dirs) for (const f of readdirSync(d).filter((x) => x.endsWith('.txt'))) raw.set(join(d, f), sanitize(readFileSync(join(d, f), 'utf8')).text);
const parse = (file: string) => parseTranscript(raw.get(file)!, nameDateOf(file.slice(file.lastIndexOf('/') + 1)));
const models = new Map([...raw.keys()].map((f) => [f, parse(f)]));
const metas = [...models].map(([file, t]) => ({ file, title: t.title, ...(t.date ? { date: t.date } : {}), ...(t.event ? { event: t.event } : {}) }));

let t0 = performance.now();
const versions = pairVersions(metas);
const pairMs = performance.now() - t0;
const pairs = versions
  .filter((v) => v.lang === 'zh' && v.linkedBy === 'date' && /例行记者会/.test(models.get(v.file)!.title))
  .map((v) => [v.file, v.counterpart!] as const);
const files = pairs.flat();

t0 = performance.now();
const glossary = loadGlossary();
const glossaryMs = performance.now() - t0;
if (!glossary) throw new Error('dist/glossary.tsv.gz is missing: run npm run build');

const parseRuns: number[] = [];
const alignRuns: number[] = [];
for (let run = 0; run < 3; run++) {
  t0 = performance.now();
  for (const f of files) parse(f);
  parseRuns.push(performance.now() - t0);
  t0 = performance.now();
  for (const [z, e] of pairs) alignTranscripts(models.get(z)!, models.get(e)!, glossary);
  alignRuns.push(performance.now() - t0);
}
const p = median(parseRuns);
const a = median(alignRuns);
console.log(`\npairing ${metas.length} files: ${pairMs.toFixed(0)} ms; glossary load: ${glossaryMs.toFixed(0)} ms (once per process)\n`);
console.log('| work (median of 3 runs) | total ms | per pair ms | ratio to parsing |\n| --- | --- | --- | --- |');
console.log(`| parse both versions of ${pairs.length} pairs | ${p.toFixed(0)} | ${(p / pairs.length).toFixed(1)} | 1.00 |`);
console.log(`| align ${pairs.length} pairs | ${a.toFixed(0)} | ${(a / pairs.length).toFixed(1)} | ${(a / p).toFixed(2)} |`);
