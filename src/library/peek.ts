/**
 * What the cache says a library holds, read without looking at the files: for the library view's
 * first paint, before Ink has loaded and before the files are checked (the view then shows the
 * library as it really is, normally the same rows). Null when there is no usable pack.
 */
import { realpathSync } from 'node:fs';
import { CACHE_VERSION, cacheRoot, libraryKey, packPath } from './cache-dir.js';
import { entryDate } from './meta.js';
import { compareItems, type LibraryEntry } from './open.js';
import { PackReader } from './pack.js';

export function peekLibrary(args: readonly string[], cacheDir = cacheRoot()): LibraryEntry[] | null {
  try {
    const roots: string[] = [];
    for (const a of args) {
      try {
        roots.push(realpathSync(a));
      } catch {
        // a missing argument is not part of the key (as when the library is opened)
      }
    }
    const key = libraryKey(roots);
    const r = PackReader.open(packPath(cacheDir, key), { version: CACHE_VERSION, key });
    if (r.kind !== 'ok') return null;
    const entries: LibraryEntry[] = [];
    for (const e of r.pack.header.entries) {
      if (e.error || !e.meta) continue;
      entries.push({ file: e.path, path: e.path, ...entryDate(e.meta), meta: e.meta });
    }
    r.pack.close();
    return entries.sort(compareItems);
  } catch {
    return null;
  }
}
