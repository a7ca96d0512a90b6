import { describe, expect, it } from 'vitest';
import { TermCache } from '../../src/search/termcache.js';
import type { TermResult } from '../../src/search/termresult.js';

const result = (...ids: number[]): TermResult => ({
  ids: Int32Array.from(ids),
  tiers: new Uint8Array(ids.length),
  qualities: new Float32Array(ids.length),
  ranges: ids.map(() => null),
});

describe('the term cache', () => {
  it('evaluates a term once while it is remembered', () => {
    const cache = new TermCache();
    const calls: string[] = [];
    const evaluate = (term: string) => (calls.push(term), result(1, 2));
    const a = cache.get('中美', evaluate);
    expect(cache.get('中美', evaluate)).toBe(a);
    expect(calls).toEqual(['中美']);
  });

  it('narrows a Latin term to the units of the longest remembered Latin term it extends', () => {
    const cache = new TermCache();
    const within: (Int32Array | null)[] = [];
    const evaluate = (term: string, w: Int32Array | null) => (within.push(w), term === 'xi' ? result(1, 2, 3) : term === 'xia' ? result(2, 3) : result(3));
    cache.get('xi', evaluate);
    cache.get('xia', evaluate);
    cache.get('xiao', evaluate);
    cache.get('中', evaluate);
    expect(within.map((w) => (w ? [...w] : null))).toEqual([null, [1, 2, 3], [2, 3], null]);
  });

  it('forgets the least recently used term beyond sixteen', () => {
    const cache = new TermCache();
    let calls = 0;
    const evaluate = () => (calls++, result());
    for (let i = 0; i < 16; i++) cache.get(`t${i}`, evaluate);
    cache.get('t0', evaluate); // used again: now the most recent
    cache.get('t16', evaluate); // the 17th: t1 goes
    calls = 0;
    cache.get('t0', evaluate);
    expect(calls).toBe(0);
    cache.get('t1', evaluate);
    expect(calls).toBe(1);
  });
});
