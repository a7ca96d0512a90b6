// The engine costs nothing until used, and never blocks: what a query needs (pinyin-pro,
// the t→s converter) loads in the background and onUpdate says when to search again.
// Runs in its own file so that the modules start unloaded.
import { describe, expect, it, vi } from 'vitest';
import { SearchEngine } from '../../src/search/engine.js';
import type { Transcript } from '../../src/transcript/model.js';
import { seed } from './fixtures.js';

function counting(t: Transcript): { t: Transcript; reads: () => number } {
  let reads = 0;
  const topics = t.topics;
  const proxy = { ...t };
  Object.defineProperty(proxy, 'topics', {
    get() {
      reads++;
      return topics;
    },
  });
  return { t: proxy, reads: () => reads };
}

const nextUpdate = (set: (f: () => void) => void) => new Promise<void>((resolve) => set(resolve));

describe('lazy searcher', () => {
  it('builds nothing when created', () => {
    const c = counting(seed());
    new SearchEngine(c.t);
    expect(c.reads()).toBe(0);
  });

  it('builds the index on the first search', () => {
    const c = counting(seed());
    const s = new SearchEngine(c.t);
    expect(s.search('芬太尼').length).toBeGreaterThan(0);
    expect(c.reads()).toBeGreaterThan(0);
  });

  it('a first Latin query answers at once, then onUpdate fires when pinyin has loaded', async () => {
    let onUpdate = () => {};
    const updated = nextUpdate((f) => (onUpdate = f));
    const s = new SearchEngine(seed(), { onUpdate: () => onUpdate() });
    expect(s.search('xygq')).toEqual([]);
    await updated;
    expect(s.search('xygq')[0]?.label).toBe('科技创新');
  });

  it('a first traditional query answers at once, then onUpdate fires when the converter has loaded', async () => {
    let onUpdate = () => {};
    const updated = nextUpdate((f) => (onUpdate = f));
    const s = new SearchEngine(seed(), { onUpdate: () => onUpdate() });
    expect(s.search('聯合國')).toEqual([]);
    await updated;
    expect(s.search('聯合國')[0]?.label).toBe('联合国');
  });

  it('does not load the converter for simplified queries', async () => {
    // A fresh module graph, so that the converter is not loaded yet.
    vi.resetModules();
    const { SearchEngine: Fresh } = await import('../../src/search/engine.js');
    const { loadT2s } = await import('../../src/search/t2s.js');
    let updates = 0;
    const s = new Fresh(seed(), { onUpdate: () => updates++ });
    s.search('联合国 关系');
    // Had the search started loading the converter, its update would run when this same load ends.
    await loadT2s();
    await new Promise((r) => setImmediate(r));
    expect(updates).toBe(0);
    // The control: a traditional query, with the converter loaded, finds its simplified form at once.
    expect(s.search('聯合國')[0]?.label).toBe('联合国');
  });

  it('warm() builds the index before any search', async () => {
    const c = counting(seed());
    const s = new SearchEngine(c.t);
    await s.warm();
    const reads = c.reads();
    expect(reads).toBeGreaterThan(0);
    s.search('芬太尼');
    expect(c.reads()).toBe(reads);
  });
});
