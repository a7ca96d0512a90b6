import { describe, expect, it } from 'vitest';
import { lazy } from '../src/lazy.js';

describe('lazy', () => {
  it('loads once, shares the promise, and retries after a failure', async () => {
    let calls = 0;
    const v = lazy(async () => {
      calls++;
      if (calls === 1) throw new Error('chunk gone');
      return calls;
    });
    expect(v.ready()).toBeNull();
    await expect(v.load()).rejects.toThrow('chunk gone');
    expect(v.ready()).toBeNull();
    const [a, b] = await Promise.all([v.load(), v.load()]);
    expect([a, b, calls, v.ready()]).toEqual([2, 2, 2, 2]);
  });
});
