import type { Clock } from '../../src/ui/clock.js';

/** A clock the test moves by hand: immediates run on `turn()`, timeouts when `advance` passes them. */
export function fakeClock() {
  let now = 0;
  let immediates: (() => void)[] = [];
  const timeouts = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const clock: Clock = {
    now: () => now,
    setImmediate: (fn) => void immediates.push(fn),
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timeouts.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (h) => void timeouts.delete(h as number),
  };
  const turn = () => {
    const run = immediates;
    immediates = [];
    for (const fn of run) fn();
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timeouts].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        timeouts.delete(id);
        t.fn();
      }
    }
  };
  return { clock, turn, advance, pending: () => immediates.length + timeouts.size };
}
