// Bundles the CLI into one minified ESM file (plus lazily loaded chunks) so that start-up does not
// pay for resolving hundreds of unbundled modules.
//
// The new build replaces the old one without a moment in which dist/ is empty or half-written:
// chunks have content-hashed names, so they are written next to the old ones; the entry file is
// written aside and renamed over the old one (an atomic step). A reader that is running while
// the project is rebuilt (a test, a benchmark, a user) can still load the lazy chunks it was
// built with: chunks no longer referenced are deleted only once they are STALE_MS old.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ansiTokenizePatches } from './shims/ansi-tokenize.mjs';
import { inkOutputCaches } from './shims/ink-output-caches.mjs';
import { fastStringWidth } from './shims/string-width-plugin.mjs';
import { inkUseInputPatch } from './shims/ink-use-input.mjs';
import { buildGlossary } from './glossary.mjs';
import { parserSourceHash } from './source-hash.mjs';
import { BUNDLE_ALIASES } from './bundle-aliases.mjs';

const OUT = resolve('dist');
const ENTRY = join(OUT, 'presser.js');
// The library's parse worker, started by its path from dist/presser.js (src/library/parse-pool.ts):
// a bundle of its own, so that the reader's entry file and chunks stay as they are.
const WORKER = join(OUT, 'parse-worker.js');
// The reader's align worker, found beside the bundle by src/bilingual/align-thread.ts: its own
// bundle too, holding the alignment code and the glossary off the reader's thread.
const ALIGN_WORKER = join(OUT, 'align-worker.js');
const DEFINE = { 'process.env.NODE_ENV': '"production"', __PRESSER_PARSER_HASH__: JSON.stringify(parserSourceHash()) };
const CHUNKS = join(OUT, 'chunks');
const STALE_MS = 2 * 60 * 1000;

/** The first lines of dist/presser.js: the shebang, and `require` for the CommonJS dependencies inside the ESM bundle. */
const BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __presserCreateRequire } from 'node:module'; const require = __presserCreateRequire(import.meta.url);",
].join('\n');

const result = await build({
  entryPoints: { presser: 'src/cli.ts' },
  outdir: OUT,
  write: false,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: DEFINE,
  // Ink only loads the devtools bridge when DEV=true; it is not a dependency.
  external: ['react-devtools-core'],
  alias: BUNDLE_ALIASES,
  banner: { js: BANNER },
  plugins: [fastStringWidth, inkOutputCaches(), ansiTokenizePatches, inkUseInputPatch],
  logLevel: 'warning',
});

/** A worker thread's entry, bundled whole into one file. */
const buildWorker = (entry, outfile) =>
  build({
    entryPoints: [entry],
    write: false,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    define: DEFINE,
    alias: BUNDLE_ALIASES,
    banner: { js: BANNER },
    outfile,
    logLevel: 'warning',
  });
const workers = await Promise.all([buildWorker('src/library/parse-worker.ts', WORKER), buildWorker('src/bilingual/align-worker.ts', ALIGN_WORKER)]);

mkdirSync(CHUNKS, { recursive: true });
const written = new Set();
let entry;
for (const file of result.outputFiles) {
  written.add(file.path);
  if (file.path === ENTRY) {
    entry = file;
    continue;
  }
  // Same hashed name, same content: leave a chunk that is already there untouched.
  if (existsSync(file.path) && Buffer.compare(readFileSync(file.path), file.contents) === 0) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
if (!entry) throw new Error('esbuild produced no dist/presser.js');
// The workers first: a new dist/presser.js may start them at once.
for (const file of [...workers.map((w) => w.outputFiles[0]), entry]) {
  const aside = `${file.path}.${process.pid}.tmp`;
  writeFileSync(aside, file.contents);
  chmodSync(aside, 0o755);
  renameSync(aside, file.path);
}

const now = Date.now();
for (const name of readdirSync(CHUNKS)) {
  const path = join(CHUNKS, name);
  if (written.has(path)) continue;
  try {
    if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
  } catch {
    // removed by a concurrent build
  }
}
if (process.env.BUILD_VERBOSE) console.log(result.outputFiles.map((f) => `${relative('.', f.path)} ${f.contents.length}`).join('\n'));

// The bilingual aligner's Chinese → English glosses (only rebuilt when the dictionary changes).
buildGlossary();
