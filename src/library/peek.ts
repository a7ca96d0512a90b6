/**
 * What the cache says a library holds, read without looking at the files: for the library view's
 * first paint, before Ink has loaded and before the files are checked (the view then shows the
 * library as it really is, normally the same rows). Null when there is no usable pack.
 */
import { CACHE_VERSION, cacheRoot, libraryKeyOf, packPath } from './cache-dir.js';
import { entryDate } from './meta.js';
import { compareItems, type LibraryEntry } from './open.js';
import { PackReader } from './pack.js';

export function peekLibrary(args: readonly string[], cacheDir = cacheRoot()): LibraryEntry[] | null {
  try {
    const key = libraryKeyOf(args);
    const r = PackReader.open(packPath(cacheDir, key), { version: CACHE_VERSION, key });
    if (r.kind !== 'ok') return null;
    const entries: LibraryEntry[] = [];
    const packed = r.pack.entries;
    for (let i = 0; i < packed.length; i++) {
      const meta = packed.meta(i);
      if (!meta) continue;
      const path = packed.path(i);
      entries.push({ file: path, path, ...entryDate(meta), meta, hash: packed.hash(i) });
    }
    r.pack.close();
    return entries.sort(compareItems);
  } catch {
    return null;
  }
}
