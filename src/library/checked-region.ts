/**
 * A region of a file read a block at a time, each block checked against its own sum the first
 * time it is read and kept once checked: a reader of a few words of a large region pays for the
 * blocks that hold them, not for the whole region, and never sees a word that was not checked.
 */
import { sum } from './sum.js';
import { wordsOf, type DocWords } from './postings.js';

/** Block size of the regions written (bytes; a multiple of 4). */
export const REGION_BLOCK = 16 * 1024;

/** Where a region is in the file, its block size, and each block's sum (as `sum` gives it). */
export interface RegionRef {
  offset: number;
  length: number;
  block: number;
  sums: string[];
}

/** The ref of `bytes` written at `offset`. */
export function regionRef(offset: number, bytes: Uint8Array, block = REGION_BLOCK): RegionRef {
  const sums: string[] = [];
  for (let at = 0; at < bytes.length; at += block) sums.push(sum(bytes.subarray(at, at + block)));
  return { offset, length: bytes.length, block, sums };
}

/** A ref whose numbers are whole and agree with each other (a header passed its checksum, but may be from a buggy writer). */
export function isRegionRef(r: unknown, end: number): r is RegionRef {
  if (!r || typeof r !== 'object') return false;
  const { offset, length, block, sums } = r as RegionRef;
  return (
    Number.isSafeInteger(offset) &&
    Number.isSafeInteger(length) &&
    Number.isSafeInteger(block) &&
    offset >= 0 &&
    length >= 0 &&
    offset + length <= end &&
    block > 0 &&
    block % 4 === 0 &&
    length % 4 === 0 &&
    Array.isArray(sums) &&
    sums.length === Math.ceil(length / block) &&
    sums.every((s) => typeof s === 'string')
  );
}

/** The region's little-endian u32 words, read and checked a block at a time. */
export class CheckedWords implements DocWords {
  private readonly blocks: (Uint32Array | undefined)[];
  private readonly blockWords: number;

  /**
   * @param read  the file's bytes `offset .. offset + length`
   * @param fail  the error a block that does not match its sum is reported as
   */
  constructor(
    private readonly ref: RegionRef,
    private readonly read: (offset: number, length: number) => Uint8Array,
    private readonly fail: () => Error,
  ) {
    this.blocks = new Array<Uint32Array | undefined>(ref.sums.length);
    this.blockWords = ref.block / 4;
  }

  get length(): number {
    return this.ref.length / 4;
  }

  slice(start: number, count: number): Uint32Array {
    if (count === 0) return new Uint32Array(0);
    const first = Math.floor(start / this.blockWords);
    const last = Math.floor((start + count - 1) / this.blockWords);
    if (first === last) {
      const from = start - first * this.blockWords;
      return this.words(first).subarray(from, from + count);
    }
    // A list longer than what is left of its block: copied out of the blocks it spans.
    const out = new Uint32Array(count);
    let done = 0;
    for (let b = first; b <= last; b++) {
      const from = b === first ? start - first * this.blockWords : 0;
      const part = this.words(b).subarray(from, from + count - done);
      out.set(part, done);
      done += part.length;
    }
    return out;
  }

  /** Block `b`'s words, checked. */
  private words(b: number): Uint32Array {
    let words = this.blocks[b];
    if (!words) {
      const at = b * this.ref.block;
      const bytes = this.read(this.ref.offset + at, Math.min(this.ref.block, this.ref.length - at));
      if (sum(bytes) !== this.ref.sums[b]) throw this.fail();
      words = wordsOf(bytes);
      this.blocks[b] = words;
    }
    return words;
  }
}
