import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CheckedWords, isRegionRef, regionRef } from '../../src/library/checked-region.js';
import { DocPostings } from '../../src/library/postings.js';

class Damaged extends Error {}

/** A region over `bytes` that counts the reads of each block. */
function region(bytes: Buffer, block: number, sums = regionRef(0, bytes, block)) {
  const reads: number[] = [];
  const words = new CheckedWords(
    sums,
    (offset, length) => {
      reads.push(offset / block);
      return Buffer.from(bytes.subarray(offset, offset + length));
    },
    () => new Damaged('damaged block'),
  );
  return { words, reads };
}

const wordArrays = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 200 });
const toBytes = (words: number[]) => {
  const b = Buffer.alloc(4 * words.length);
  words.forEach((w, i) => b.writeUInt32LE(w, 4 * i));
  return b;
};

describe('a region checked a block at a time', () => {
  it('gives any run of words as written, reading only the blocks that hold it, each once', () => {
    fc.assert(
      fc.property(wordArrays, fc.integer({ min: 1, max: 10 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }), (all, blockWords, runs) => {
        const block = 4 * blockWords;
        const { words, reads } = region(toBytes(all), block);
        expect(words.length).toBe(all.length);
        const wanted = new Set<number>();
        for (const [a, b] of runs) {
          const start = a % all.length;
          const count = b % (all.length - start + 1);
          expect([...words.slice(start, count)]).toEqual(all.slice(start, start + count));
          if (count > 0) for (let k = Math.floor(start / blockWords); k <= Math.floor((start + count - 1) / blockWords); k++) wanted.add(k);
        }
        expect(reads.sort((x, y) => x - y)).toEqual([...wanted].sort((x, y) => x - y));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('never gives a changed word: a flipped byte fails the reads of its block, and only those', () => {
    fc.assert(
      fc.property(wordArrays, fc.integer({ min: 1, max: 10 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (all, blockWords, at, xor) => {
        const block = 4 * blockWords;
        const good = toBytes(all);
        const bad = Buffer.from(good);
        at %= bad.length;
        bad[at]! ^= xor;
        const { words } = region(bad, block, regionRef(0, good, block));
        const damagedBlock = Math.floor(at / block);
        for (let start = 0; start < all.length; start++) {
          const inDamaged = Math.floor(start / blockWords) === damagedBlock;
          if (inDamaged) expect(() => words.slice(start, 1)).toThrow(Damaged);
          else expect([...words.slice(start, 1)]).toEqual([all[start]]);
        }
        // A run across the damaged block fails whole (it is never partly answered).
        expect(() => words.slice(0, all.length)).toThrow(Damaged);
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('lists of an index that span blocks read the same as from memory', () => {
    // One character in every document: its list spans many 16-byte blocks.
    const perDoc = Array.from({ length: 50 }, (_, d) => Uint32Array.of(0x4e00, ...(d % 3 === 0 ? [0x4e8c] : [])));
    const p = DocPostings.build(perDoc);
    const { table, docs } = p.encode();
    const { words, reads } = region(docs, 16);
    const q = DocPostings.decode(table, words);
    expect([...q.docsWith(0x4e8c)]).toEqual([...p.docsWith(0x4e8c)]);
    expect(reads.length).toBeLessThan(docs.length / 16);
    expect([...q.docsWith(0x4e00)]).toEqual(perDoc.map((_, d) => d));
    expect(q.encode().docs.equals(docs)).toBe(true);
  });

  it('takes only a ref whose numbers agree', () => {
    const ref = regionRef(8, Buffer.alloc(40), 16);
    expect(isRegionRef(ref, 48)).toBe(true);
    expect(isRegionRef(ref, 47)).toBe(false);
    expect(isRegionRef({ ...ref, sums: ref.sums.slice(1) }, 48)).toBe(false);
    expect(isRegionRef({ ...ref, block: 6 }, 48)).toBe(false);
    expect(isRegionRef({ ...ref, length: 39 }, 48)).toBe(false);
    expect(isRegionRef({ ...ref, offset: -1 }, 48)).toBe(false);
    expect(isRegionRef(null, 48)).toBe(false);
  });
});
