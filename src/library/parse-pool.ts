/**
 * Parses many files on the machine's cores: worker threads running the bundled parse worker, or
 * the main thread when there are few files or no bundle (tests run from source). Results come
 * back in any order, each through `onResult`, as soon as it is ready.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseJob, type ParseResult } from './parse-job.js';

export interface ParseTask {
  bytes: Uint8Array;
  name: string;
}

/** Below this many files, starting workers (≈50 ms each) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;
const MAX_WORKERS = 4;

export async function parseAll(tasks: readonly ParseTask[], onResult: (index: number, result: ParseResult) => void, workerUrl?: URL): Promise<void> {
  const workers = Math.min(MAX_WORKERS, availableParallelism(), Math.ceil(tasks.length / MIN_FILES_FOR_WORKERS));
  if (!workerUrl || workers < 2 || !existsSync(fileURLToPath(workerUrl))) {
    for (let i = 0; i < tasks.length; i++) {
      onResult(i, parseJob(tasks[i]!.bytes, tasks[i]!.name));
      // Let a progress bar or a reader frame through between files.
      if (i % 8 === 7) await new Promise<void>((r) => setImmediate(r));
    }
    return;
  }
  let next = 0;
  // A worker that fails (out of memory, a bad bundle) hands its file and the rest to this thread.
  const inline = async (from: number | undefined) => {
    if (from !== undefined) onResult(from, parseJob(tasks[from]!.bytes, tasks[from]!.name));
    while (next < tasks.length) {
      const id = next++;
      onResult(id, parseJob(tasks[id]!.bytes, tasks[id]!.name));
      await new Promise<void>((r) => setImmediate(r));
    }
  };
  const run = (worker: Worker) =>
    new Promise<void>((resolve) => {
      let inFlight: number | undefined;
      let done = false;
      const finish = (after?: Promise<void>) => {
        if (done) return;
        done = true;
        void worker.terminate();
        if (after) after.then(resolve, resolve);
        else resolve();
      };
      const send = () => {
        if (next >= tasks.length) return finish();
        inFlight = next++;
        worker.postMessage({ id: inFlight, bytes: tasks[inFlight]!.bytes, name: tasks[inFlight]!.name });
      };
      worker.on('message', (m: { id: number; result: ParseResult }) => {
        inFlight = undefined;
        onResult(m.id, m.result);
        send();
      });
      worker.on('error', () => finish(inline(inFlight)));
      worker.on('exit', () => finish(inline(inFlight)));
      send();
    });
  await Promise.all(Array.from({ length: workers }, () => run(new Worker(workerUrl))));
}
