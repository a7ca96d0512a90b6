import { readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { PROBLEMS } from '../i18n/problems.js';

/** A file that could not be read as a record, and where it was kept. */
export interface Problem {
  file: string;
  reason: string;
  /** The name it was moved aside to (with the time in it); absent when it could not be moved. */
  keptAs?: string;
}

const RECORD = /^[A-Za-z0-9_-]{1,80}\.json$/;

/**
 * A directory of small JSON records, one file each, each written atomically. Two processes adding
 * records at once never lose each other's: they write different files. A record that cannot be
 * parsed or fails validation is moved aside (its name plus ".corrupt-" and the time) and reported,
 * never silently dropped.
 */
export class RecordDir<T> {
  constructor(
    readonly dir: string,
    private readonly validate: (value: unknown) => T | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): { records: Map<string, T>; problems: Problem[] } {
    const records = new Map<string, T>();
    const problems: Problem[] = [];
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return { records, problems };
    }
    for (const name of names.sort()) {
      if (!RECORD.test(name)) continue;
      const id = name.slice(0, -'.json'.length);
      const read = this.read(id);
      if (read.record !== undefined) records.set(id, read.record);
      else if (read.problem) problems.push(read.problem);
    }
    return { records, problems };
  }

  get(id: string): { record?: T; problem?: Problem } {
    return this.read(id);
  }

  /** Throws the file system's error when the directory cannot take the record. */
  put(id: string, value: T): void {
    writeFileAtomic(this.path(id), `${JSON.stringify(value)}\n`);
  }

  remove(id: string): void {
    try {
      unlinkSync(this.path(id));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }

  private path(id: string): string {
    if (!RECORD.test(`${id}.json`)) throw new Error(`not a record id: ${id}`);
    return join(this.dir, `${id}.json`);
  }

  private read(id: string): { record?: T; problem?: Problem } {
    const file = this.path(id);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? {} : { problem: { file, reason: code ?? String(e) } };
    }
    let value: unknown;
    let reason = '';
    try {
      value = JSON.parse(text);
    } catch {
      reason = PROBLEMS.notValidJson();
    }
    const record = reason === '' ? this.validate(value) : null;
    if (record !== null) return { record };
    return { problem: this.setAside(file, reason || PROBLEMS.notARecord()) };
  }

  private setAside(file: string, reason: string): Problem {
    const keptAs = `${file}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, keptAs);
      return { file, reason, keptAs };
    } catch {
      return { file, reason };
    }
  }
}
