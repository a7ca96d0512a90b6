/**
 * The 1,000 MFA briefings in ../shared/library/mfa-2016-2020 (skipped when absent): every
 * transcript that holds a searched phrase is among the hits (checked against a scan of the
 * files, as `rg -l` does), and a command's narrowed search answers exactly as the reader's engine
 * over the whole library.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openLibrary, type Library } from '../../src/library/open.js';
import { libraryEngine, searchLibrary, type LibraryResults } from '../../src/library/search.js';
import { REAL_LIBRARY, tempDir, withoutLabels } from './helpers.js';

const present = existsSync(REAL_LIBRARY);
/** Built by `npm run build`; without it the files are parsed in this thread (slower, same result). */
const WORKER = new URL('../../dist/parse-worker.js', import.meta.url);

describe.skipIf(!present)('the real library (1,000 MFA briefings)', () => {
  let lib: Library;
  let raw: Map<string, string>;
  beforeAll(async () => {
    lib = await openLibrary([REAL_LIBRARY], { cacheDir: tempDir(), workerUrl: WORKER });
    raw = new Map(readdirSync(REAL_LIBRARY).map((f) => [join(REAL_LIBRARY, f), readFileSync(join(REAL_LIBRARY, f), 'utf8')]));
  }, 180_000);

  const files = async (q: string) => new Set((await searchLibrary(lib, q)).groups.map((g) => g.item.path));

  it('opens every file, dates the dated ones and lists them newest first', () => {
    expect(lib.items).toHaveLength(1000);
    expect(lib.skipped).toEqual([]);
    const dates = lib.items.map((it) => it.date).filter((d): d is string => d !== undefined);
    expect(dates.length).toBeGreaterThanOrEqual(829);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(lib.items.slice(dates.length).every((it) => it.date === undefined)).toBe(true);
  });

  it.each(['芬太尼', '一个中国原则', '香港', '华为'])('every file containing %s (as rg -l finds it) is a hit', async (phrase) => {
    const scan = [...raw].filter(([, text]) => text.includes(phrase)).map(([f]) => f);
    expect(scan.length).toBeGreaterThan(0);
    const hits = await files(phrase);
    for (const f of scan) expect(hits, f).toContain(f);
  });

  it('every file containing a random phrase of the text is a hit', async () => {
    const texts = [...raw].map(([f, t]) => [f, withoutLabels(t)] as const);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 2, max: 8 }), async (fi, at, len) => {
        const [, text] = texts[fi % texts.length]!;
        const runs = text.match(/\p{Script=Han}{2,}/gu)!;
        const run = runs[at % runs.length]!;
        const start = at % Math.max(1, run.length - len + 1);
        const phrase = run.slice(start, start + len);
        const hits = await files(phrase);
        for (const [f, t] of texts) if (t.includes(phrase)) expect(hits, `${phrase} in ${f}`).toContain(f);
      }),
      { seed: 11, numRuns: 40 },
    );
  }, 120_000);

  it('a command answers as the reader’s engine over everything', async () => {
    const engine = libraryEngine(lib);
    const shape = (r: LibraryResults) => r.groups.map((g) => [g.item.file, g.hits.map((h) => [h.kind, h.topic, h.pos, h.text, h.score])]);
    for (const q of [
      '芬太尼',
      '一个中国原则',
      '芬太泥',
      '中美 芬太尼',
      '臺灣問題',
      '一个中国原则 speaker:华春莹',
      '台湾 asker:路透社',
      '芬太尼 date:2018-03..2019-06',
      'G20',
      '世卫组织 新冠',
    ]) {
      await engine.prepare(q);
      expect(shape(await searchLibrary(lib, q)), q).toEqual(shape(engine.search(q)));
    }
  }, 180_000);
});
