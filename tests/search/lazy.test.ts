// The searcher costs nothing until used, and never blocks: what a query needs (pinyin-pro,
// the t→s converter) loads in the background and onUpdate says when to search again.
// Runs in its own file so that the modules start unloaded.
import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../src/search/index.js';
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
    createSearcher(c.t);
    expect(c.reads()).toBe(0);
  });

  it('builds the index on the first search', () => {
    const c = counting(seed());
    const s = createSearcher(c.t);
    expect(s.search('芬太尼').length).toBeGreaterThan(0);
    expect(c.reads()).toBeGreaterThan(0);
  });

  it('a first Latin query answers at once, then onUpdate fires when pinyin has loaded', async () => {
    let onUpdate = () => {};
    const updated = nextUpdate((f) => (onUpdate = f));
    const s = createSearcher(seed(), { onUpdate: () => onUpdate() });
    expect(s.search('xygq')).toEqual([]);
    await updated;
    expect(s.search('xygq')[0]?.label).toBe('科技创新');
  });

  it('a first traditional query answers at once, then onUpdate fires when the converter has loaded', async () => {
    let onUpdate = () => {};
    const updated = nextUpdate((f) => (onUpdate = f));
    const s = createSearcher(seed(), { onUpdate: () => onUpdate() });
    expect(s.search('聯合國')).toEqual([]);
    await updated;
    expect(s.search('聯合國')[0]?.label).toBe('联合国');
  });

  it('does not load the converter for simplified queries', async () => {
    let updates = 0;
    const s = createSearcher(seed(), { onUpdate: () => updates++ });
    s.search('联合国 关系');
    await new Promise((r) => setTimeout(r, 50));
    expect(updates).toBe(0);
  });

  it('warm() builds the index before any search', async () => {
    const c = counting(seed());
    const s = createSearcher(c.t);
    await s.warm();
    const reads = c.reads();
    expect(reads).toBeGreaterThan(0);
    s.search('芬太尼');
    expect(c.reads()).toBe(reads);
  });
});
