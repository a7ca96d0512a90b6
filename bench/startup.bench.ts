// npm run bench -- startup: the built CLI in a real pseudo-terminal (node-pty), its output fed to
// a terminal emulator (@xterm/headless). Issue 7's figures:
//   - time to first frame: from spawn until the first topic label is in the emulator's grid
//     (the sidebar is painted before Ink loads, src/ui/prepaint.ts), and until Ink's whole first
//     frame is (the status line drawn);
//   - the same for `node -e "console.log(1)"` (until "1" is in the grid), and the ratio (≤ 2.5×);
//   - key-to-frame latency p50/p95 over ≥ 50 keys each for `]`, `j`, space, digit jumps and a
//     search query typed one character at a time (goal p95 ≤ 16 ms);
//   - peak RSS (VmHWM) of the reader after that session of > 200 keys (goal ≤ 120 MB).
//
// Key-to-frame latency, precisely: t0 is taken just before the key's bytes are written to the
// pty master. Ink brackets every frame it writes in synchronized-update marks (CSI ?2026h … CSI
// ?2026l). t1 is the arrival time (in this process, when node-pty hands us the chunk) of the last
// chunk carrying a frame's closing mark before the output has been quiet for QUIET_MS. So a key
// that causes two frames (a state change and a follow-up) is measured to its last frame, and a
// throttled frame is measured when it is actually written. The emulator does not parse while a key
// is timed (it would delay the arrival of the next chunk in this process). Each key's effect is then checked on
// the emulator's screen (e.g. the status line shows the topic a digit jumped to); a key whose
// effect is missing counts as a failure and is reported.
import { cpus, loadavg, tmpdir } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { BIN, ptyUnavailable, PtySession, ROOT, waitExit } from '../tests/helpers/pty.js';
import { median, quantile } from './stats.js';
import { bareNodeToScreen, keyLatency, QUIET_MS, sleep, timeToScreen } from './pty-timing.js';

const RUNS = Number(process.env.BENCH_RUNS) || 7;
/** Ink's frame is complete when the status line's key hint is drawn. */
const STATUS_LINE = /\? help/;
const COLS = 100;
const ROWS = 30;

if (ptyUnavailable) {
  console.log(ptyUnavailable);
  process.exit(0);
}

interface TopicInfo {
  id: number;
  label: string;
}
const topics = JSON.parse(execFileSync(process.execPath, [BIN, 'topics', '--json'], { cwd: ROOT, encoding: 'utf8' })) as TopicInfo[];
const N = topics.length;

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

