/**
 * Which documents hold a character: the library's first cut before the search engine sees any
 * text. Sorted document numbers per code point, in two flat arrays, so that the whole thing is
 * one buffer on disk and is read without parsing (`encode` / `decode`).
 */
import { PROBLEMS } from '../i18n/problems.js';
/** A document list found inconsistent when read (the cache's checksum should make this unreachable). */
export class PostingsError extends Error {
  override readonly name = 'PostingsError';
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function swap32(v: number): number {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

export class DocPostings {
  /**
   * @param table  triples (code point, start, count) sorted by code point
   * @param docs   document numbers; entry `start .. start + count` of `docs` for each code point, ascending
   */
  private constructor(
    private readonly table: Uint32Array,
    private readonly docs: Uint32Array,
    readonly docCount: number,
  ) {}

  /** From each document's sorted distinct code points (null: a document with no text). */
  static build(perDoc: readonly (Uint32Array | null)[]): DocPostings {
    // Two passes over typed arrays (count, then place): no list per character, which at 5,000
    // documents would be millions of boxed numbers.
    const counts = new Map<number, number>();
    for (const cps of perDoc) if (cps) for (const cp of cps) counts.set(cp, (counts.get(cp) ?? 0) + 1);
    const cps = [...counts.keys()].sort((a, b) => a - b);
    const table = new Uint32Array(cps.length * 3);
    const next = new Map<number, number>();
    let total = 0;
    cps.forEach((cp, i) => {
      table[3 * i] = cp;
      table[3 * i + 1] = total;
      table[3 * i + 2] = counts.get(cp)!;
      next.set(cp, total);
      total += counts.get(cp)!;
    });
    const docs = new Uint32Array(total);
    perDoc.forEach((list, doc) => {
      if (!list) return;
      for (const cp of list) {
        const at = next.get(cp)!;
        docs[at] = doc;
        next.set(cp, at + 1);
      }
    });
    return new DocPostings(table, docs, perDoc.length);
  }

  /** Documents holding `cp`, ascending (a view, not a copy). */
  docsWith(cp: number): Uint32Array {
    let lo = 0;
    let hi = this.table.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.table[3 * mid]!;
      if (v === cp) {
        const list = this.docs.subarray(this.table[3 * mid + 1]!, this.table[3 * mid + 1]! + this.table[3 * mid + 2]!);
        for (let i = 0; i < list.length; i++)
          if (list[i]! >= this.docCount || (i > 0 && list[i]! <= list[i - 1]!)) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsListOrder()));
        return list;
      }
      if (v < cp) lo = mid + 1;
      else hi = mid - 1;
    }
    return new Uint32Array(0);
  }

  has(cp: number): boolean {
    return this.docsWith(cp).length > 0;
  }

  /** Documents holding at least `need` (at least one) of the distinct code points `cps`, ascending. */
  docsWithAtLeast(cps: readonly number[], need: number): number[] {
    need = Math.max(1, need);
    const counts = new Uint16Array(this.docCount);
    for (const cp of new Set(cps)) for (const d of this.docsWith(cp)) counts[d]!++;
    const out: number[] = [];
    for (let d = 0; d < counts.length; d++) if (counts[d]! >= need) out.push(d);
    return out;
  }

  /** Each document's code points again (the inverse of `build`), for carrying documents into a new index. */
  perDoc(): Uint32Array[] {
    const lists: number[][] = Array.from({ length: this.docCount }, () => []);
    for (let i = 0; i < this.table.length; i += 3) {
      const cp = this.table[i]!;
      const start = this.table[i + 1]!;
      for (const d of this.docs.subarray(start, start + this.table[i + 2]!)) {
        if (d >= this.docCount) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsDocRange()));
        lists[d]!.push(cp);
      }
    }
    return lists.map((l) => Uint32Array.from(l));
  }

  /** [docCount, entries, …table, …docs] as little-endian u32. */
  encode(): Buffer {
    const out = Buffer.alloc(8 + 4 * (this.table.length + this.docs.length));
    out.writeUInt32LE(this.docCount, 0);
    out.writeUInt32LE(this.table.length / 3, 4);
    let at = 8;
    for (const v of this.table) at = out.writeUInt32LE(v, at);
    for (const v of this.docs) at = out.writeUInt32LE(v, at);
    return out;
  }

  /**
   * Throws on a buffer that is not a consistent encoding (a cache is checked, never trusted). The
   * table is checked whole; each document list is checked when it is asked for (`docsWith`), so
   * that a search does not pay for the lists it never reads. A 4-aligned buffer on a
   * little-endian machine is used in place, without a copy.
   */
  static decode(buf: Uint8Array): DocPostings {
    if (buf.length < 8 || buf.length % 4 !== 0) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsBadLength()));
    const aligned = LITTLE_ENDIAN && buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf);
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
    if (!LITTLE_ENDIAN) for (let i = 0; i < words.length; i++) words[i] = swap32(words[i]!);
    const docCount = words[0]!;
    const entries = words[1]!;
    if (2 + 3 * entries > words.length) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsTruncatedTable()));
    const table = words.subarray(2, 2 + 3 * entries);
    const docs = words.subarray(2 + 3 * entries);
    let expected = 0;
    for (let i = 0; i < entries; i++) {
      if (i > 0 && table[3 * i]! <= table[3 * i - 3]!) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsTableOrder()));
      if (table[3 * i + 1] !== expected) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsBadOffsets()));
      expected += table[3 * i + 2]!;
    }
    if (expected !== docs.length) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsBadSize()));
    return new DocPostings(table, docs, docCount);
  }
}
