/**
 * The library cache on disk: one pack file per library. Blobs (each transcript's model as JSON)
 * first, then the character index (its documents' numbers, then its table), then a JSON header
 * listing the entries by column (pack-header.ts), then a fixed footer that locates and checksums
 * the header. Everything read from a pack is checked before use: the footer's marks, sizes, the
 * header's SHA-256 and its columns' shape at open; each blob's and the index table's own SHA-256
 * when they are read; the index's document numbers a block (16 KiB) at a time, each block against
 * its own SHA-256 the first time a list in it is read (checked-region.ts), so that a search reads
 * the table and the few lists it asks for. A pack is written aside, fsynced and renamed into place
 * (pack-writer.ts), so a reader sees either the old file or the new one, whole; the file a reader
 * holds open never changes under it.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { DocPostings } from './postings.js';
import { CheckedWords } from './checked-region.js';
import { PackedEntries, type BlobRef } from './pack-header.js';
import { sum } from './sum.js';
import { PROBLEMS } from '../i18n/problems.js';

export const PACK_FORMAT = 3;
const MAGIC = Buffer.from('PRSRPAK1', 'latin1');
const MAGIC_END = Buffer.from('PRSREND\n', 'latin1');
export const FOOTER_BYTES = 8 + 8 + 4 + 4 + 32 + 8;

export type { BlobRef, PackEntry, PackHeaderInput, PostingsRef } from './pack-header.js';

export class CorruptPack extends Error {
  override readonly name = 'CorruptPack';
}

export function encodeFooter(headerOffset: number, header: Buffer): Buffer {
  const f = Buffer.alloc(FOOTER_BYTES);
  MAGIC.copy(f, 0);
  f.writeBigUInt64LE(BigInt(headerOffset), 8);
  f.writeUInt32LE(header.length, 16);
  f.writeUInt32LE(PACK_FORMAT, 20);
  createHash('sha256').update(header).digest().copy(f, 24);
  MAGIC_END.copy(f, 56);
  return f;
}

export type PackOpen =
  | { kind: 'ok'; pack: PackReader }
  | { kind: 'missing' }
  /** A well-formed pack of another cache version or another library: replaced, not kept. */
  | { kind: 'stale' }
  /** Damaged or not ours: kept aside and rebuilt. */
  | { kind: 'corrupt'; reason: string };

/** An open pack; every read is checked. Holds the file open (a rename by another process does not disturb it). */
export class PackReader {
  private postingsCache: DocPostings | null = null;

  private constructor(
    private readonly fd: number,
    /** The entries, read from the header's columns as they are asked for. */
    readonly entries: PackedEntries,
    private readonly dataEnd: number,
  ) {}

  static open(path: string, expect: { version: string; key: string }): PackOpen {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw e;
    }
    try {
      const r = PackReader.read(fd, expect);
      if (r.kind !== 'ok') closeSync(fd);
      return r;
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  private static read(fd: number, expect: { version: string; key: string }): PackOpen {
    const size = fstatSync(fd).size;
    if (size < FOOTER_BYTES) return { kind: 'corrupt', reason: PROBLEMS.packTooShort() };
    const footer = readAt(fd, size - FOOTER_BYTES, FOOTER_BYTES);
    if (!footer.subarray(0, 8).equals(MAGIC) || !footer.subarray(56).equals(MAGIC_END)) return { kind: 'corrupt', reason: PROBLEMS.packNotCache() };
    const headerOffset = Number(footer.readBigUInt64LE(8));
    const headerLength = footer.readUInt32LE(16);
    if (footer.readUInt32LE(20) !== PACK_FORMAT) return { kind: 'stale' };
    if (headerOffset + headerLength + FOOTER_BYTES !== size) return { kind: 'corrupt', reason: PROBLEMS.packSizes() };
    const headerBytes = readAt(fd, headerOffset, headerLength);
    if (!createHash('sha256').update(headerBytes).digest().equals(footer.subarray(24, 56))) return { kind: 'corrupt', reason: PROBLEMS.packHeaderChecksum() };
    let header: unknown;
    try {
      header = JSON.parse(headerBytes.toString('utf8'));
    } catch {
      return { kind: 'corrupt', reason: PROBLEMS.packHeaderNotJson() };
    }
    const entries = PackedEntries.check(header, PACK_FORMAT, headerOffset);
    if (typeof entries === 'string') return { kind: 'corrupt', reason: entries };
    const { version, key } = entries.columns;
    if (version !== expect.version || key !== expect.key) return { kind: 'stale' };
    return { kind: 'ok', pack: new PackReader(fd, entries, headerOffset) };
  }

  /** A blob's bytes, checked against its sum; throws CorruptPack. */
  blob(ref: BlobRef): Buffer {
    const [offset, length, expected] = ref;
    if (offset + length > this.dataEnd) throw new CorruptPack(PROBLEMS.packBlobOutside());
    const bytes = readAt(this.fd, offset, length);
    if (sum(bytes) !== expected) throw new CorruptPack(PROBLEMS.packBlobChecksum());
    return bytes;
  }

  postings(): DocPostings {
    if (!this.postingsCache) {
      const p = this.decodePostings();
      if (p.docCount !== this.entries.length) throw new CorruptPack(PROBLEMS.packIndexMismatch());
      this.postingsCache = p;
    }
    return this.postingsCache;
  }

  /** The table is read and checked now; the document lists as they are asked for (a damaged block throws CorruptPack then). */
  private decodePostings(): DocPostings {
    const { table, docs } = this.entries.columns.postings;
    const words = new CheckedWords(
      docs,
      (offset, length) => readAt(this.fd, offset, length),
      () => new CorruptPack(PROBLEMS.packBlockChecksum()),
    );
    try {
      return DocPostings.decode(this.blob(table), words);
    } catch (e) {
      if (e instanceof CorruptPack) throw e;
      throw new CorruptPack((e as Error).message);
    }
  }

  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buf, got, length - got, offset + got);
    if (n === 0) throw new CorruptPack(PROBLEMS.packUnexpectedEnd());
    got += n;
  }
  return buf;
}
