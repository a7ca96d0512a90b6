// npm run bench -- library: issue 11's figures on the 1,000 MFA briefings of
// ../shared/library/mfa-2016-2020 and on a 5,000-transcript library built from them in a temporary
// directory (each copy's years moved on, so every file is a distinct transcript):
//   - cold index of 1,000 files (`presser list DIR`, empty cache; goal ≤ 5 s on 2 cores);
//   - warm `presser search 芬太尼 DIR --json`, whole process, against `fzf --filter 芬太尼` over the
//     same text concatenated, and `rg -c 芬太尼 DIR` (Debian's fzf and ripgrep; skipped when absent);
//   - peak RSS at 5,000 (GNU time's maximum resident set size; goal ≤ 250 MB);
//   - the library view (bench/library-view.ts): first frame warm against bare node, and typing in
//     its search, key to frame.
// Everything runs in this one process run, so the ratios compare like with like.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../tests/helpers/pty.js';
import { libraryView } from './library-view.js';
import { median } from './stats.js';

const LIBRARY = process.env.BENCH_LIBRARY ?? join(ROOT, '../shared/library/mfa-2016-2020');
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const COPIES = 5;
const QUERY = '芬太尼';

if (!existsSync(LIBRARY)) {
  console.log(`library bench skipped: ${LIBRARY} is absent`);
  process.exit(0);
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

const work = mkdtempSync(join(tmpdir(), 'presser-bench-lib-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** The 5,000: each file of the 1,000 five times, years moved on by 5 per copy, a copy mark at the end. */
function buildLarge(): string {
  const dir = join(work, 'lib5000');
  mkdirSync(dir);
  const names = readdirSync(LIBRARY).sort();
  for (let k = 0; k < COPIES; k++)
    for (const name of names) {
      const text = readFileSync(join(LIBRARY, name), 'utf8');
      const moved = k === 0 ? text : text.replace(/(\d{4})年/g, (_m, y: string) => `${Number(y) + 5 * k}年`) + `\n（副本${k}）\n`;
      writeFileSync(join(dir, `c${k}-${name}`), moved);
    }
  return dir;
}

function concatenated(dir: string): string {
  const out = join(work, `${dir.split('/').pop()}.txt`);
  writeFileSync(
    out,
    readdirSync(dir)
      .sort()
      .map((n) => readFileSync(join(dir, n), 'utf8'))
      .join('\n'),
  );
  return out;
}

interface Timed {
  ms: number;
  stdout: string;
  status: number | null;
}

function timed(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; stdinFile?: string } = {}): Timed {
  const fd = opts.stdinFile ? openSync(opts.stdinFile, 'r') : undefined;
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env: opts.env ?? process.env, stdio: [fd ?? 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (fd !== undefined) closeSync(fd);
  return { ms, stdout: r.stdout, status: r.status };
}

function runs(n: number, f: () => Timed): { median: number; min: number; last: Timed } {
  const xs: number[] = [];
  let last!: Timed;
  for (let i = 0; i < n; i++) {
    last = f();
    xs.push(last.ms);
  }
  return { median: median(xs), min: Math.min(...xs), last };
}

const lines = (t: Timed) => t.stdout.split('\n').filter(Boolean).length;

/** Each command `n` times, taking turns: every command's times, their median and minimum, its last run. */
function inTurns(n: number, commands: (() => Timed)[]): { median: number; min: number; last: Timed; all: number[] }[] {
  const all = commands.map(() => [] as number[]);
  const last: Timed[] = [];
  for (let i = 0; i < n; i++)
    commands.forEach((c, k) => {
      last[k] = c();
      all[k]!.push(last[k].ms);
    });
  return all.map((xs, k) => ({ median: median(xs), min: Math.min(...xs), last: last[k]!, all: xs }));
}

/** Peak resident set size of a command in MB, from GNU time; NaN without it. */
function peakRss(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  if (!existsSync('/usr/bin/time')) return NaN;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return kb / 1024;
}

const xdg = (name: string) => {
  const d = join(work, name);
  mkdirSync(d, { recursive: true });
  return { ...process.env, XDG_CACHE_HOME: d, NO_COLOR: '1' };
};
const presser = (args: string[], env: NodeJS.ProcessEnv) => timed(process.execPath, [BIN, ...args], { env });

const cpu = cpus();
console.log(
  `machine: ${cpu[0]?.model.trim()} · ${cpu.length} cores · node ${process.version} · load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (at start)`,
);
console.log(`library: ${LIBRARY} (${readdirSync(LIBRARY).length} files); ${RUNS} runs per figure unless said\n`);

const large = buildLarge();
const libs = [
  { name: '1,000', dir: LIBRARY, env: xdg('xdg1000') },
  { name: '5,000', dir: large, env: xdg('xdg5000') },
];

// Cold index: each run with an empty cache directory.
const cold1000 = runs(3, () => {
  const env = xdg(`cold-${Math.random()}`);
  return presser(['list', LIBRARY], env);
});
const cold5000 = presser(['list', large], libs[1]!.env);
presser(['list', LIBRARY], libs[0]!.env);
// A second run records the stats of files that were too new to trust on the first.
for (const l of libs) presser(['list', l.dir], l.env);

const rows: string[][] = [['', 'median', 'min', 'ratio to presser']];
const ratios: string[] = [];
for (const l of libs) {
  const text = concatenated(l.dir);
  const yardsticks = [
    {
      tool: 'fzf',
      run: () => timed('fzf', ['--filter', QUERY], { stdinFile: text }),
      row: (t: Timed) => `fzf --filter ${QUERY} (${l.name}, ${lines(t)} lines)`,
    },
    { tool: 'rg', run: () => timed('rg', ['-c', QUERY, l.dir]), row: (t: Timed) => `rg -c ${QUERY} (${l.name}, ${lines(t)} files)` },
  ];
  const present = yardsticks.filter((y) => has(y.tool));
  // Taken in turns (presser, fzf, rg, presser, …) so that a change in the machine's load between
  // runs weighs on all of them alike; a ratio is the median of each turn's own ratio.
  const [p, ...others] = inTurns(RUNS, [() => presser(['search', QUERY, l.dir, '--json'], l.env), ...present.map((y) => y.run)]);
  const hits = (JSON.parse(p!.last.stdout) as unknown[]).length;
  rows.push([`presser search ${QUERY} (${l.name}, warm, ${hits} hits)`, fmt(p!.median), fmt(p!.min), '1.00']);
  for (const y of yardsticks) {
    const k = present.indexOf(y);
    if (k < 0) {
      rows.push([`${y.tool} (${l.name})`, `absent: apt-get install ${y.tool === 'rg' ? 'ripgrep' : y.tool}`, '', '']);
      continue;
    }
    const t = others[k]!;
    const ratio = median(t.all.map((ms, i) => ms / p!.all[i]!));
    rows.push([y.row(t.last), fmt(t.median), fmt(t.min), ratio.toFixed(2)]);
    if (y.tool === 'fzf')
      ratios.push(
        `${l.name}: presser ${fmt(p!.median)} vs fzf ${fmt(t.median)}, turn by turn presser ${ratio.toFixed(2)}× as fast (goal: faster) ${ratio > 1 ? 'MET' : 'NOT MET'}`,
      );
  }
}
const bare = runs(RUNS, () => timed(process.execPath, ['-e', '']));
rows.push([`node -e '' (bare start)`, fmt(bare.median), fmt(bare.min), '']);

function table(t: string[][]): string {
  const widths = t[0]!.map((_, i) => Math.max(...t.map((r) => [...(r[i] ?? '')].length)));
  return t.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

console.log('cold index (presser list DIR, empty cache)');
console.log(`  1,000 files: median ${fmt(cold1000.median)}, min ${fmt(cold1000.min)} (3 runs; goal ≤ 5 s) ${cold1000.median <= 5000 ? 'MET' : 'NOT MET'}`);
console.log(`  5,000 files: ${fmt(cold5000.ms)} (1 run)\n`);
console.log('warm search, whole process');
console.log(table(rows));
console.log(ratios.join('\n') + '\n');

const rss = [
  ['cold index, 5,000', peakRss(process.execPath, [BIN, 'list', large], xdg('rss-cold'))],
  ['warm list, 5,000', peakRss(process.execPath, [BIN, 'list', large], libs[1]!.env)],
  [`warm search ${QUERY}, 5,000`, peakRss(process.execPath, [BIN, 'search', QUERY, large, '--json'], libs[1]!.env)],
  ['warm search 一个中国原则, 5,000', peakRss(process.execPath, [BIN, 'search', '一个中国原则', large, '--json'], libs[1]!.env)],
] as const;
console.log('peak RSS (GNU time, maximum resident set size)');
for (const [what, mb] of rss) console.log(`  ${what.padEnd(34)} ${Number.isNaN(mb) ? 'n/a (no /usr/bin/time)' : `${mb.toFixed(0)} MB`}`);
const worst = Math.max(...rss.map(([, mb]) => mb));
console.log(`  worst: ${worst.toFixed(0)} MB (goal ≤ 250 MB) ${worst <= 250 ? 'MET' : 'NOT MET'}\n`);

await libraryView(libs, bare.median);
