// The parse pool's bookkeeping with workers: each worker is kept two files ahead, answers may
// come from any worker, and a worker that dies hands every file it held (and the rest) to the
// main thread. Stand-in workers (small scripts) answer instead of the parser, so that the test
// checks the pool, not the parser: every file is reported once, with the hash of its bytes.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAll, workersFor, type ParseTask } from '../../src/library/parse-pool.js';
import type { ParseResult } from '../../src/library/parse-job.js';
import { tempDir, writeFiles } from './helpers.js';

/** A worker answering every file as "not a transcript", naming it; it exits after `dieAfter` answers. */
const standIn = (dieAfter: number) => `
import { parentPort } from 'node:worker_threads';
let answered = 0;
parentPort.on('message', (req) => {
  if (answered === ${dieAfter}) process.exit(1);
  answered++;
  parentPort.postMessage({ id: req.id, result: { ok: false, reason: 'stand-in ' + req.name } });
});
`;

function setUp(files: number, dieAfter: number): { tasks: ParseTask[]; url: URL; hashes: string[] } {
  const dir = tempDir();
  const texts = Array.from({ length: files }, (_, i) => `标题${i}\n\n问：第${i}个问题？\n\n答：第${i}个回答。\n`);
  writeFiles(dir, { 'worker.mjs': standIn(dieAfter), ...Object.fromEntries(texts.map((t, i) => [`f${i}.txt`, t])) });
  return {
    tasks: texts.map((_, i) => ({ path: join(dir, `f${i}.txt`), name: `f${i}.txt` })),
    url: pathToFileURL(join(dir, 'worker.mjs')),
    hashes: texts.map((t) => createHash('sha256').update(t).digest('hex')),
  };
}

async function run(tasks: ParseTask[], url: URL): Promise<Map<number, { result: ParseResult; hash: string | undefined }[]>> {
  const seen = new Map<number, { result: ParseResult; hash: string | undefined }[]>();
  await parseAll(tasks, (i, result, hash) => seen.set(i, [...(seen.get(i) ?? []), { result, hash }]), url);
  return seen;
}

describe.skipIf(availableParallelism() < 2)('the parse pool with workers', () => {
  it('reports every file once, with its hash, from workers kept ahead', async () => {
    const { tasks, url, hashes } = setUp(60, Infinity);
    expect(workersFor(tasks.length)).toBeGreaterThanOrEqual(2);
    const seen = await run(tasks, url);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i));
    for (const [i, reports] of seen) {
      expect(reports).toHaveLength(1);
      expect(reports[0]!.hash).toBe(hashes[i]);
      // Every file went to a stand-in: none was parsed in this thread.
      expect(reports[0]!.result).toEqual({ ok: false, reason: `stand-in f${i}.txt` });
    }
  });

  it('a worker that dies hands the files it held to this thread; none is lost or reported twice', async () => {
    const { tasks, url, hashes } = setUp(60, 3);
    const seen = await run(tasks, url);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i));
    let here = 0;
    for (const [i, reports] of seen) {
      expect(reports).toHaveLength(1);
      expect(reports[0]!.hash).toBe(hashes[i]);
      if (reports[0]!.result.ok) here++;
    }
    // Each worker answered 3 files before dying; the rest, including what each held, were parsed here.
    expect(here).toBeGreaterThan(0);
    expect(here).toBe(tasks.length - 3 * workersFor(tasks.length));
  });
});
