/**
 * Aligns the reader's version with the other one off the main thread: in one worker running the
 * bundled align worker (dist/align-worker.js), started at the first request and kept, so that the
 * glossary loads once. Requests run one at a time; one cancelled before its turn is never sent.
 * Without the bundle (tests run from source), or once the worker fails or cannot start, the job
 * runs in this thread instead (the job that was in the worker too): an answer always comes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AlignAnswer, AlignRequest } from './align-job.js';
import type { AlignMessage } from './align-worker.js';

const WORKER_FILE = 'align-worker.js';

/**
 * The bundled worker beside this module's file: dist/ when this is the entry, its parent when
 * this is a chunk in dist/chunks/; undefined when running from source.
 */
export function alignWorkerUrl(): URL | undefined {
  for (const candidate of [new URL(`./${WORKER_FILE}`, import.meta.url), new URL(`../${WORKER_FILE}`, import.meta.url)]) {
    if (candidate.protocol === 'file:' && existsSync(fileURLToPath(candidate))) return candidate;
  }
  return undefined;
}

/** The job in this thread (the alignment code and the glossary load only now). */
async function alignHere(req: AlignRequest): Promise<AlignAnswer> {
  const { alignJob } = await import('./align-job.js');
  return alignJob(req);
}

interface Job {
  id: number;
  req: AlignRequest;
  /** null: cancelled. */
  settle(answer: AlignAnswer | null): void;
}

export class Aligner {
  private worker: Worker | null = null;
  /** The worker failed or could not start: every job from now on runs in this thread. */
  private broken: boolean;
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private ids = 0;

  constructor(
    private readonly workerUrl: URL | undefined,
    private readonly here: (req: AlignRequest) => Promise<AlignAnswer> = alignHere,
  ) {
    this.broken = workerUrl === undefined;
  }

  /** The alignment, or why there is none (one line); null when `signal` aborts first. */
  align(req: AlignRequest, signal?: AbortSignal): Promise<AlignAnswer | null> {
    if (signal?.aborted) return Promise.resolve(null);
    return new Promise((resolve) => {
      let done = false;
      const job: Job = {
        id: ++this.ids,
        req,
        settle: (answer) => {
          if (done) return;
          done = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(answer);
        },
      };
      // Not yet sent: dropped. Running: its answer is no longer awaited.
      const onAbort = () => {
        const at = this.queue.indexOf(job);
        if (at >= 0) this.queue.splice(at, 1);
        job.settle(null);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Stops the worker (a job it was running is finished in this thread). */
  close(): void {
    this.broken = true;
    const w = this.worker;
    this.worker = null;
    if (w) void w.terminate();
    this.fallBack();
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    const worker = this.start();
    if (worker) worker.postMessage({ id: job.id, req: job.req } satisfies AlignMessage);
    else this.runHere(job);
  }

  private finish(job: Job, answer: AlignAnswer): void {
    if (this.running !== job) return;
    this.running = null;
    job.settle(answer);
    this.pump();
  }

  private runHere(job: Job): void {
    this.here(job.req).then(
      (answer) => this.finish(job, answer),
      (e: unknown) => this.finish(job, { reason: `could not align the two versions: ${e instanceof Error ? e.message : String(e)}` }),
    );
  }

  /** A job the failed worker was running runs here. */
  private fallBack(): void {
    if (this.running) this.runHere(this.running);
  }

  private start(): Worker | null {
    if (this.broken || !this.workerUrl) return null;
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = new Worker(this.workerUrl);
    } catch {
      this.broken = true;
      return null;
    }
    // An idle worker must not keep the process alive once the reader quits.
    worker.unref();
    worker.on('message', (m: { id: number; answer: AlignAnswer }) => {
      if (this.running?.id === m.id) this.finish(this.running, m.answer);
    });
    const failed = () => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.broken = true;
      this.fallBack();
    };
    worker.on('error', failed);
    worker.on('exit', failed);
    this.worker = worker;
    return worker;
  }
}

let shared: Aligner | undefined;

/** The process's aligner: one worker for every transcript the reader opens. */
export function sharedAligner(): Aligner {
  shared ??= new Aligner(alignWorkerUrl());
  return shared;
}
