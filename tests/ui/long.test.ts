import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../src/layout/page.js';
import { type Env, initialState, reduce, rowsOf, topLine } from '../../src/ui/state/index.js';
import type { Transcript } from '../../src/transcript/model.js';
import { key, makeEnv, terminal } from './fixtures.js';

/** A topic far longer than any real answer: scrolling must not do more work with its length. */
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

/** The env, with its laid-out rows wrapped to count how many rows the reducer reads. */
function counting(t: Transcript): { env: Env; reads: () => number } {
  const inner = makeEnv(t);
  let reads = 0;
  const wrapped = new Map<PageRow[], PageRow[]>();
  const env: Env = {
    ...inner,
    layout: (page, opts) => {
      const rows = inner.layout(page, opts);
      let proxy = wrapped.get(rows);
      if (!proxy) {
        proxy = new Proxy(rows, {
          get(target, prop, receiver) {
            if (typeof prop === 'string' && /^\d+$/.test(prop)) reads++;
            return Reflect.get(target, prop, receiver) as unknown;
          },
        });
        wrapped.set(rows, proxy);
      }
      return proxy;
    },
  };
  return { env, reads: () => reads };
}

describe('a very long topic', () => {
  it('reads a number of rows per key that grows with the log of its length, not with it', () => {
    const readsFor = (paragraphs: number) => {
      const { env, reads } = counting(longTranscript(paragraphs));
      let s = reduce(initialState(terminal(12, 30)), { type: 'select', page: 1 }, env).state;
      const rows = rowsOf(s, env, 1).length; // the one-off layout
      const before = reads();
      for (let i = 0; i < 300; i++) s = reduce(s, key(i % 3 ? 'j' : 'space'), env).state;
      expect(topLine(s, env, 1)).toBeGreaterThan(0);
      return { rows, perKey: (reads() - before) / 300 };
    };
    const short = readsFor(50);
    const long = readsFor(20000);
    expect(long.rows).toBeGreaterThan(short.rows * 300);
    // ~200,000 rows: a binary search reads about 18 rows per lookup; a scan would read thousands.
    expect(long.perKey).toBeLessThan(short.perKey * 3);
    expect(long.perKey).toBeLessThan(200);
  });
});
