import { describe, expect, it, vi } from 'vitest';
import { seed } from './fixtures.js';

describe('a searcher before its engine has loaded', () => {
  it('answers with no results, loads the engine once, says when it has, then answers', async () => {
    // A fresh module graph: another test file may already have loaded the engine into the shared one.
    vi.resetModules();
    const { createSearcher } = await import('../../src/search/index.js');
    const t = seed();
    const label = t.topics[0]!.label;
    let updates = 0;
    let loaded = () => {};
    const updated = new Promise<void>((resolve) => (loaded = resolve));
    const s = createSearcher(t, {
      onUpdate: () => {
        updates++;
        loaded();
      },
    });
    expect(s.search(label)).toEqual([]);
    expect(s.index()).toBe(false);
    expect(s.search(label)).toEqual([]);
    await updated;
    await new Promise((r) => setImmediate(r));
    expect(updates).toBe(1);
    expect(s.index()).toBe(true);
    expect(s.search(label)[0]?.label).toBe(label);
  });
});
