/**
 * Which documents hold a character: the library's first cut before the search engine sees any
 * text. A table (code point, start, count) sorted by code point over one flat array of document
 * numbers, so that both are stored as they are and read without parsing (`encode` / `decode`).
 * The document numbers come from a `DocWords`: an array in memory, or a pack's region read and
 * checked a block at a time (checked-region.ts), so that a search reads only the lists it asks for.
 */
import { PROBLEMS } from '../i18n/problems.js';
/** A document list found inconsistent when read (the cache's checksum should make this unreachable). */
export class PostingsError extends Error {
  override readonly name = 'PostingsError';
}

/** The document numbers of all lists, one after another. */
export interface DocWords {
  /** Number of words. */
  readonly length: number;
  /** Words `start .. start + count` (may be a view: not to be changed). */
  slice(start: number, count: number): Uint32Array;
}

/** What a search asks of the index (the library's index answers it even when its pack turns out damaged: healing-index.ts). */
export interface CharIndex {
  readonly docCount: number;
  docsWith(cp: number): Uint32Array;
  has(cp: number): boolean;
  docsWithAtLeast(cps: readonly number[], need: number): number[];
}

/** Document numbers held in memory. */
export class WordsInMemory implements DocWords {
  constructor(private readonly words: Uint32Array) {}
  get length(): number {
    return this.words.length;
  }
  slice(start: number, count: number): Uint32Array {
    return this.words.subarray(start, start + count);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function swap32(v: number): number {
  return (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;
}

/** Little-endian u32 words as numbers of this machine: in place when aligned and little-endian, else a copy. */
export function wordsOf(buf: Uint8Array): Uint32Array {
  const aligned = LITTLE_ENDIAN && buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  if (!LITTLE_ENDIAN) for (let i = 0; i < words.length; i++) words[i] = swap32(words[i]!);
  return words;
}

/** Numbers as little-endian u32 bytes. */
function bytesOf(words: Uint32Array, header: readonly number[] = []): Buffer {
  const out = Buffer.alloc(4 * (header.length + words.length));
  let at = 0;
  for (const v of header) at = out.writeUInt32LE(v, at);
  if (LITTLE_ENDIAN) Buffer.from(words.buffer, words.byteOffset, words.byteLength).copy(out, at);
  else for (const v of words) at = out.writeUInt32LE(v, at);
  return out;
}

export class DocPostings implements CharIndex {
  /**
   * @param table  triples (code point, start, count) sorted by code point
   * @param docs   document numbers; words `start .. start + count` for each code point, ascending
   */
  private constructor(
    private readonly table: Uint32Array,
    private readonly docs: DocWords,
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
    return new DocPostings(table, new WordsInMemory(docs), perDoc.length);
  }

  /** The table's row of `cp`, or -1. */
  private row(cp: number): number {
    let lo = 0;
    let hi = this.table.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.table[3 * mid]!;
      if (v === cp) return mid;
      if (v < cp) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Documents holding `cp`, ascending (may be a view: not to be changed). */
  docsWith(cp: number): Uint32Array {
    const row = this.row(cp);
    if (row < 0) return new Uint32Array(0);
    const list = this.docs.slice(this.table[3 * row + 1]!, this.table[3 * row + 2]!);
    for (let i = 0; i < list.length; i++)
      if (list[i]! >= this.docCount || (i > 0 && list[i]! <= list[i - 1]!)) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsListOrder()));
    return list;
  }

  /** Whether some document holds `cp`: the table alone answers (every row lists at least one document). */
  has(cp: number): boolean {
    const row = this.row(cp);
    return row >= 0 && this.table[3 * row + 2]! > 0;
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

  /** Each document's code points again (the inverse of `build`), for carrying documents into a new index: reads every list. */
  perDoc(): Uint32Array[] {
    const lists: number[][] = Array.from({ length: this.docCount }, () => []);
    for (let i = 0; i < this.table.length; i += 3) {
      const cp = this.table[i]!;
      for (const d of this.docs.slice(this.table[i + 1]!, this.table[i + 2]!)) {
        if (d >= this.docCount) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsDocRange()));
        lists[d]!.push(cp);
      }
    }
    return lists.map((l) => Uint32Array.from(l));
  }

  /** The table as [docCount, entries, …table] and the document numbers, as little-endian u32. */
  encode(): { table: Buffer; docs: Buffer } {
    return { table: bytesOf(this.table, [this.docCount, this.table.length / 3]), docs: bytesOf(this.docs.slice(0, this.docs.length)) };
  }

  /**
   * Throws on a table that is not a consistent encoding, or not one of `docs` (a cache is checked,
   * never trusted). The table is checked whole; each document list is checked when it is asked for
   * (`docsWith`), so that a search does not pay for the lists it never reads.
   */
  static decode(tableBytes: Uint8Array, docs: DocWords): DocPostings {
    if (tableBytes.length < 8 || tableBytes.length % 4 !== 0) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsBadLength()));
    const words = wordsOf(tableBytes);
    const docCount = words[0]!;
    const entries = words[1]!;
    if (2 + 3 * entries !== words.length) throw new PostingsError(PROBLEMS.postingsDamaged(PROBLEMS.postingsTruncatedTable()));
    const table = words.subarray(2);
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
