import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Library, type OpenLibraryOptions } from '../../src/library/open.js';
import { searchLibrary } from '../../src/library/search.js';
import { FOOTER_BYTES, PACK_FORMAT, PackReader } from '../../src/library/pack.js';
import { PackWriter } from '../../src/library/pack-writer.js';
import type { PackColumns } from '../../src/library/pack-header.js';
import { DocPostings } from '../../src/library/postings.js';
import { briefing, smallLibrary, tempDir, writeFiles } from './helpers.js';

interface Run {
  lib: Library;
  notices: string[];
  parsed: number;
}

async function open(args: string[], cacheDir: string, extra: OpenLibraryOptions = {}): Promise<Run> {
  const notices: string[] = [];
  let parsed = 0;
  const lib = await openLibrary(args, {
    cacheDir,
    notice: (m) => notices.push(m),
    onProgress: (_done, total) => (parsed = total),
    ...extra,
  });
  return { lib, notices, parsed };
}

/** What a library answers: its list, every model and a few searches; compared across cache states. */
async function answers(lib: Library) {
  const models = lib.items.map((it) => lib.transcript(it));
  const searches: Record<string, unknown> = {};
  for (const q of ['芬太尼', '一个中国原则', '华春莹', 'speaker:华春莹 芬太尼', 'date:2019 一个中国原则']) {
    const r = await searchLibrary(lib, q);
    searches[q] = r.groups.map((g) => [g.item.file, g.hits.map((h) => [h.topic, h.text])]);
  }
  return { items: lib.items.map((it) => [it.file, it.date, it.meta]), skipped: lib.skipped, models, searches };
}

function packFile(cacheDir: string): string {
  const dir = join(cacheDir, 'library');
  const name = readdirSync(dir).find((n) => n.endsWith('.pack'));
  if (!name) throw new Error('no pack');
  return join(dir, name);
}

/** A library with its pack written, what it answers without a cache, and the pack as written. */
async function cachedLibrary() {
  const dir = libraryDir();
  const cache = tempDir();
  const truth = await answers((await open([dir], cache, { cache: false })).lib);
  await open([dir], cache);
  const path = packFile(cache);
  return { dir, cache, truth, path, good: readFileSync(path) };
}

/** A pack's header, found by its footer (pack.ts). */
function headerOf(pack: Buffer): PackColumns {
  const footer = pack.subarray(pack.length - FOOTER_BYTES);
  const offset = Number(footer.readBigUInt64LE(8));
  return JSON.parse(pack.subarray(offset, offset + footer.readUInt32LE(16)).toString('utf8')) as PackColumns;
}

/** Sets a file's times an hour back, so the cache may trust its stat (not "racily clean"). */
function age(path: string): void {
  const t = new Date(Date.now() - 3600_000);
  utimesSync(path, t, t);
}

function libraryDir(): string {
  const dir = tempDir();
  writeFiles(dir, smallLibrary());
  for (const f of Object.keys(smallLibrary())) age(join(dir, f));
  return dir;
}

