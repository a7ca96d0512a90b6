import { describe, expect, it, vi } from 'vitest';
import { seedTranscript } from './fixtures.js';

describe('lazySearch', () => {
  it('before the engine has loaded: no results, one load, one update when it arrives; then results', async () => {
    // A fresh module graph: fixtures.ts has already loaded the engine into the shared one.
    vi.resetModules();
    const m = await import('../../src/ui/searcher.js');
    const t = seedTranscript();
    const label = t.topics[0]!.label;
    let updates = 0;
    const s = m.lazySearch(t, () => updates++);
    expect(s.search(label, 'all')).toEqual([]);
    expect(s.buildIndex()).toBe(false);
    expect(s.search(label, 'all')).toEqual([]);
    await m.loadSearchEngine();
    await new Promise((r) => setImmediate(r));
    expect(updates).toBe(1);
    expect(s.buildIndex()).toBe(true);
    expect(s.search(label, 'all').length).toBeGreaterThan(0);
  });
});
