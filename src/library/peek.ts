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
    for (const e of r.pack.header.entries) {
      if (e.error || !e.meta) continue;
      entries.push({ file: e.path, path: e.path, ...entryDate(e.meta), meta: e.meta, hash: e.hash });
    }
    r.pack.close();
    return entries.sort(compareItems);
  } catch {
    return null;
  }
}