describe('opening a library', () => {
  it('lists transcripts newest first, undated last, with their metadata', async () => {
    const dir = libraryDir();
    const { lib } = await open([dir], tempDir());
    expect(lib.items.map((it) => [it.file.slice(dir.length + 1), it.date])).toEqual([
      ['sub/c.txt', '2020-03-18'],
      ['a.txt', '2019-02-11'],
      ['b.txt', '2018-06-01'],
      ['e.txt', '2017-09-05'],
      ['d.txt', undefined],
    ]);
    const a = lib.items[1]!;
    expect(a.meta.answerers).toEqual(['华春莹']);
    expect(a.meta.questions).toBe(2);
    expect(a.meta.title).toBe('2019年2月11日外交部发言人华春莹主持例行记者会');
    expect(lib.transcript(a).topics.length).toBe(2);
  });

  it('reports each file it cannot read once, with the reason, and keeps the rest', async () => {
    const dir = libraryDir();
    writeFiles(dir, { 'bin.dat': Buffer.from('7f454c4602010100000000000000000003003e00010000001011000000000000', 'hex'), 'empty.txt': '', '.hidden.txt': 'x' });
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const cache = tempDir();
    for (let run = 0; run < 2; run++) {
      const { lib } = await open([dir, join(dir, 'missing.txt')], cache);
      expect(lib.items).toHaveLength(5);
      const reasons = Object.fromEntries(lib.skipped.map((s) => [s.file.slice(dir.length + 1), s.reason]));
      expect(reasons).toEqual({
        'bin.dat': expect.stringContaining('binary'),
        'empty.txt': expect.stringContaining('empty'),
        'dangling.txt': 'no such file or directory',
        'missing.txt': 'no such file or directory',
      });
    }
  });

  it('on a second run parses nothing and writes nothing', async () => {
    const dir = libraryDir();
    const cache = tempDir();
    const first = await open([dir], cache);
    expect(first.parsed).toBe(5);
    const before = statSync(packFile(cache));
    const second = await open([dir], cache);
    expect(second.parsed).toBe(0);
    const after = statSync(packFile(cache));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(await answers(second.lib)).toEqual(await answers(first.lib));
    expect(first.notices.concat(second.notices)).toEqual([]);
  });

  it('follows edits, additions, removals and renames, parsing only what changed', async () => {
    const dir = libraryDir();
    const cache = tempDir();
    await open([dir], cache);

    // Same size, same modification time: only the change time and the content differ.
    const b = join(dir, 'b.txt');
    const text = readFileSync(b, 'utf8');
    const edited = text.replace('朝鲜半岛', '芬太尼类');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(b, edited);
    age(b);
    let run = await open([dir], cache);
    expect(run.parsed).toBe(1);
    expect((await searchLibrary(run.lib, '芬太尼')).groups.map((g) => g.item.file)).toContain(b);

    writeFiles(dir, { 'f.txt': briefing('2021-01-04', '汪文斌', [['芬太尼？', '中方立场一贯。']]) });
    unlinkSync(join(dir, 'e.txt'));
    renameSync(join(dir, 'd.txt'), join(dir, 'd2.txt'));
    run = await open([dir], cache);
    expect(run.parsed).toBe(1); // f.txt; d2.txt is d.txt's content under a new name
    const files = run.lib.items.map((it) => it.file.slice(dir.length + 1));
    expect(files).toEqual(['f.txt', 'sub/c.txt', 'a.txt', 'b.txt', 'd2.txt']);
    const noCache = await open([dir], cache, { cache: false });
    expect(await answers(run.lib)).toEqual(await answers(noCache.lib));
  });

  it('a date in the file name is part of what a file parses to: the same text under other names keeps each its own date', async () => {
    const dir = tempDir();
    const cache = tempDir();
    // No date in the text: the parser takes the file name's.
    const text = briefing(null, '华春莹', [['中方对此有何评论？', '我们注意到有关报道。']]);
    writeFiles(dir, { '2019-01-02-a.txt': text, '2020-03-04-b.txt': text, 'c.txt': text });
    for (const f of readdirSync(dir)) age(join(dir, f));
    const dates = (lib: Library) => Object.fromEntries(lib.items.map((it) => [it.file.slice(dir.length + 1), it.date ?? null]));
    const expected = { '2020-03-04-b.txt': '2020-03-04', '2019-01-02-a.txt': '2019-01-02', 'c.txt': null };
    const cold = await open([dir], cache);
    expect(cold.parsed).toBe(3);
    expect(dates(cold.lib)).toEqual(expected);
    expect(dates((await open([dir], cache)).lib)).toEqual(expected);
    // Renamed: the name's date goes with the name (the cached model of another name is not taken).
    renameSync(join(dir, '2019-01-02-a.txt'), join(dir, 'a.txt'));
    renameSync(join(dir, 'c.txt'), join(dir, '2021-05-06-c.txt'));
    const renamed = await open([dir], cache);
    expect(dates(renamed.lib)).toEqual({ '2021-05-06-c.txt': '2021-05-06', '2020-03-04-b.txt': '2020-03-04', 'a.txt': null });
    expect(renamed.parsed).toBe(1); // 2021-05-06-c.txt; a.txt is c.txt's content under an undated name
    expect(await answers(renamed.lib)).toEqual(await answers((await open([dir], cache, { cache: false })).lib));
  });

  it('a file changed within the clock tick of the last run is read again', async () => {
    const dir = tempDir();
    const cache = tempDir();
    const now = Date.now();
    writeFiles(dir, { 'x.txt': briefing('2019-01-02', '陆慷', [['甲乙丙？', '丁戊己。']]) });
    await open([dir], cache, { now: () => now });
    // Rewritten at once, same size: its stat was not trusted, so it is hashed again.
    writeFiles(dir, { 'x.txt': briefing('2019-01-02', '陆慷', [['甲乙丙？', '庚辛壬。']]) });
    const run = await open([dir], cache, { now: () => now });
    expect(run.lib.transcript(run.lib.items[0]!).topics[0]!.turns[1]!.paragraphs[0]).toBe('庚辛壬。');
  });

  it('rebuilds a deleted cache', async () => {
    const dir = libraryDir();
    const cache = tempDir();
    const first = await open([dir], cache);
    rmSync(cache, { recursive: true, force: true });
    const second = await open([dir], cache);
    expect(second.parsed).toBe(5);
    expect(await answers(second.lib)).toEqual(await answers(first.lib));
    expect(existsSync(packFile(cache))).toBe(true);
  });

  it('never trusts a damaged cache: every flipped region gives right answers, and the bad file is kept aside', async () => {
    const { dir, cache, truth, path, good } = await cachedLibrary();
    // Spread over the file: blobs, the index, the header, the footer.
    for (const at of [0, 100, Math.floor(good.length / 2), good.length - 2000, good.length - 500, good.length - 70, good.length - 40, good.length - 1]) {
      const bad = Buffer.from(good);
      bad[at]! ^= 0x5a;
      writeFileSync(path, bad);
      rmSync(`${path}.bad`, { force: true });
      const run = await open([dir], cache);
      expect(await answers(run.lib), `byte ${at}`).toEqual(truth);
      expect(run.notices.join('\n'), `byte ${at}`).toMatch(/damaged/);
      expect(readFileSync(`${path}.bad`).equals(bad), `byte ${at}`).toBe(true);
      run.lib.close();
      // And the cache is whole again (rebuilt now if the damage was found only as a model was read).
      await open([dir], cache);
      const next = await open([dir], cache);
      expect([next.parsed, next.notices], `byte ${at}`).toEqual([0, []]);
      writeFileSync(path, good);
    }
  });

  it('a damaged block of the index, found only by a search after the library opened: right answers, the pack set aside and rebuilt', async () => {
    const { dir, cache, truth, path, good } = await cachedLibrary();
    const { docs } = headerOf(good).postings;
    const bad = Buffer.from(good);
    bad[docs.offset + Math.floor(docs.length / 2)]! ^= 0x5a;
    writeFileSync(path, bad);
    for (const lazyParser of [false, true]) {
      const run = await open([dir], cache, { lazyParser });
      // Opening reads the index's table, not its lists: the damage is not seen yet.
      expect(run.notices).toEqual([]);
      expect(await answers(run.lib)).toEqual(truth);
      expect(run.notices.join('\n')).toMatch(/damaged \(index block checksum mismatch\)/);
      expect(run.notices).toHaveLength(1);
      expect(readFileSync(`${path}.bad`).equals(bad)).toBe(true);
      run.lib.close();
      // The next run finds no pack and writes one; the one after reads it, whole.
      const rebuilt = await open([dir], cache);
      expect(rebuilt.parsed).toBe(5);
      const next = await open([dir], cache);
      expect([next.parsed, next.notices]).toEqual([0, []]);
      expect(await answers(next.lib)).toEqual(truth);
      writeFileSync(path, bad);
    }
  });

  it('sets aside a truncated or foreign file, and silently replaces a pack of another version', async () => {
    const { dir, cache, truth, path, good } = await cachedLibrary();
    for (const bad of [good.subarray(0, good.length - 10), good.subarray(0, 10), Buffer.from('{"hello": "world"}\n')]) {
      writeFileSync(path, bad);
      const run = await open([dir], cache);
      expect(await answers(run.lib)).toEqual(truth);
      expect(run.parsed).toBe(5);
      expect(run.notices).toHaveLength(1);
    }
    // Another version's pack (a parser change): rebuilt without a word.
    rmSync(path);
    const w = PackWriter.create(path);
    w.finish({ format: PACK_FORMAT, version: 'pack0/presser0.0.0/parser-old', key: 'x', written: 0, entries: [] }, DocPostings.build([]));
    w.commit();
    const run = await open([dir], cache);
    expect([run.parsed, run.notices]).toEqual([5, []]);
    expect(PackReader.open(path, { version: 'pack0/presser0.0.0/parser-old', key: 'x' }).kind).toBe('stale');
  });

  it('works without a cache, with one notice, when the cache directory cannot be made', async () => {
    const dir = libraryDir();
    const blocker = join(tempDir(), 'not-a-dir');
    writeFileSync(blocker, 'a file where the cache directory would be');
    const run = await open([dir], blocker);
    expect(run.lib.items).toHaveLength(5);
    expect(run.notices).toHaveLength(1);
    expect(run.notices[0]).toMatch(/cannot (read|write) the cache/);
    expect(await answers(run.lib)).toEqual(await answers((await open([dir], tempDir(), { cache: false })).lib));
  });

  it('--no-cache reads and writes no cache', async () => {
    const dir = libraryDir();
    const cache = tempDir();
    await open([dir], cache, { cache: false });
    expect(readdirSync(cache)).toEqual([]);
  });
});
