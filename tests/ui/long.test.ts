import { describe, expect, it } from 'vitest';
import { initialState, reduce, topLine } from '../../src/ui/state.js';
import type { Transcript } from '../../src/transcript/model.js';
import { makeEnv } from './fixtures.js';

/** A topic far longer than any real answer: scrolling must not get slower with its length. */
function longTranscript(paragraphs: number): Transcript {
  const para = (i: number) => `第${i}段：外交是国家意志的集中体现，我们将坚定不移走和平发展道路，同各国一道推动构建人类命运共同体。`;
  return {
    title: '长文',
    topics: [{ id: 1, label: '长', turns: [{ role: 'answer', speaker: '王毅', paragraphs: Array.from({ length: paragraphs }, (_, i) => para(i)) }] }],
    quotes: [],
    notes: [],
    repairs: [],
  };
}

describe('a very long topic', () => {
  it('scrolls in constant time per key once laid out', () => {
    const timeKeys = (n: number) => {
      const env = makeEnv(longTranscript(n), { width: 12, height: 30 });
      let s = reduce(initialState(), { type: 'select', page: 1 }, env);
      env.rows(1); // the one-off layout
      const t0 = performance.now();
      for (let i = 0; i < 300; i++) s = reduce(s, { type: 'key', name: i % 3 ? 'j' : 'space', input: 'j' }, env);
      const ms = performance.now() - t0;
      expect(topLine(s, env, 1)).toBeGreaterThan(0);
      return ms;
    };
    timeKeys(50); // warm the JIT
    const short = timeKeys(50);
    const long = timeKeys(20000);
    // ~200,000 rows: work per row on every key would take far longer than this; a binary search does not.
    expect(long).toBeLessThan(Math.max(25, short * 5));
  });
});
