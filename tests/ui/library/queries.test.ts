import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../../src/library/open.js';
import { SearchAborted, searchLibrary } from '../../../src/library/search.js';
import { QueryCache } from '../../../src/ui/library/queries.js';
import { smallLibrary, tempDir, writeFiles } from '../../library/helpers.js';

const SEED = join(import.meta.dirname, '../../../data/2025-03-07-wang-yi-press-conference.txt');

async function library() {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'seed.txt': readFileSync(SEED) });
  return openLibrary([dir], { cache: false });
}

describe('searches as you type (QueryCache)', () => {
  it('a search for another query stops the one still running: it rejects, keeps nothing, and the new one answers', async () => {
    const lib = await library();
    const cache = new QueryCache();
    const old = cache.run(lib, '芬太尼', 'all');
    const now = cache.run(lib, '一个中国原则', 'all');
    await expect(old).rejects.toBeInstanceOf(SearchAborted);
    const results = await now;
    expect(results).toEqual(await searchLibrary(lib, '一个中国原则', { scope: 'all', maxDocs: 200 }));
    // The stopped search left no results behind (not even empty ones): asked again, it runs again.
    expect(cache.get('芬太尼', 'all')).toBeUndefined();
    const again = await cache.run(lib, '芬太尼', 'all');
    expect(again.hits).toBeGreaterThan(0);
    expect(cache.get('芬太尼', 'all')).toBe(again);
  });

  it('the same query asked again while it runs shares the one search', async () => {
    const lib = await library();
    const cache = new QueryCache();
    const a = cache.run(lib, '芬太尼', 'all');
    cache.stopAllBut(QueryCache.key('芬太尼', 'all'));
    expect(cache.run(lib, '芬太尼', 'all')).toBe(a);
    expect((await a).hits).toBeGreaterThan(0);
  });

  it('without a signal (the commands) a search never stops on its own', async () => {
    const lib = await library();
    const stop = new AbortController();
    stop.abort();
    await expect(searchLibrary(lib, '芬太尼', { signal: stop.signal })).rejects.toBeInstanceOf(SearchAborted);
    expect((await searchLibrary(lib, '芬太尼')).hits).toBeGreaterThan(0);
  });
});
