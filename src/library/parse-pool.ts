/**
 * Parses many files on the machine's cores: worker threads running the bundled parse worker, or
 * the main thread when there are few files or no bundle (tests run from source). A file is read
 * only when its turn comes, so that the library's bytes are never all in memory at once; results
 * come back in any order, each through `onResult` with the SHA-256 of the bytes actually parsed
 * (a file rewritten since it was first hashed is recorded as what was parsed).
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
/** A worker's heap: parsing one transcript needs little, and V8 would otherwise grow each to ~100 MB. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 };

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

export async function parseAll(tasks: readonly ParseTask[], onResult: OnParsed, workerUrl?: URL): Promise<void> {
  const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(tasks.length / MIN_FILES_FOR_WORKERS));
  let next = 0;
  // The main thread's share: all of it without workers; what a failed worker leaves behind.
  const inline = async (from: number | undefined) => {
    if (from !== undefined) parseHere(tasks[from]!, from, onResult);
    while (next < tasks.length) {
      const id = next++;
      parseHere(tasks[id]!, id, onResult);
      // Let a progress bar or a reader frame through between files.
      await new Promise<void>((r) => setImmediate(r));
    }
  };
  if (!workerUrl || workers < 2 || !existsSync(fileURLToPath(workerUrl))) return inline(undefined);
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let inFlight: { id: number; hash: string } | undefined;
      let done = false;
      const finish = (after?: Promise<void>) => {
        if (done) return;
        done = true;
        void worker.terminate();
        if (after) after.then(resolve, resolve);
        else resolve();
      };
      const send = () => {
        while (next < tasks.length) {
          const id = next++;
          const r = read(tasks[id]!);
          if ('failed' in r) {
            onResult(id, r.failed, undefined);
            continue;
          }
          inFlight = { id, hash: r.hash };
          worker.postMessage({ id, bytes: r.bytes, name: tasks[id]!.name });
          return;
        }
        finish();
      };
      worker.on('message', (m: { id: number; result: ParseResult }) => {
        const hash = inFlight?.hash;
        inFlight = undefined;
        onResult(m.id, m.result, hash);
        send();
      });
      // A worker that fails (out of memory, a bad bundle) hands its file and the rest to this thread.
      worker.on('error', () => finish(inline(inFlight?.id)));
      worker.on('exit', () => finish(inline(inFlight?.id)));
      send();
    });
  await Promise.all(Array.from({ length: workers }, () => run(new Worker(workerUrl, { resourceLimits: WORKER_LIMITS }))));
}
