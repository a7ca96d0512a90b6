/**
 * Work the reader does while nobody is typing: laying out the pages not yet visited, building the
 * search index, loading pinyin. Each job is a list of small steps; one step runs per turn of the
 * event loop (setImmediate), so a key that arrives is handled after at most one step — and a step
 * never starts within `quietMs` of the last key, so a burst of keys is drawn without interference.
 * Jobs run in the order added; a job may ask for a longer quiet spell (`after`, `delay`), for work
 * that blocks for tens of milliseconds (importing a large module), and meanwhile the others run.
 */
import { type Clock, realClock } from './clock.js';

export interface IdleJob {
  /** Replaces a pending job of the same name (say, layouts for a width the terminal no longer has). */
  name: string;
  /** Each call does one small piece; returns true when the job is done. */
  step: () => boolean;
  /** Milliseconds without a key before this job's steps may run (default: the queue's quietMs). */
  after?: number;
  /** Milliseconds after the queue was created before this job's steps may run (default 0). */
  delay?: number;
}

export class IdleQueue {
  private jobs: IdleJob[] = [];
  private lastKey = -Infinity;
  /** A step is queued for the next turn of the event loop. */
  private queued = false;
  /** Or a timeout waits for the keyboard to be quiet. */
  private timer: unknown = null;
  private stopped = false;
  private readonly created: number;

  constructor(
    private readonly quietMs = 100,
    private readonly clock: Clock = realClock,
  ) {
    this.created = clock.now();
  }

  /** Adds a job at the end (or in place of a pending one with the same name). */
  add(job: IdleJob): void {
    const at = this.jobs.findIndex((j) => j.name === job.name);
    if (at >= 0) this.jobs[at] = job;
    else this.jobs.push(job);
    // A job that may run sooner than the one being waited for must not wait with it.
    this.cancelTimer();
    this.schedule();
  }

  /** A key arrived: nothing runs until the keyboard has been quiet again. */
  keyPressed(): void {
    this.lastKey = this.clock.now();
  }

  /** True while jobs are pending. */
  get busy(): boolean {
    return this.jobs.length > 0;
  }

  stop(): void {
    this.stopped = true;
    this.jobs = [];
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.stopped || this.queued || this.timer !== null || this.jobs.length === 0) return;
    this.queued = true;
    this.clock.setImmediate(() => {
      this.queued = false;
      this.run();
    });
  }

  private run(): void {
    if (this.stopped || this.jobs.length === 0) return;
    // The first job whose quiet spell has come runs; a job still waiting does not hold up the others.
    const now = this.clock.now();
    let soonest = Infinity;
    const job = this.jobs.find((j) => {
      const wait = Math.max(this.lastKey + (j.after ?? this.quietMs), this.created + (j.delay ?? 0)) - now;
      soonest = Math.min(soonest, wait);
      return wait <= 0;
    });
    if (!job) {
      this.timer = this.clock.setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, soonest);
      return;
    }
    let done = true;
    try {
      done = job.step();
    } catch {
      // Idle work is an optimisation: whatever failed here is done again, on demand, when needed.
    }
    if (done) this.jobs = this.jobs.filter((j) => j !== job);
    this.schedule();
  }
}
