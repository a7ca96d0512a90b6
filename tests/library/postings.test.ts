import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DocPostings, WordsInMemory, wordsOf } from '../../src/library/postings.js';
import { CheckedWords, regionRef } from '../../src/library/checked-region.js';

const docSets = fc.array(fc.option(fc.uniqueArray(fc.integer({ min: 32, max: 0x2ffff }), { maxLength: 40 }), { nil: null }), { maxLength: 30 });
const sorted = (cps: number[] | null) => (cps ? Uint32Array.from(cps).sort() : null);

/** The encoding read back with its document numbers in memory, and from a region of `block` bytes a block. */
function decodings(p: DocPostings, block: number): DocPostings[] {
  const { table, docs } = p.encode();
  const region = new CheckedWords(
    regionRef(0, docs, block),
    (offset, length) => docs.subarray(offset, offset + length),
    () => new Error('damaged block'),
  );
  return [DocPostings.decode(table, new WordsInMemory(wordsOf(docs))), DocPostings.decode(table, region)];
}

describe('DocPostings', () => {
  it('answers as a scan of each document’s characters would, also after encode → decode, with lists spanning blocks', () => {
    fc.assert(
      fc.property(
        docSets,
        fc.array(fc.integer({ min: 32, max: 0x2ffff }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 8 }),
        (docs, query, need, blockWords) => {
          const built = DocPostings.build(docs.map(sorted));
          const expected = docs.flatMap((cps, d) =>
            cps && new Set(query).size > 0 && [...new Set(query)].filter((q) => cps.includes(q)).length >= Math.max(1, need) ? [d] : [],
          );
          // Some of the query's characters are in the documents: their lists are the ones read.
          const asked = [...query, ...docs.flatMap((cps) => cps?.slice(0, 2) ?? [])];
          for (const p of [built, ...decodings(built, 4 * blockWords)]) {
            if (query.length > 0) expect(p.docsWithAtLeast(query, need)).toEqual(expected);
            for (const cp of asked) {
              const naive = docs.flatMap((cps, d) => (cps?.includes(cp) ? [d] : []));
              expect([...p.docsWith(cp)]).toEqual(naive);
              expect(p.has(cp)).toBe(naive.length > 0);
            }
            expect(p.perDoc().map((a) => [...a])).toEqual(docs.map((cps) => [...(sorted(cps) ?? [])]));
          }
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('refuses a table that is cut short, inconsistent, or not that of the document numbers', () => {
    const { table, docs } = DocPostings.build([Uint32Array.of(65, 66), Uint32Array.of(66, 0x4e2d)]).encode();
    const words = new WordsInMemory(wordsOf(docs));
    for (let cut = 0; cut < table.length; cut++) expect(() => DocPostings.decode(table.subarray(0, cut), words)).toThrow();
    expect(() => DocPostings.decode(table, new WordsInMemory(wordsOf(docs.subarray(4))))).toThrow();
    const outOfRange = Buffer.from(table);
    outOfRange.writeUInt32LE(1, 0); // claims one document, lists document 1 (under B)
    const p = DocPostings.decode(outOfRange, words);
    expect(() => p.docsWith(66)).toThrow();
    expect(() => p.perDoc()).toThrow();
  });
});
