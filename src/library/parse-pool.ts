/**
 * Parses many files on the machine's cores: worker threads running the bundled parse worker, or
 * the main thread when there are few files or no bundle (tests run from source). A file is read
 * only when its turn comes, so that the library's bytes are never all in memory at once; results
 * come back in any order, each through `onResult` with the SHA-256 of the bytes actually parsed
 * (a file rewritten since it was first hashed is recorded as what was parsed).
 *
 * Workers may be started before the files to parse are known (`startWorkers`), so that their
 * start (loading the bundle, ICU's dictionary) overlaps the scan that finds those files; each is
 * kept PIPELINE files ahead, so that it never waits for the main thread to read its next file.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errnoReason } from './files.js';
import { parseJob, type ParseResult } from './parse-job.js';

export interface ParseTask {
  path: string;
  /** The name the parser's messages use (the file's base name). */
  name: string;
}

export type OnParsed = (index: number, result: ParseResult, hash: string | undefined) => void;

/** Below this many files, starting workers (≈50 ms each) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;
const MAX_WORKERS = 4;
/** Files sent to a worker ahead of its results: one being parsed, one waiting. */
const PIPELINE = 2;
/**
 * A worker's heap: parsing one transcript needs little, and V8 would otherwise grow each to
 * ~100 MB. The young generation is not kept small, though: at 4 MB the parser's short-lived
 * allocations made the worker collect garbage for about a sixth of its time.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/** How many workers parsing `files` files is worth. */
export function workersFor(files: number): number {
  return Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(files / MIN_FILES_FOR_WORKERS));
}

/** Workers for `files` files; none when the bundle is absent or one or none would do. */
export function startWorkers(files: number, workerUrl: URL | undefined): Worker[] {
  const n = workersFor(files);
  if (!workerUrl || n < 2 || !existsSync(fileURLToPath(workerUrl))) return [];
  return Array.from({ length: n }, () => new Worker(workerUrl, { resourceLimits: WORKER_LIMITS }));
}

function read(task: ParseTask): { bytes: Uint8Array; hash: string } | { failed: ParseResult } {
  try {
    const bytes = readFileSync(task.path);
    return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
  } catch (e) {
    return { failed: { ok: false, reason: errnoReason(e) } };
  }
}

function parseHere(task: ParseTask, index: number, onResult: OnParsed): void {
  const r = read(task);
  if ('failed' in r) onResult(index, r.failed, undefined);
  else onResult(index, parseJob(r.bytes, task.name), r.hash);
}

/**
 * Parses `tasks`, on `started` workers if given (they are used, then ended, whatever the number
 * of tasks), else on workers started here when there are enough tasks.
 */
export async function parseAll(tasks: readonly ParseTask[], onResult: OnParsed, workerUrl?: URL, started?: Worker[]): Promise<void> {
  let workers = started ?? [];
  if (!started && workersFor(tasks.length) >= 2) workers = startWorkers(tasks.length, workerUrl);
  let next = 0;
  // The main thread's share: all of it without workers; what a failed worker leaves behind.
  const inline = async (left: number[]) => {
    for (const id of left) parseHere(tasks[id]!, id, onResult);
    while (next < tasks.length) {
      const id = next++;
      parseHere(tasks[id]!, id, onResult);
      // Let a progress bar or a reader frame through between files.
      await new Promise<void>((r) => setImmediate(r));
    }
  };
  if (workers.length === 0) return inline([]);
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      // Sent and not answered yet, in the order sent (a worker answers in that order).
      const inFlight: { id: number; hash: string }[] = [];
      let done = false;
      const finish = (after?: Promise<void>) => {
        if (done) return;
        done = true;
        void worker.terminate();
        if (after) after.then(resolve, resolve);
        else resolve();
      };
      const send = () => {
        while (next < tasks.length && inFlight.length < PIPELINE) {
          const id = next++;
          const r = read(tasks[id]!);
          if ('failed' in r) {
            onResult(id, r.failed, undefined);
            continue;
          }
          inFlight.push({ id, hash: r.hash });
          worker.postMessage({ id, bytes: r.bytes, name: tasks[id]!.name });
        }
        if (inFlight.length === 0) finish();
      };
      worker.on('message', (m: { id: number; result: ParseResult }) => {
        const at = inFlight.findIndex((f) => f.id === m.id);
        const hash = at >= 0 ? inFlight.splice(at, 1)[0]!.hash : undefined;
        onResult(m.id, m.result, hash);
        send();
      });
      // A worker that fails (out of memory, a bad bundle) hands its files and the rest to this thread.
      const fail = () => finish(inline(inFlight.splice(0).map((f) => f.id)));
      worker.on('error', fail);
      worker.on('exit', fail);
      send();
    });
  await Promise.all(workers.map(run));
}
