/**
 * The files a library is made of: each argument that is a file, and every file under each
 * argument that is a directory (recursively, hidden names skipped, symbolic links followed, each
 * directory walked once). The same file reached twice is dropped later, by its inode.
 * Problems (a missing argument, an unreadable directory) are collected, never thrown.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { printable } from '../transcript/sanitize.js';

export interface LibraryFile {
  /** Absolute path (the cache key's part). */
  path: string;
  /** As the user would write it: the argument, joined with the path below it. Safe to print. */
  file: string;
}

export interface Skipped {
  file: string;
  reason: string;
}

export interface Discovered {
  files: LibraryFile[];
  skipped: Skipped[];
  /** Real absolute paths of the arguments: what identifies the library. */
  roots: string[];
}

/** A file system error in words, for the line that reports a skipped file. */
export function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? (e as Error).message;
}

function under(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

export function discoverFiles(args: readonly string[]): Discovered {
  const files: LibraryFile[] = [];
  const skipped: Skipped[] = [];
  const roots: string[] = [];
  const seenDirs = new Set<string>();

  const addFile = (path: string, file: string) => files.push({ path, file: printable(file) });

  const walk = (dir: string, shown: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      skipped.push({ file: printable(shown), reason: errnoReason(e) });
      return;
    }
    if (seenDirs.has(real)) return; // a link back up the tree
    seenDirs.add(real);
    let names: Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ file: printable(shown), reason: errnoReason(e) });
      return;
    }
    for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      // Plain concatenation: path.join per file is a measurable share of a warm search.
      const path = under(dir, name);
      const child = under(shown, name);
      if (entry.isFile()) addFile(path, child);
      else if (entry.isDirectory()) walk(path, child);
      else if (entry.isSymbolicLink()) {
        let st;
        try {
          st = statSync(path);
        } catch (e) {
          skipped.push({ file: printable(child), reason: errnoReason(e) });
          continue;
        }
        if (st.isDirectory()) walk(path, child);
        else if (st.isFile()) addFile(path, child);
      }
    }
  };

  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
      roots.push(realpathSync(arg));
    } catch (e) {
      skipped.push({ file: printable(arg), reason: errnoReason(e) });
      continue;
    }
    // Absolute, normalised paths below: the cache knows files by them.
    if (st.isDirectory()) walk(resolve(arg), arg);
    else addFile(resolve(arg), arg);
  }
  return { files, skipped, roots };
}
