/**
 * Time and timers, passed to whatever waits (the idle queue, the digit pause, status messages) so
 * that a test can pass a clock it moves by hand. A timeout's handle is all `clearTimeout` is given.
 */
export interface Clock {
  now(): number;
  setImmediate(fn: () => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real one. Its timeouts do not keep the process alive on their own. */
export const realClock: Clock = {
  now: () => performance.now(),
  setImmediate: (fn) => void setImmediate(fn),
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};
