import { describe, expect, it } from 'vitest';
import { fakeClock } from '../helpers/clock.js';
import { IdleQueue } from '../../src/ui/idle.js';

/** A job of `n` steps that records each step it runs. */
function job(name: string, n: number, log: string[], extra: { after?: number; delay?: number } = {}) {
  let i = 0;
  return {
    name,
    ...extra,
    step: () => {
      log.push(`${name}${i++}`);
      return i >= n;
    },
  };
}

describe('IdleQueue', () => {
  it('runs one step per turn of the event loop, jobs in order', () => {
    const { clock, turn } = fakeClock();
    const q = new IdleQueue(100, clock);
    const log: string[] = [];
    q.add(job('a', 2, log));
    q.add(job('b', 1, log));
    turn();
    expect(log).toEqual(['a0']);
    turn();
    turn();
    expect(log).toEqual(['a0', 'a1', 'b0']);
    expect(q.busy).toBe(false);
  });

  it('runs nothing until the keyboard has been quiet for quietMs after a key', () => {
    const { clock, turn, advance } = fakeClock();
    const q = new IdleQueue(100, clock);
    const log: string[] = [];
    q.add(job('a', 3, log));
    turn();
    q.keyPressed();
    turn();
    advance(50);
    turn();
    expect(log).toEqual(['a0']);
    advance(50);
    turn();
    expect(log).toEqual(['a0', 'a1']);
  });

  it('a job that waits for a long quiet spell does not hold up a job added after it', () => {
    const { clock, turn, advance } = fakeClock();
    const q = new IdleQueue(100, clock);
    const log: string[] = [];
    q.add(job('slow', 1, log, { after: 1000, delay: 1000 }));
    turn();
    q.add(job('fast', 1, log));
    turn();
    expect(log).toEqual(['fast0']);
    advance(999);
    turn();
    expect(log).toEqual(['fast0']);
    advance(1);
    turn();
    expect(log).toEqual(['fast0', 'slow0']);
  });

  it('a job added under the name of a pending one replaces it; a failing step ends its job only', () => {
    const { clock, turn } = fakeClock();
    const q = new IdleQueue(100, clock);
    const log: string[] = [];
    q.add(job('layout', 5, log));
    turn();
    q.add(job('layout', 1, log));
    q.add({
      name: 'boom',
      step: () => {
        throw new Error('x');
      },
    });
    q.add(job('after', 1, log));
    for (let i = 0; i < 5; i++) turn();
    expect(log).toEqual(['layout0', 'layout0', 'after0']);
    expect(q.busy).toBe(false);
  });

  it('stop drops every pending job', () => {
    const { clock, turn, advance } = fakeClock();
    const q = new IdleQueue(100, clock);
    const log: string[] = [];
    q.add(job('a', 1, log, { delay: 10 }));
    q.stop();
    advance(20);
    turn();
    expect(log).toEqual([]);
  });
});
