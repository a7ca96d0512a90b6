// Timing a program in a pseudo-terminal as its user sees it (bench/startup.bench.ts explains the
// measures): time from spawn until something is on the emulator's screen, and key-to-frame latency.
import { readFileSync } from 'node:fs';
import { PtySession, waitExit } from '../tests/helpers/pty.js';

/** Output quiet for this long after a frame's end mark: the key's frames are all drawn. */
export const QUIET_MS = 60;
/** Ink brackets every frame in synchronized-update marks; this one closes a frame. */
export const FRAME_END = '\x1b[?2026l';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Spawns a program and resolves with the times from spawn until each of `visible` holds on the
 * grid, in order (each is the arrival time of the chunk after which it first held).
 */
export async function timeToScreen(make: () => PtySession, quitsByItself: boolean, ...visible: ((s: PtySession) => boolean)[]): Promise<number[]> {
  const t0 = performance.now();
  const s = make();
  let arrived = 0;
  s.onChunk = (_d, at) => {
    arrived = at;
  };
  try {
    const times: number[] = [];
    for (const v of visible) {
      await s.waitFor(v, 15000);
      times.push(arrived - t0);
    }
    return times;
  } finally {
    // Only the reader waits for q; a program that has ended has no terminal left to write to.
    if (!s.exit && !quitsByItself) s.press('q');
    await waitExit(s, 5000).catch(() => undefined);
    s.dispose();
  }
}

/** Time from spawn until a bare `node -e "console.log(1)"` shows its "1": the yardstick of every first frame. */
export async function bareNodeToScreen(cols: number, rows: number): Promise<number> {
  const [at] = await timeToScreen(
    () => new PtySession([], { cols, rows, command: process.execPath, args: ['-e', 'console.log(1)'] }),
    true,
    (s) => s.screen()[0] === '1',
  );
  return at!;
}

/** Milliseconds the process's main thread has run (Linux schedstat), NaN elsewhere. */
export function mainThreadCpu(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * Sends one key; its key-to-frame latency (see the header: to the last frame drawn before the
 * output goes quiet; NaN if no frame came), the time to the first frame after it (the key's own
 * frame, where later frames may answer something else: a search that ran when typing paused), and
 * its CPU.
 */
export async function keyLatency(s: PtySession, key: string): Promise<{ latency: number; first: number; cpu: number }> {
  const cpu0 = mainThreadCpu(s.proc.pid);
  let lastFrameEnd = NaN;
  let firstFrameEnd = NaN;
  s.holdParsing();
  const t0 = performance.now();
  let lastChunk = t0;
  let tail = '';
  s.onChunk = (data, at) => {
    lastChunk = at;
    // The mark can straddle two chunks.
    if ((tail + data).includes(FRAME_END)) {
      lastFrameEnd = at;
      if (Number.isNaN(firstFrameEnd)) firstFrameEnd = at;
    }
    tail = data.slice(-FRAME_END.length);
  };
  s.press(key);
  // Quiet: nothing for QUIET_MS since the last chunk (or since the write, for a key that draws nothing).
  const deadline = t0 + 3000;
  for (;;) {
    await sleep(5);
    const now = performance.now();
    if (now - lastChunk >= QUIET_MS && (!Number.isNaN(lastFrameEnd) || now - t0 >= 500)) break;
    if (now > deadline) break;
  }
  s.onChunk = undefined;
  const cpu = mainThreadCpu(s.proc.pid) - cpu0;
  s.releaseParsing();
  await s.waitFor(() => true); // let the emulator parse what arrived
  return { latency: lastFrameEnd - t0, first: firstFrameEnd - t0, cpu };
}
