/**
 * Worker thread entry (bundled as dist/align-worker.js): aligns the pairs the reader sends, one at
 * a time, so that the glossary's load and the alignment never hold up the keyboard. The glossary
 * stays loaded here between pairs.
 */
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { alignJob, type AlignRequest } from './align-job.js';

export interface AlignMessage {
  id: number;
  req: AlignRequest;
}

/**
 * For the end-to-end tests only: while the file PRESSER_TEST_HOLD_ALIGN names does not exist, the
 * worker holds its answer, so that a test can press keys during an alignment without racing it.
 */
function holdForTest(): void {
  const file = process.env.PRESSER_TEST_HOLD_ALIGN;
  if (!file) return;
  const nap = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) Atomics.wait(nap, 0, 0, 20);
}

parentPort?.on('message', (m: AlignMessage) => {
  const answer = alignJob(m.req);
  holdForTest();
  parentPort!.postMessage({ id: m.id, answer });
});
