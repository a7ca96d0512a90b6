/**
 * Where the library cache lives ($XDG_CACHE_HOME/presser, by default ~/.cache/presser), which
 * pack belongs to which library, and what the cache is valid for.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { PACK_FORMAT } from './pack.js';

declare const __PRESSER_PARSER_HASH__: string | undefined;

/**
 * A hash of the parser's and the library's source, put in at build time (scripts/source-hash.mjs):
 * any change to how a file becomes a model or metadata makes every cached model stale.
 */
export const PARSER_HASH = typeof __PRESSER_PARSER_HASH__ === 'string' ? __PRESSER_PARSER_HASH__ : 'unbuilt';

/** What a pack must say it was built by to be used. */
export const CACHE_VERSION = `pack${PACK_FORMAT}/presser${pkg.version}/parser-${PARSER_HASH}`;

/** The XDG rule: $XDG_CACHE_HOME when it is an absolute path, else ~/.cache. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), '.cache');
  return join(base, 'presser');
}

/** The library's key: its roots (absolute, real paths), sorted, hashed. */
export function libraryKey(roots: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([...roots].sort()))
    .digest('hex')
    .slice(0, 24);
}

/** The key of the library the command line names: its arguments' real paths (a missing one is no part of it). */
export function libraryKeyOf(args: readonly string[]): string {
  const roots: string[] = [];
  for (const a of args) {
    try {
      roots.push(realpathSync(a));
    } catch {
      // a missing argument is not part of the key (as when the library is opened)
    }
  }
  return libraryKey(roots);
}

export function packPath(root: string, key: string): string {
  return join(root, 'library', `${key}.pack`);
}
