// The library view's figures, in a real pseudo-terminal (bench/pty-timing.ts):
//   - first frame, warm cache: spawn → the status line "N transcripts" on screen, against
//     `node -e "console.log(1)"` → "1" on screen (goal ≤ 2.5×);
//   - typing in the library search: key-to-frame p50/p95 per character of queries typed one
//     character at a time, then erased (goal p95 ≤ 30 ms at 1,000, ≤ 60 ms at 5,000), both to the
//     last frame drawn before the output goes quiet and to the key's own (first) frame, which
//     tells a slow key's own frame from a later one (the search that runs once typing pauses
//     may draw inside a slow key's window on a busy machine); the main
//     thread's CPU per key beside it; and, since the search itself runs once typing pauses, the
//     time from a query's last key to its results on screen;
//   - peak RSS of the reader after the session (VmHWM).
import { readFileSync } from 'node:fs';
import { PtySession, waitExit } from '../tests/helpers/pty.js';
import { bareNodeToScreen, keyLatency, timeToScreen } from './pty-timing.js';
import { median, quantile } from './stats.js';

const COLS = 100;
const ROWS = 30;
const RUNS = Number(process.env.BENCH_RUNS) || 7;
const QUERIES = ['芬太尼', '一个中国原则', '中美关系', '台湾问题', 'fentaini'];
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;

function peakRss(pid: number): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function firstFrame(dir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const [at] = await timeToScreen(
    () => new PtySession([dir], { cols: COLS, rows: ROWS, env: { XDG_CACHE_HOME: env.XDG_CACHE_HOME } }),
    false,
    (s) => /\d+ transcripts/.test(s.screen().at(-2) ?? ''),
  );
  return at!;
}

async function typing(
  dir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ samples: number[]; firsts: number[]; cpu: number[]; failures: number; rss: number; settle: number[] }> {
  const s = new PtySession([dir], { cols: COLS, rows: ROWS, env: { XDG_CACHE_HOME: env.XDG_CACHE_HOME } });
  const samples: number[] = [];
  const firsts: number[] = [];
  const cpu: number[] = [];
  let failures = 0;
  try {
    await s.waitFor(/\d+ transcripts/, 60_000);
    s.press('/');
    await s.waitFor((x) => /^\/.*\] 0 *$/m.test(x.text()), 60_000);
    const settle: number[] = [];
    for (const q of QUERIES) {
      for (const ch of q) {
        const r = await keyLatency(s, ch);
        if (Number.isNaN(r.latency)) failures++;
        else {
          samples.push(r.latency);
          firsts.push(r.first);
        }
        if (!Number.isNaN(r.cpu)) cpu.push(r.cpu);
      }
      // The search runs once typing pauses: from the last key to its results on screen.
      const t0 = performance.now();
      await s.waitFor((x) => !/searching…/.test(x.text()) && /hits? in \d+ transcripts|no match/.test(x.text()), 60_000);
      settle.push(performance.now() - t0);
      for (let i = 0; i < [...q].length; i++) {
        const r = await keyLatency(s, '\x7f');
        if (Number.isNaN(r.latency)) failures++;
        else {
          samples.push(r.latency);
          firsts.push(r.first);
        }
        if (!Number.isNaN(r.cpu)) cpu.push(r.cpu);
      }
    }
    const rss = peakRss(s.proc.pid);
    return { samples, firsts, cpu, failures, rss, settle };
  } finally {
    s.press('\x03');
    await waitExit(s, 5000).catch(() => undefined);
    s.dispose();
  }
}

export async function libraryView(libs: { name: string; dir: string; env: NodeJS.ProcessEnv }[], _bareMs: number): Promise<void> {
  const bare: number[] = [];
  const view: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(await bareNodeToScreen(COLS, ROWS));
    view.push(await firstFrame(libs[0]!.dir, libs[0]!.env));
  }
  const ratio = median(view) / median(bare);
  console.log(`library view, first frame warm (${COLS}×${ROWS} pty, ${libs[0]!.name} transcripts, ${RUNS} runs)`);
  console.log(`  node -e "console.log(1)" → "1" on screen: median ${fmt(median(bare))}, min ${fmt(Math.min(...bare))}`);
  console.log(`  presser DIR → the list and its status line: median ${fmt(median(view))}, min ${fmt(Math.min(...view))}`);
  console.log(`  ratio ${ratio.toFixed(2)}× (goal ≤ 2.5×) ${ratio <= 2.5 ? 'MET' : 'NOT MET'}\n`);

  console.log(`typing in the library search, key to frame (${QUERIES.join(', ')}: each character, then Backspace each)`);
  console.log(
    '  library   keys    p50     p95     max   failed  own frame p50  own frame p95  CPU p50  CPU p95  results after the pause (median, max)  peak RSS',
  );
  const goals: Record<string, number> = { '1,000': 30, '5,000': 60 };
  const verdicts: string[] = [];
  for (const l of libs) {
    const r = await typing(l.dir, l.env);
    const p95 = quantile(r.samples, 0.95);
    const own95 = quantile(r.firsts, 0.95);
    console.log(
      `  ${l.name.padEnd(8)} ${String(r.samples.length).padStart(6)} ${fmt(median(r.samples)).padStart(7)} ${fmt(p95).padStart(7)} ${fmt(Math.max(...r.samples)).padStart(7)} ${String(r.failures).padStart(7)} ${fmt(median(r.firsts)).padStart(14)} ${fmt(own95).padStart(14)} ${fmt(median(r.cpu)).padStart(8)} ${fmt(quantile(r.cpu, 0.95)).padStart(8)} ${`${fmt(median(r.settle))}, ${fmt(Math.max(...r.settle))}`.padStart(38)} ${r.rss.toFixed(0).padStart(6)} MB`,
    );
    const goal = goals[l.name];
    if (goal)
      verdicts.push(
        `${l.name}: p95 ${fmt(p95)} to the last frame ${p95 <= goal ? 'MET' : 'NOT MET'}, ${fmt(own95)} to the key's own frame ${own95 <= goal ? 'MET' : 'NOT MET'} (goal ≤ ${goal} ms); peak RSS ${r.rss.toFixed(0)} MB (goal ≤ 250 MB at 5,000)`,
      );
  }
  console.log(verdicts.map((v) => `  ${v}`).join('\n'));
}
