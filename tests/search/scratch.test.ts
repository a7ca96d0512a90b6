import { describe, expect, it } from 'vitest';
import { Scratch } from '../../src/search/scratch.js';

describe('the shared working arrays', () => {
  it('collect one result at a time, in id order, and start empty every time', () => {
    const scratch = new Scratch(10);
    const r = scratch.collect((out) => {
      out.add(7, 1, 0.5);
      out.add(2, 0, 0);
      out.add(7, 2, 0.9); // a unit's first match wins
    });
    expect([...r.ids]).toEqual([2, 7]);
    expect([...r.tiers]).toEqual([0, 1]);
    const next = scratch.collect((out) => expect(out.empty).toBe(true));
    expect(next.ids.length).toBe(0);
  });

  it('refuse a nested use instead of mixing two results, and are left empty after a failure', () => {
    const scratch = new Scratch(10);
    expect(() => scratch.collect(() => scratch.collect(() => undefined))).toThrow(/already collecting/);
    expect(() =>
      scratch.collect((out) => {
        out.add(3, 0, 0);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    scratch.collect((out) => expect(out.has(3)).toBe(false));
    expect(() => scratch.withCounts(() => scratch.withCounts(() => 0))).toThrow(/already in use/);
  });

  it('reset the counters a use touched', () => {
    const scratch = new Scratch(4);
    scratch.withCounts((counts, touched) => {
      counts[1] = 5;
      touched.push(1);
    });
    expect(scratch.withCounts((counts) => [...counts])).toEqual([0, 0, 0, 0]);
  });
});
