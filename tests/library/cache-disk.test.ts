/**
 * The cache on a full disk and on a read-only file system: real small tmpfs mounts, so these run
 * only where the test may mount (root in a container); elsewhere they skip.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/library/open.js';
import { searchLibrary } from '../../src/library/search.js';
import { briefing, smallLibrary, tempDir, writeFiles } from './helpers.js';

const mounted: string[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) execFileSync('umount', [m]);
});

/** A tmpfs of `size` at a fresh directory, or null when this process may not mount. */
function tmpfs(size: string, ro = false): string | null {
  const dir = tempDir('presser-tmpfs-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${ro ? ',ro' : ''}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  mounted.push(dir);
  return dir;
}

async function run(dir: string, cacheDir: string) {
  const notices: string[] = [];
  const lib = await openLibrary([dir], { cacheDir, notice: (m) => notices.push(m) });
  const hits = (await searchLibrary(lib, '芬太尼')).groups.map((g) => g.item.file);
  lib.close();
  return { items: lib.items.map((it) => it.file), hits, notices };
}

async function truth(dir: string) {
  const lib = await openLibrary([dir], { cache: false });
  return { items: lib.items.map((it) => it.file), hits: (await searchLibrary(lib, '芬太尼')).groups.map((g) => g.item.file) };
}

describe('cache on a full or read-only disk', () => {
  it('a full disk: the same answers, one notice, no half-written file left', async (ctx) => {
    const cache = tmpfs('8k');
    if (!cache) return ctx.skip();
    const dir = tempDir();
    writeFiles(dir, smallLibrary());
    // Big enough not to fit in 8 KiB once parsed.
    writeFiles(dir, {
      'big.txt': briefing(
        '2016-10-10',
        '陆慷',
        Array.from({ length: 40 }, (_, i) => [`问题${i}关于芬太尼？`, '答复。'.repeat(40)]),
      ),
    });
    const got = await run(dir, cache);
    expect({ items: got.items, hits: got.hits }).toEqual(await truth(dir));
    expect(got.notices).toHaveLength(1);
    expect(got.notices[0]).toMatch(/ENOSPC/);
    expect(execFileSync('find', [cache, '-type', 'f'], { encoding: 'utf8' })).toBe('');
  });

  it('a read-only file system: the same answers and one notice, with or without a pack already there', async (ctx) => {
    const cache = tmpfs('4m');
    if (!cache) return ctx.skip();
    const dir = tempDir();
    writeFiles(dir, smallLibrary());
    expect((await run(dir, cache)).notices).toEqual([]);
    execFileSync('mount', ['-o', 'remount,ro', cache]);
    // Unchanged: read from the pack, nothing to write, nothing to say.
    expect((await run(dir, cache)).notices).toEqual([]);
    writeFileSync(join(dir, 'new.txt'), briefing('2021-05-06', '汪文斌', [['芬太尼问题？', '中方立场明确。']]));
    const got = await run(dir, cache);
    expect({ items: got.items, hits: got.hits }).toEqual(await truth(dir));
    expect(got.notices).toHaveLength(1);
    expect(got.notices[0]).toMatch(/EROFS/);

    const empty = tmpfs('1m', true);
    if (!empty) return;
    const fresh = await run(dir, empty);
    expect({ items: fresh.items, hits: fresh.hits }).toEqual(await truth(dir));
    // (Node reports a recursive mkdir on a read-only file system as ENOENT.)
    expect(fresh.notices).toEqual([expect.stringMatching(/cannot write the cache/)]);
  });
});
