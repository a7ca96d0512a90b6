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
import { basename, dirname, join, relative, resolve } from 'node:path';
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
// The plain library commands (list, search, topics, export, trend over a directory): one file of
// their own, dist/library-commands.js. In the reader's bundle their code is cut into some twenty
// small chunks shared with the reader's pieces, and loading those was a tenth of a warm
// `presser search … DIR`. Their large lazy parts (the parser and its pool, pinyin-pro, opencc's
// dictionary, the pairing of Chinese and English versions) stay lazy: files of their own under dist/library/ (LIBRARY_LAZY).
const LIBRARY_COMMANDS = join(OUT, 'library-commands.js');
const LIBRARY_LAZY = {
  'src/library/parse-job.ts': 'parse-job',
  'src/library/parse-pool.ts': 'parse-pool',
  'pinyin-pro': 'pinyin-pro',
  'opencc-js/t2cn': 't2cn',
  'src/bilingual/versions.ts': 'versions',
};
const DEFINE = { 'process.env.NODE_ENV': '"production"', __PRESSER_PARSER_HASH__: JSON.stringify(parserSourceHash()) };
const CHUNKS = join(OUT, 'chunks');
const STALE_MS = 2 * 60 * 1000;

/** The first lines of dist/presser.js: the shebang, and `require` for the CommonJS dependencies inside the ESM bundle. */
const BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __presserCreateRequire } from 'node:module'; const require = __presserCreateRequire(import.meta.url);",
].join('\n');

/** In the reader's bundle, cli.ts's fallback to the library commands' source module is dead code: not followed. */
const libraryCommandsApart = {
  name: 'library-commands-apart',
  setup(b) {
    b.onResolve({ filter: /\/commands\/library-run\.js$/ }, (args) => (args.importer.endsWith('cli.ts') ? { path: args.path, external: true } : undefined));
  },
};

/** In the library commands' bundle: the large lazy parts are imported from their own files, and nothing of the reader gets in. */
const libraryLazyApart = {
  name: 'library-lazy-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const key = args.path.startsWith('.') ? relative('.', join(args.resolveDir, args.path)).replace(/\.js$/, '.ts') : args.path;
      if (LIBRARY_LAZY[key]) return { path: `./library/${LIBRARY_LAZY[key]}.js`, external: true };
      if (key.startsWith('src/ui/'))
        return { errors: [{ text: `${relative('.', args.importer)} imports ${args.path}: the reader does not belong in dist/library-commands.js` }] };
      return undefined;
    });
  },
};

/** What every bundle of the program shares. */
const COMMON = {
  write: false,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  define: DEFINE,
  alias: BUNDLE_ALIASES,
  banner: { js: BANNER },
  logLevel: 'warning',
};
const SPLIT = { outdir: OUT, splitting: true, chunkNames: 'chunks/[name]-[hash]' };

const result = await build({
  ...COMMON,
  ...SPLIT,
  entryPoints: { presser: 'src/cli.ts' },
  define: { ...DEFINE, __PRESSER_LIBRARY_COMMANDS__: JSON.stringify(`./${basename(LIBRARY_COMMANDS)}`) },
  // Ink only loads the devtools bridge when DEV=true; it is not a dependency.
  external: ['react-devtools-core'],
  plugins: [fastStringWidth, inkOutputCaches(), ansiTokenizePatches, inkUseInputPatch, libraryCommandsApart],
});

/** A worker thread's entry, bundled whole into one file. */
const buildWorker = (entry, outfile) => build({ ...COMMON, entryPoints: [entry], outfile });
const workers = await Promise.all([buildWorker('src/library/parse-worker.ts', WORKER), buildWorker('src/bilingual/align-worker.ts', ALIGN_WORKER)]);

const [library, libraryLazy] = await Promise.all([
  build({ ...COMMON, outdir: OUT, entryPoints: { [basename(LIBRARY_COMMANDS, '.js')]: 'src/commands/library-run.ts' }, plugins: [libraryLazyApart] }),
  build({ ...COMMON, ...SPLIT, entryPoints: Object.fromEntries(Object.entries(LIBRARY_LAZY).map(([source, name]) => [`library/${name}`, source])) }),
]);

mkdirSync(CHUNKS, { recursive: true });
const written = new Set();
/** Files started or imported by their name (written aside and renamed into place); chunks have hashed names. */
const named = new Map(workers.map((w) => [w.outputFiles[0].path, w.outputFiles[0]]));
const isNamed = (path) => path === ENTRY || path === LIBRARY_COMMANDS || dirname(path) === join(OUT, 'library');
for (const file of [...libraryLazy.outputFiles, ...library.outputFiles, ...result.outputFiles]) {
  written.add(file.path);
  if (isNamed(file.path)) {
    named.set(file.path, file);
    continue;
  }
  // Same hashed name, same content: leave a chunk that is already there untouched.
  if (existsSync(file.path) && Buffer.compare(readFileSync(file.path), file.contents) === 0) continue;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.contents);
}
const entry = named.get(ENTRY);
if (!entry || !named.has(LIBRARY_COMMANDS)) throw new Error('esbuild produced no dist/presser.js or dist/library-commands.js');
if (entry.text.includes('library-run'))
  throw new Error(
    "dist/presser.js refers to the library commands' source module: the switch to their bundle (__PRESSER_LIBRARY_COMMANDS__, and minification, which drops the source fallback) did not apply",
  );
named.delete(ENTRY);
// Everything it may load first: a new dist/presser.js may start or import them at once.
mkdirSync(join(OUT, 'library'), { recursive: true });
for (const file of [...named.values(), entry]) {
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
if (process.env.BUILD_VERBOSE)
  console.log(
    [...result.outputFiles, ...library.outputFiles, ...libraryLazy.outputFiles].map((f) => `${relative('.', f.path)} ${f.contents.length}`).join('\n'),
  );

// The bilingual aligner's Chinese → English glosses (only rebuilt when the dictionary changes).
buildGlossary();
