// The parser of another commit (default: main) against the parser of the working tree, file by
// file: the whole result the library keeps for each file (the model as JSON — topics, labels,
// turns, speakers, dates, repairs —, its metadata, its searchable characters, or why it was
// skipped) must be identical, except where a difference is meant (a fixed bug), which this
// prints so it can be listed. A guard for work on the parser's speed.
//
//   node scripts/parse-compare.mjs [--ref REF] [--every N] [--time] [FILE|DIR ...]
//
// Without paths: every file of ../shared/library/* and ../shared/corpus (those present) and the
// seed. --every N parses every Nth file of each folder only. --time measures each side's CPU time,
// interleaved file by file (old, new, new, old, …), so a busy machine weighs on both alike.
//
// How: `git archive REF src` is unpacked into node_modules/.cache/presser-parse-compare/COMMIT/
// (once per commit, written aside and renamed), and src/library/parse-job.ts of each tree is
// bundled with esbuild into one module there, which both sides run in this one process.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_ALIASES } from './bundle-aliases.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'presser-parse-compare');
const SHARED = resolve(ROOT, '..', 'shared');

/** The commit REF names, or undefined when there is no git or no such commit. */
export function commitOf(ref) {
  try {
    return (
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** src/ of `commit`, unpacked once into the cache; its directory. */
function unpack(commit) {
  const dir = join(CACHE, commit);
  if (existsSync(join(dir, 'src'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const aside = `${dir}.${process.pid}.tmp`;
  rmSync(aside, { recursive: true, force: true });
  mkdirSync(aside);
  const tar = execFileSync('git', ['archive', '--format=tar', commit, 'src'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', aside], { input: tar });
  try {
    renameSync(aside, dir);
  } catch (e) {
    // Another run unpacked it meanwhile: theirs is as good.
    rmSync(aside, { recursive: true, force: true });
    if (!existsSync(join(dir, 'src'))) throw e;
  }
  return dir;
}

/** parse-job.ts of the tree at `root` bundled into one module; imported. */
async function parser(root, name) {
  const outfile = join(CACHE, 'bundles', `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'src', 'library', 'parse-job.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: BUNDLE_ALIASES,
    // Resolve the packages from this project (the unpacked tree has no node_modules of its own).
    nodePaths: [join(ROOT, 'node_modules')],
    define: { __PRESSER_PARSER_HASH__: '""' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** Both parsers: the one of `ref` and the working tree's. */
export async function parsers(ref = 'main') {
  const commit = commitOf(ref);
  if (commit === undefined) throw new Error(`no commit ${ref}`);
  const [before, after] = await Promise.all([parser(unpack(commit), `before-${commit.slice(0, 12)}`), parser(ROOT, 'after')]);
  return { commit, before: before.parseJob, after: after.parseJob };
}

/** The folders and files compared by default, those present. */
export function defaultInputs() {
  const out = [];
  const library = join(SHARED, 'library');
  if (existsSync(library)) for (const d of readdirSync(library).sort()) out.push(join(library, d));
  if (existsSync(join(SHARED, 'corpus'))) out.push(join(SHARED, 'corpus'));
  out.push(join(ROOT, 'data'));
  return out.filter((p) => existsSync(p));
}

/** The files of `inputs` (folders read one level deep, sorted), every `every`th of each folder. */
export function filesOf(inputs, every = 1) {
  const out = [];
  for (const p of inputs) {
    if (statSync(p).isFile()) {
      out.push(p);
      continue;
    }
    const names = readdirSync(p)
      .sort()
      .filter((n) => statSync(join(p, n)).isFile());
    names.forEach((n, i) => {
      if (i % every === 0) out.push(join(p, n));
    });
  }
  return out;
}

/** What the library keeps for a file, as one comparable value. */
function outcome(result) {
  if (!result.ok) return { skipped: result.reason };
  return { model: JSON.parse(result.json), meta: result.meta, chars: Array.from(result.chars) };
}

/** The first places where `a` and `b` differ, as paths with both values, at most `max`. */
export function differences(a, b, path = '', out = [], max = 12) {
  if (out.length >= max) return out;
  if (Object.is(a, b)) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    out.push({ path, before: a, after: b });
    return out;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) differences(a[k], b[k], `${path}/${k}`, out, max);
  return out;
}

/** Labels that changed, topic by topic: the difference a reader sees. */
function labelChanges(a, b) {
  const la = a.model?.topics?.map((t) => t.label) ?? [];
  const lb = b.model?.topics?.map((t) => t.label) ?? [];
  const out = [];
  for (let i = 0; i < Math.max(la.length, lb.length); i++) if (la[i] !== lb[i]) out.push(`topic ${i + 1}: ${la[i]} → ${lb[i]}`);
  return out;
}

/**
 * Parses each file with both parsers; the files whose outcome differs, with where. With `time`,
 * also the CPU microseconds each side took in all, measured file by file, in alternating order.
 */
export function compare(files, { before, after }, { time = false } = {}) {
  const changed = [];
  const cpu = { before: 0, after: 0 };
  const run = (fn, side, bytes, name) => {
    const t = time ? process.cpuUsage() : undefined;
    const r = fn(new Uint8Array(bytes), name);
    if (t) {
      const d = process.cpuUsage(t);
      cpu[side] += d.user + d.system;
    }
    return r;
  };
  files.forEach((file, i) => {
    const bytes = readFileSync(file);
    const name = file.split('/').pop();
    let a, b;
    if (i % 2 === 0) {
      a = run(before, 'before', bytes, name);
      b = run(after, 'after', bytes, name);
    } else {
      b = run(after, 'after', bytes, name);
      a = run(before, 'before', bytes, name);
    }
    if (
      a.ok === b.ok &&
      (a.ok
        ? a.json === b.json &&
          JSON.stringify(a.meta) === JSON.stringify(b.meta) &&
          Buffer.from(a.chars.buffer, a.chars.byteOffset, a.chars.byteLength).equals(Buffer.from(b.chars.buffer, b.chars.byteOffset, b.chars.byteLength))
        : a.reason === b.reason)
    )
      return;
    const oa = outcome(a);
    const ob = outcome(b);
    changed.push({ file, labels: labelChanges(oa, ob), where: differences(oa, ob) });
  });
  return { changed, cpu };
}

async function main() {
  const args = process.argv.slice(2);
  let ref = 'main';
  let every = 1;
  let time = false;
  const inputs = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--ref') ref = args[++i];
    else if (args[i] === '--every') every = Number(args[++i]);
    else if (args[i] === '--time') time = true;
    else inputs.push(resolve(args[i]));
  }
  const sides = await parsers(ref);
  const files = filesOf(inputs.length > 0 ? inputs : defaultInputs(), every);
  // Once each before measuring, so neither side pays for warming up (ICU's dictionary, the JIT).
  if (time) compare(files.slice(0, 20), sides);
  const { changed, cpu } = compare(files, sides, { time });
  console.log(`parse-compare: ${files.length} files, parser of ${ref} (${sides.commit.slice(0, 12)}) vs working tree: ${changed.length} differ`);
  for (const c of changed) {
    console.log(`\n${c.file}`);
    for (const l of c.labels) console.log(`  label ${l}`);
    for (const w of c.where) console.log(`  ${w.path}: ${JSON.stringify(w.before)?.slice(0, 200)} → ${JSON.stringify(w.after)?.slice(0, 200)}`);
  }
  if (time)
    console.log(
      `CPU: before ${(cpu.before / 1000).toFixed(0)} ms, after ${(cpu.after / 1000).toFixed(0)} ms (after/before ${(cpu.after / cpu.before).toFixed(3)})`,
    );
  process.exitCode = changed.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
