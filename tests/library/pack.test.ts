import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CorruptPack, PackReader, type PackEntry } from '../../src/library/pack.js';
import { PackWriter } from '../../src/library/pack-writer.js';
import { DocPostings } from '../../src/library/postings.js';
import { tempDir } from './helpers.js';

const EXPECT = { version: 'v-test', key: 'k-test' };
const BLOBS = ['{"title":"一"}', '{"title":"二","topics":[]}', '{"title":"三三三"}'].map((s) => Buffer.from(s));

function writePack(path: string): void {
  const w = PackWriter.create(path);
  const entries: PackEntry[] = BLOBS.map((b, i) => ({
    path: `/x/${i}.txt`,
    stat: null,
    hash: String(i),
    meta: { title: String(i), answerers: [], askers: [], questions: 0, topics: 0 },
    blob: w.add(b),
  }));
  entries.push({ path: '/x/bad.bin', stat: 'a', hash: 'h', error: 'looks like a binary file' });
  const postings = DocPostings.build([Uint32Array.of(0x4e00), Uint32Array.of(0x4e8c), Uint32Array.of(0x4e09), null]);
  w.finish({ format: 1, ...EXPECT, written: 1, entries }, postings);
  w.commit();
}

/** Everything a reader can get out of a pack: throws CorruptPack where a check fails. */
function readAll(path: string): { header: unknown; blobs: (Buffer | 'corrupt')[]; postings: number[][] | 'corrupt' } | string {
  const r = PackReader.open(path, EXPECT);
  if (r.kind !== 'ok') return r.kind;
  const guard = <T>(f: () => T): T | 'corrupt' => {
    try {
      return f();
    } catch (e) {
      if (e instanceof CorruptPack) return 'corrupt';
      throw e;
    }
  };
  const out = {
    header: r.pack.header,
    blobs: r.pack.header.entries.filter((e) => e.blob).map((e) => guard(() => r.pack.blob(e.blob!))),
    postings: guard(() =>
      r.pack
        .postings()
        .perDoc()
        .map((a) => [...a]),
    ),
  };
  r.pack.close();
  return out;
}

describe('pack file', () => {
  it('reads back what was written', () => {
    const path = join(tempDir(), 'lib.pack');
    writePack(path);
    const all = readAll(path);
    expect(typeof all).toBe('object');
    if (typeof all === 'string') return;
    expect(all.blobs).toEqual(BLOBS);
    expect(all.postings).toEqual([[0x4e00], [0x4e8c], [0x4e09], []]);
    expect(PackReader.open(path, { ...EXPECT, version: 'other' }).kind).toBe('stale');
    expect(PackReader.open(path, { ...EXPECT, key: 'other' }).kind).toBe('stale');
  });

  it('never gives back changed data: any flipped byte is caught by a check', () => {
    const path = join(tempDir(), 'lib.pack');
    writePack(path);
    const good = readFileSync(path);
    const whole = readAll(path);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const bad = Buffer.from(good);
        bad[at]! ^= xor;
        writeFileSync(path, bad);
        const got = readAll(path);
        if (typeof got === 'string') {
          expect(['corrupt', 'stale']).toContain(got);
          return;
        }
        if (typeof whole === 'string') throw new Error('unreachable');
        // Whatever is still handed out is exactly what was written.
        expect(got.header).toEqual(whole.header);
        got.blobs.forEach((b, i) => b === 'corrupt' || expect(b).toEqual(whole.blobs[i]));
        if (got.postings !== 'corrupt') expect(got.postings).toEqual(whole.postings);
        expect(got.blobs.includes('corrupt') || got.postings === 'corrupt').toBe(true);
      }),
      { seed: 3, numRuns: 400 },
    );
  });

  it('a file cut short anywhere, or not a pack at all, is corrupt', () => {
    const path = join(tempDir(), 'lib.pack');
    writePack(path);
    const good = readFileSync(path);
    for (let cut = 0; cut < good.length; cut += 7) {
      writeFileSync(path, good.subarray(0, cut));
      expect(PackReader.open(path, EXPECT).kind).toBe('corrupt');
    }
    writeFileSync(path, 'presser was here\n'.repeat(20));
    expect(PackReader.open(path, EXPECT).kind).toBe('corrupt');
  });
});
