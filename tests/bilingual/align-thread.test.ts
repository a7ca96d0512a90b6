// The align worker's protocol: the reader's version and the other one go to the bundled worker
// (dist/align-worker.js) and come back aligned exactly as in this thread — on the written pair
// and, when the shared library is beside the project, on a real briefing and its English page.
// A worker that cannot start or dies mid-job leaves the job to this thread; a request cancelled
// before its turn is never run; requests run one at a time, in order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { alignJob, type AlignAnswer, type AlignRequest } from '../../src/bilingual/align-job.js';
import { Aligner } from '../../src/bilingual/align-thread.js';
import { openTranscript } from '../../src/transcript/open.js';
import { requireBuilt, ROOT } from '../helpers/pty.js';
import { tempDir, writeFiles } from '../library/helpers.js';

const WORKER = pathToFileURL(join(ROOT, 'dist/align-worker.js'));
const SHARED = join(ROOT, '../shared/library');
const REAL_ZH = join(SHARED, 'mfa-2016-2020/mfa-t1691418.txt');
const REAL_EN = join(SHARED, 'mfa-en-2018-2020/mfa-en-t1691457.txt');
const realPair = existsSync(REAL_ZH) && existsSync(REAL_EN);

/** The request the reader makes, reading `primary` beside `other`. */
function request(primary: string, other: string): AlignRequest {
  const p = openTranscript(primary);
  const o = openTranscript(other);
  return { primary: p.transcript, primaryName: p.name, other: o.transcript, otherName: o.name };
}

const FIXTURE_ZH = join(ROOT, 'tests/fixtures/bilingual/briefing-zh.txt');
const FIXTURE_EN = join(ROOT, 'tests/fixtures/bilingual/briefing-en.txt');

const made: Aligner[] = [];
function aligner(...args: ConstructorParameters<typeof Aligner>): Aligner {
  const a = new Aligner(...args);
  made.push(a);
  return a;
}
afterEach(() => {
  for (const a of made.splice(0)) a.close();
});

/** A promise and the function that settles it, for a job held until the test lets it go. */
function held<T>(): { promise: Promise<T>; release(v: T): void } {
  let release!: (v: T) => void;
  const promise = new Promise<T>((r) => (release = r));
  return { promise, release };
}

describe('the align worker', () => {
  it('answers the written pair exactly as this thread aligns it, from either side', async () => {
    requireBuilt();
    const a = aligner(WORKER, () => Promise.reject(new Error('ran in this thread')));
    for (const [p, o, side] of [
      [FIXTURE_ZH, FIXTURE_EN, 'zh'],
      [FIXTURE_EN, FIXTURE_ZH, 'en'],
    ] as const) {
      const req = request(p, o);
      const answer = await a.align(req);
      expect(answer).toEqual(alignJob(req));
      expect(answer && 'side' in answer && answer.side).toBe(side);
      expect(answer && 'alignment' in answer && answer.alignment.links.length).toBeGreaterThan(0);
    }
  });

  it.skipIf(!realPair)('answers a real briefing and its English page exactly as this thread aligns them', async () => {
    requireBuilt();
    const a = aligner(WORKER, () => Promise.reject(new Error('ran in this thread')));
    const req = request(REAL_ZH, REAL_EN);
    const answer = await a.align(req);
    expect(answer).toEqual(alignJob(req));
  });

  it('says in one line why two versions in one language cannot be aligned', async () => {
    requireBuilt();
    const answer = await aligner(WORKER).align(request(FIXTURE_ZH, FIXTURE_ZH));
    expect(answer).toHaveProperty('reason');
    expect((answer as { reason: string }).reason).toMatch(/^align needs a Chinese and an English transcript[^\n]*$/);
  });
});

describe('when the worker is not there or fails', () => {
  const req = request(FIXTURE_ZH, FIXTURE_EN);
  const here = (): Promise<AlignAnswer> => Promise.resolve(alignJob(req));

  it('without a worker (run from source) the job runs in this thread', async () => {
    expect(await aligner(undefined).align(req)).toEqual(alignJob(req));
  });

  it('a worker file that is missing, or that throws as it starts, leaves the job to this thread', async () => {
    const dir = tempDir('presser-align-');
    writeFiles(dir, { 'throws.mjs': "throw new Error('bad bundle');\n" });
    for (const url of [pathToFileURL(join(dir, 'missing.mjs')), pathToFileURL(join(dir, 'throws.mjs'))]) {
      let ranHere = 0;
      const a = aligner(url, () => (ranHere++, here()));
      expect(await a.align(req)).toEqual(alignJob(req));
      expect(ranHere).toBe(1);
      // Broken for good: the next job goes straight to this thread.
      expect(await a.align(req)).toEqual(alignJob(req));
      expect(ranHere).toBe(2);
    }
  });

  it('a worker that dies in the middle of a job leaves that job to this thread', async () => {
    const dir = tempDir('presser-align-');
    writeFiles(dir, { 'dies.mjs': "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n" });
    let ranHere = 0;
    const a = aligner(pathToFileURL(join(dir, 'dies.mjs')), () => (ranHere++, here()));
    expect(await a.align(req)).toEqual(alignJob(req));
    expect(ranHere).toBe(1);
  });

  it('an error in this thread is one line, not a hang', async () => {
    const answer = await aligner(undefined, () => Promise.reject(new Error('out of memory'))).align(req);
    expect(answer).toEqual({ reason: 'could not align the two versions: out of memory' });
  });
});

describe('requests', () => {
  const req = request(FIXTURE_ZH, FIXTURE_EN);

  it('run one at a time, in order; one cancelled before its turn never runs, and answers null', async () => {
    const jobs: { req: AlignRequest; hold: ReturnType<typeof held<AlignAnswer>> }[] = [];
    const a = aligner(undefined, (r) => {
      const hold = held<AlignAnswer>();
      jobs.push({ req: r, hold });
      return hold.promise;
    });
    const second = { ...req, otherName: 'second' };
    const third = { ...req, otherName: 'third' };
    const cancel = new AbortController();
    const p1 = a.align(req);
    const p2 = a.align(second, cancel.signal);
    const p3 = a.align(third);
    await Promise.resolve();
    expect(jobs.map((j) => j.req.otherName)).toEqual([req.otherName]);
    cancel.abort();
    expect(await p2).toBeNull();
    jobs[0]!.hold.release({ reason: 'first' });
    expect(await p1).toEqual({ reason: 'first' });
    await Promise.resolve();
    expect(jobs.map((j) => j.req.otherName)).toEqual([req.otherName, 'third']);
    jobs[1]!.hold.release({ reason: 'third' });
    expect(await p3).toEqual({ reason: 'third' });
  });

  it('a request already cancelled answers null at once', async () => {
    const cancel = new AbortController();
    cancel.abort();
    expect(await aligner(undefined).align(req, cancel.signal)).toBeNull();
  });
});
