/**
 * Writes a pack aside (a unique temporary name in the cache directory), fsyncs it and renames it
 * over the old one, so that two presser processes building the same library at once each leave a
 * whole, valid pack (the last rename wins) and a crash never leaves half a file under the real name.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { encodeFooter, type BlobRef } from './pack.js';
import { encodeHeader, type PackHeaderInput } from './pack-header.js';
import type { DocPostings } from './postings.js';
import { regionRef } from './checked-region.js';
import { sum } from './sum.js';

export const TEMP_SUFFIX = '.tmp';

export class PackWriter {
  private offset = 0;
  private closed = false;

  private constructor(
    private readonly fd: number,
    readonly tempPath: string,
    private readonly finalPath: string,
  ) {}

  /** Throws the file system's error (EACCES, EROFS, ENOSPC…) when the directory cannot take it. */
  static create(finalPath: string): PackWriter {
    const tempPath = `${finalPath}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
    return new PackWriter(openSync(tempPath, 'wx', 0o600), tempPath, finalPath);
  }

  add(bytes: Uint8Array): BlobRef {
    const ref: BlobRef = [this.offset, bytes.length, sum(bytes)];
    this.write(bytes);
    return ref;
  }

  /** Appends the index (its documents' numbers, then its table), the header and the footer, and flushes the file to the disk. */
  finish(header: PackHeaderInput, postings: DocPostings): void {
    const { table, docs } = postings.encode();
    const docsRef = regionRef(this.offset, docs);
    this.write(docs);
    const postingsRef = { table: this.add(table), docs: docsRef };
    const headerBytes = Buffer.from(JSON.stringify(encodeHeader(header, postingsRef)), 'utf8');
    const headerOffset = this.offset;
    this.write(headerBytes);
    this.write(encodeFooter(headerOffset, headerBytes));
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.closed = true;
  }

  /** Renames the finished file into place (atomic), then makes the rename durable. */
  commit(): void {
    renameSync(this.tempPath, this.finalPath);
    try {
      const dir = openSync(dirname(this.finalPath), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    } catch {
      // Some file systems cannot fsync a directory; the rename itself is still atomic.
    }
  }

  /** Gives up: closes and removes the temporary file. Never throws. */
  abort(): void {
    try {
      if (!this.closed) closeSync(this.fd);
    } catch {
      // ignore
    }
    this.closed = true;
    try {
      unlinkSync(this.tempPath);
    } catch {
      // ignore
    }
  }

  private write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.offset + done);
    this.offset += bytes.length;
  }
}
