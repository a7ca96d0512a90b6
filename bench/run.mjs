// npm run bench [-- NAME...]: bundles each bench/*.bench.ts (or .tsx) with esbuild and runs it
// with plain node, one after another. Each bench prints its own table of figures and ratios.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parserSourceHash } from '../scripts/source-hash.mjs';

const filter = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => /\.bench\.tsx?$/.test(f))
  .filter((f) => filter.length === 0 || filter.some((n) => f.includes(n)))
  .sort();
let failed = 0;
for (const f of files) {
  const out = `dist/bench/${f.replace(/\.tsx?$/, '.mjs')}`;
  await build({
    entryPoints: [`bench/${f}`],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { 'process.env.NODE_ENV': '"production"', __PRESSER_PARSER_HASH__: JSON.stringify(parserSourceHash()) },
    logLevel: 'warning',
  });
  console.log(`\n## ${f}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
