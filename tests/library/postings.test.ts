import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DocPostings } from '../../src/library/postings.js';

const docSets = fc.array(fc.option(fc.uniqueArray(fc.integer({ min: 32, max: 0x2ffff }), { maxLength: 40 }), { nil: null }), { maxLength: 30 });
const sorted = (cps: number[] | null) => (cps ? Uint32Array.from(cps).sort() : null);

describe('DocPostings', () => {
  it('answers as a scan of each document’s characters would, also after encode → decode', () => {
    fc.assert(
      fc.property(docSets, fc.array(fc.integer({ min: 32, max: 0x2ffff }), { maxLength: 5 }), fc.integer({ min: 0, max: 5 }), (docs, query, need) => {
        const built = DocPostings.build(docs.map(sorted));
        const decoded = DocPostings.decode(built.encode());
        const expected = docs.flatMap((cps, d) =>
          cps && new Set(query).size > 0 && [...new Set(query)].filter((q) => cps.includes(q)).length >= Math.max(1, need) ? [d] : [],
        );
        for (const p of [built, decoded]) {
          if (query.length > 0) expect(p.docsWithAtLeast(query, need)).toEqual(expected);
          for (const cp of query) expect([...p.docsWith(cp)]).toEqual(docs.flatMap((cps, d) => (cps?.includes(cp) ? [d] : [])));
          expect(p.perDoc().map((a) => [...a])).toEqual(docs.map((cps) => [...(sorted(cps) ?? [])]));
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('refuses an encoding that is cut short or inconsistent', () => {
    const bytes = DocPostings.build([Uint32Array.of(65, 66), Uint32Array.of(66, 0x4e2d)]).encode();
    for (let cut = 0; cut < bytes.length; cut++) expect(() => DocPostings.decode(bytes.subarray(0, cut))).toThrow();
    const outOfRange = Buffer.from(bytes);
    outOfRange.writeUInt32LE(1, 0); // claims one document, lists document 1 (under B)
    const p = DocPostings.decode(outOfRange);
    expect(() => p.docsWith(66)).toThrow();
    expect(() => p.perDoc()).toThrow();
  });
});