function currentTopic(s: PtySession): number | undefined {
  for (const row of s.screen().reverse()) {
    const m = new RegExp(`(?:^|\\s)(\\d+)/${N}(?:\\s|$)`).exec(row);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Main-thread CPU of a bare node that prints one line (Linux schedstat), for the CPU comparison. */
const BARE_CPU = "console.log(Number(require('fs').readFileSync('/proc/thread-self/schedstat','utf8').split(' ')[0])/1e6)";

async function startup() {
  const bare: number[] = [];
  const reader: number[] = [];
  const full: number[] = [];
  const firstKey: number[] = [];
  const bareCpu: number[] = [];
  const readerCpu: number[] = [];
  const label = topics[0]!.label;
  const trace = join(tmpdir(), `presser-trace-${process.pid}.json`);
  // Interleaved, so a burst of load on a shared machine hits both sides alike.
  for (let i = 0; i < RUNS; i++) {
    bare.push(await bareNodeToScreen(COLS, ROWS));
    rmSync(trace, { force: true });
    const [labelAt, fullAt] = await timeToScreen(
      () => new PtySession([], { cols: COLS, rows: ROWS, env: { PRESSER_TRACE_STARTUP: trace } }),
      false,
      (s) => s.text().includes(label),
      (s) => STATUS_LINE.test(s.text()),
    );
    reader.push(labelAt!);
    full.push(fullAt!);
    try {
      readerCpu.push((JSON.parse(readFileSync(trace, 'utf8')) as { mainThreadMs: number }).mainThreadMs);
    } catch {
      // no trace (not Linux)
    }
    firstKey.push(await timeToFirstKey());
    const cpu = Number(execFileSync(process.execPath, ['-e', BARE_CPU], { encoding: 'utf8' }));
    if (cpu > 0) bareCpu.push(cpu);
  }
  rmSync(trace, { force: true });
  return { bare, reader, full, firstKey, bareCpu, readerCpu };
}

/** Spawn → `]` pressed as soon as the first frame shows → the frame for topic 1 arrives. */
async function timeToFirstKey(): Promise<number> {
  const t0 = performance.now();
  const s = new PtySession([], { cols: COLS, rows: ROWS });
  let arrived = 0;
  s.onChunk = (_d, at) => {
    arrived = at;
  };
  try {
    await s.waitFor(topics[0]!.label, 15000);
    s.press(']');
    await s.waitFor((x) => currentTopic(x) === 1, 15000);
    return arrived - t0;
  } finally {
    s.press('q');
    await waitExit(s, 5000).catch(() => undefined);
    s.dispose();
  }
}

interface KeyStats {
  name: string;
  samples: number[];
  /** Main-thread CPU the reader spent on each key: immune to waiting for a busy machine's CPU. */
  cpu: number[];
  failures: number;
}

async function measure(s: PtySession, stats: KeyStats, key: string, check: (s: PtySession) => boolean): Promise<void> {
  const { latency, cpu } = await keyLatency(s, key);
  if (Number.isNaN(latency) || !check(s)) {
    stats.failures++;
    return;
  }
  stats.samples.push(latency);
  if (!Number.isNaN(cpu)) stats.cpu.push(cpu);
}

/** The main keys session, > 200 keys including searches: per-key stats and the peak RSS. */
async function keys() {
  const s = new PtySession([], { cols: COLS, rows: ROWS });
  const next = stats('`]` next topic');
  const digit = stats('digit jump (2–9)');
  const sideJ = stats('`j` next topic (sidebar)');
  const search = stats('search typing, per char');
  const press = pressCounting(s);
  try {
    await s.waitFor(topics[0]!.label, 15000);
    // Let start-up work after the first frame (index warm-up) finish: this measures steady keys.
    await sleep(1500);
    await s.settle(200);

    for (let round = 0; round < 4; round++) {
      await press('1');
      await s.waitFor((x) => currentTopic(x) === 1, 3000);
      for (let k = 2; k <= Math.min(N, 15); k++) {
        press.count++;
        await measure(s, next, ']', (x) => currentTopic(x) === k);
      }
    }
    for (let round = 0; round < 7; round++) {
      for (let k = 2; k <= Math.min(9, N); k++) {
        press.count++;
        await measure(s, digit, String(k), (x) => currentTopic(x) === k);
      }
    }
    // j in the sidebar (focused with h) selects the next topic.
    for (let round = 0; round < 4; round++) {
      await press('1');
      await s.waitFor((x) => currentTopic(x) === 1, 3000);
      await press('h');
      for (let k = 2; k <= Math.min(N, 15); k++) {
        press.count++;
        await measure(s, sideJ, 'j', (x) => currentTopic(x) === k);
      }
    }
    // Search: open, type queries one character at a time (Han characters and pinyin letters),
    // clear the line between queries.
    await press('/');
    for (const q of searchQueries()) {
      let typed = '';
      for (const ch of q) {
        typed += ch;
        press.count++;
        const want = typed;
        await measure(s, search, ch, (x) =>
          (
            x
              .screen()
              .filter((r) => r.trim() !== '')
              .at(-1) ?? ''
          ).includes(want),
        );
        if (search.samples.length + search.failures >= 60) break;
      }
      await press('\x15'); // ctrl-u clears the search line
      if (search.samples.length + search.failures >= 60) break;
    }
    await press('\x1b');
    const status = readFileSync(`/proc/${s.proc.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
    return { stats: [next, digit, sideJ, search], keysSent: press.count, hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
  } finally {
    s.press('q');
    await waitExit(s, 5000).catch(() => undefined);
    s.dispose();
  }
}

/**
 * Scrolling in the reader pane: a small terminal (60×12), so that the longest topic is several
 * screens long; focus moved to the reader with `l`; back to the top with `g` at the bottom.
 */
async function scrolling() {
  const s = new PtySession([], { cols: 60, rows: 12 });
  const line = stats('`j` line down (reader)');
  const page = stats('space page down (reader)');
  const press = pressCounting(s);
  try {
    await s.waitFor(/\? help/, 15000);
    await sleep(1500);
    await s.settle(200);
    for (const d of String(longestTopic())) await press(d);
    await press('l');
    for (const [st, key] of [
      [line, 'j'],
      [page, ' '],
    ] as const) {
      await press('g');
      while (st.samples.length + st.failures < 60) {
        const before = s.text();
        await measure(s, st, key, (x) => x.text() !== before);
        if (/100%/.test(s.text())) await press('g');
      }
    }
    return [line, page];
  } finally {
    s.press('q');
    await waitExit(s, 5000).catch(() => undefined);
    s.dispose();
  }
}

function stats(name: string): KeyStats {
  return { name, samples: [], cpu: [], failures: 0 };
}

/** Presses an unmeasured key and waits for the output to settle; `.count` counts every key sent. */
function pressCounting(s: PtySession) {
  const press = async (k: string) => {
    press.count++;
    s.press(k);
    await s.settle(QUIET_MS);
  };
  press.count = 0;
  return press;
}

function longestTopic(): number {
  const out = execFileSync(process.execPath, [BIN, 'export'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  const model = JSON.parse(out) as { topics: { id: number; turns: { paragraphs: string[] }[] }[] };
  let best = 1;
  let bestLen = -1;
  for (const t of model.topics) {
    const len = t.turns.reduce((n, turn) => n + turn.paragraphs.join('').length, 0);
    if (len > bestLen) [best, bestLen] = [t.id, len];
  }
  return best;
}

/** Queries drawn from the transcript's own labels (Han), and their pinyin initials spelled out. */
function searchQueries(): string[] {
  const han = topics.map((t) => t.label).filter((l) => /^\p{Script=Han}+$/u.test(l));
  return [...han, 'zhongmei', 'waijiao', 'quanqiunanfang', ...han];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

const cpu = cpus();
console.log(
  `machine: ${cpu[0]?.model ?? 'unknown'} · ${cpu.length} cores · node ${process.version} · load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (at start)`,
);
console.log(`terminal: ${COLS}×${ROWS} pty, xterm-256color; ${RUNS} start-up runs; quiet gap ${QUIET_MS} ms\n`);

// BENCH_ONLY=startup or BENCH_ONLY=keys runs one half (for A/B runs with PRESSER_BIN).
const only = process.env.BENCH_ONLY;
if (only !== 'keys') await reportStartup();
if (only !== 'startup') await reportKeys();
console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

async function reportStartup() {
  const st = await startup();
  const ratio = median(st.reader) / median(st.bare);
  console.log(
    table([
      ['start-up', 'median', 'min', 'max'],
      ['node -e "console.log(1)" → "1" on screen', ms(median(st.bare)), ms(Math.min(...st.bare)), ms(Math.max(...st.bare))],
      ['presser → first topic label on screen', ms(median(st.reader)), ms(Math.min(...st.reader)), ms(Math.max(...st.reader))],
      ["presser → Ink's whole first frame (status line)", ms(median(st.full)), ms(Math.min(...st.full)), ms(Math.max(...st.full))],
      ['presser → first `]` answered', ms(median(st.firstKey)), ms(Math.min(...st.firstKey)), ms(Math.max(...st.firstKey))],
    ]),
  );
  console.log(`first frame / bare node: ${ratio.toFixed(2)}× (goal ≤ 2.5×) ${ratio <= 2.5 ? 'MET' : 'NOT MET'}`);
  if (st.readerCpu.length && st.bareCpu.length) {
    // CPU time is less disturbed by other load than wall time; the main thread is the critical path.
    const rc = median(st.readerCpu);
    const bc = median(st.bareCpu);
    console.log(
      `main-thread CPU to Ink's first frame: presser ${ms(rc)} (min ${ms(Math.min(...st.readerCpu))}), bare node ${ms(bc)} (min ${ms(Math.min(...st.bareCpu))}): ${(rc / bc).toFixed(2)}×`,
    );
  }
  console.log('');
}

async function reportKeys() {
  const k = await keys();
  const scroll = await scrolling();
  const all = [...k.stats, ...scroll];
  console.log(
    table([
      ['key-to-frame', 'n', 'p50', 'p95', 'max', 'failed', 'CPU p50', 'CPU p95'],
      ...all.map((x) => [
        x.name,
        String(x.samples.length),
        ms(quantile(x.samples, 0.5)),
        ms(quantile(x.samples, 0.95)),
        ms(Math.max(...x.samples)),
        String(x.failures),
        ms(quantile(x.cpu, 0.5)),
        ms(quantile(x.cpu, 0.95)),
      ]),
    ]),
  );
  const worst = Math.max(...all.map((x) => quantile(x.samples, 0.95)));
  console.log(`worst p95: ${ms(worst)} (goal ≤ 16 ms) ${worst <= 16 ? 'MET' : 'NOT MET'}`);
  const worstCpu = Math.max(...all.map((x) => quantile(x.cpu, 0.95)));
  console.log(`worst CPU p95: ${ms(worstCpu)} (the reader's own work per key, whatever the machine's load)\n`);
  console.log(
    `peak RSS (VmHWM) after ${k.keysSent} keys incl. searches: ${k.hwm.toFixed(1)} MB (VmRSS now ${k.rss.toFixed(1)} MB; goal ≤ 120 MB) ${k.hwm <= 120 ? 'MET' : 'NOT MET'}`,
  );
}
