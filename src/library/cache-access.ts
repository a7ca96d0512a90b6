/**
 * The cache as the library uses it: opening a library's pack (a damaged or foreign one is moved
 * aside and rebuilt, never trusted), and giving up on the cache for the rest of the run, with one
 * notice, when the directory cannot be written (read-only, full disk, no permission).
 */
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { printable } from '../transcript/sanitize.js';
import { CorruptPack, PackReader } from './pack.js';
import { PackWriter, TEMP_SUFFIX } from './pack-writer.js';
import { PROBLEMS } from '../i18n/problems.js';

/** Temporary files this old were left by a process that died while writing: removed. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export class CacheAccess {
  private disabled = false;

  constructor(
    readonly path: string,
    private readonly version: string,
    private readonly key: string,
    private readonly notice: (message: string) => void,
  ) {}

  get usable(): boolean {
    return !this.disabled;
  }

  /** The pack if it is present, whole and current; null otherwise (a damaged one is set aside first). */
  open(): PackReader | null {
    if (this.disabled) return null;
    let r;
    try {
      r = PackReader.open(this.path, { version: this.version, key: this.key });
    } catch (e) {
      if (e instanceof CorruptPack) r = { kind: 'corrupt' as const, reason: e.message };
      else {
        this.giveUp(e, 'read');
        return null;
      }
    }
    if (r.kind === 'ok') return r.pack;
    if (r.kind === 'corrupt') this.setAside(r.reason);
    return null;
  }

  /** A writer for a new pack, or null (with the one notice) when the directory cannot take one. */
  writer(): PackWriter | null {
    if (this.disabled) return null;
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      this.removeStaleTemps();
      return PackWriter.create(this.path);
    } catch (e) {
      this.giveUp(e, 'write');
      return null;
    }
  }

  /** A damaged pack is kept next to the real name (`….pack.bad`) for inspection, and rebuilt. */
  setAside(reason: string): void {
    const aside = `${this.path}.bad`;
    try {
      renameSync(this.path, aside);
      this.notice(PROBLEMS.cacheDamaged(reason, printable(aside)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.giveUp(e, 'write');
    }
  }

  /** No cache for the rest of this run; says so once. */
  giveUp(e: unknown, what: 'read' | 'write'): void {
    if (this.disabled) return;
    this.disabled = true;
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    this.notice((what === 'read' ? PROBLEMS.cannotReadCache : PROBLEMS.cannotWriteCache)(printable(dirname(dirname(this.path))), code));
  }

  private removeStaleTemps(): void {
    const dir = dirname(this.path);
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(TEMP_SUFFIX)) continue;
      const p = join(dir, name);
      try {
        if (now - statSync(p).mtimeMs > STALE_TEMP_MS) unlinkSync(p);
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
}
