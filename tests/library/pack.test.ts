import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CorruptPack, encodeFooter, FOOTER_BYTES, PACK_FORMAT, PackReader, type PackEntry } from '../../src/library/pack.js';
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
    meta: {
      ...(i > 0 ? { textDate: `2019-0${i}-01` } : {}),
      title: String(i),
      ...(i === 1 ? { event: '1' } : i === 2 ? { event: '例行记者会' } : {}),
      answerers: i ? ['华春莹'] : [],
      askers: ['路透社'].slice(0, i),
      questions: i,
      topics: 0,
    },
    blob: w.add(b),
  }));
  entries.push({ path: '/x/bad.bin', stat: 'a', hash: 'h', error: 'looks like a binary file' });
  const postings = DocPostings.build([Uint32Array.of(0x4e00), Uint32Array.of(0x4e8c), Uint32Array.of(0x4e09), null]);
  w.finish({ format: PACK_FORMAT, ...EXPECT, written: 1, entries }, postings);
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
    header: r.pack.entries.all(),
    blobs: r.pack.entries
      .all()
      .filter((e) => e.blob)
      .map((e) => guard(() => r.pack.blob(e.blob!))),
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

  it('reads the index table at once and each block of its lists when asked: a damaged block fails its lists, never others', () => {
    // 300 documents, each with the same 40 characters: 40 lists of 300 numbers, over 3 blocks.
    const chars = Uint32Array.from({ length: 40 }, (_, i) => 0x4e00 + i);
    const postings = DocPostings.build(Array.from({ length: 300 }, () => chars));
    const path = join(tempDir(), 'lib.pack');
    const w = PackWriter.create(path);
    const entries: PackEntry[] = Array.from({ length: 300 }, (_, i) => ({ path: `/x/${i}.txt`, stat: null, hash: String(i), error: 'no text' }));
    w.finish({ format: PACK_FORMAT, ...EXPECT, written: 1, entries }, postings);
    w.commit();
    const good = readFileSync(path);
    const r0 = PackReader.open(path, EXPECT);
    if (r0.kind !== 'ok') throw new Error(r0.kind);
    const { docs } = r0.pack.entries.columns.postings;
    r0.pack.close();
    expect(docs.sums.length).toBeGreaterThan(2);
    const listBytes = 300 * 4;
    for (const at of [0, docs.block - 1, docs.block + 5, docs.length - 1]) {
      const bad = Buffer.from(good);
      bad[docs.offset + at]! ^= 0x01;
      writeFileSync(path, bad);
      const r = PackReader.open(path, EXPECT);
      if (r.kind !== 'ok') throw new Error(r.kind);
      const p = r.pack.postings();
      const block = Math.floor(at / docs.block);
      chars.forEach((cp, i) => {
        const first = Math.floor((i * listBytes) / docs.block);
        const last = Math.floor(((i + 1) * listBytes - 1) / docs.block);
        if (first <= block && block <= last) expect(() => p.docsWith(cp), `byte ${at}, list ${i}`).toThrow(CorruptPack);
        else expect([...p.docsWith(cp)], `byte ${at}, list ${i}`).toEqual(Array.from({ length: 300 }, (_, d) => d));
      });
      expect(() => p.perDoc()).toThrow(CorruptPack);
      r.pack.close();
    }
  });

  it('a pack of the format before is stale (rebuilt), not corrupt', () => {
    const path = join(tempDir(), 'lib.pack');
    writePack(path);
    const old = readFileSync(path);
    old.writeUInt32LE(PACK_FORMAT - 1, old.length - FOOTER_BYTES + 20);
    writeFileSync(path, old);
    expect(PackReader.open(path, EXPECT).kind).toBe('stale');
  });

  it('a header whose checksum holds but whose columns are malformed is corrupt, never read', () => {
    const path = join(tempDir(), 'lib.pack');
    writePack(path);
    const good = readFileSync(path);
    const footer = good.subarray(good.length - FOOTER_BYTES);
    const offset = Number(footer.readBigUInt64LE(8));
    const header = JSON.parse(good.subarray(offset, good.length - FOOTER_BYTES).toString('utf8')) as Record<string, unknown>;
    const spoilt: Record<string, unknown>[] = [
      { ...header, titles: (header.titles as unknown[]).slice(1) },
      { ...header, hashes: `${header.hashes as string}extra\0` },
      { ...header, names: (header.names as number[]).map(() => 1000) },
      { ...header, offsets: (header.offsets as number[]).map((o) => o ?? 0) },
    ];
    for (const h of spoilt) {
      const bytes = Buffer.from(JSON.stringify(h));
      writeFileSync(path, Buffer.concat([good.subarray(0, offset), bytes, encodeFooter(offset, bytes)]));
      expect(PackReader.open(path, EXPECT)).toEqual({ kind: 'corrupt', reason: expect.stringMatching(/malformed/) });
    }
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
