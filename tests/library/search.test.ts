import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openLibrary, type Library } from '../../src/library/open.js';
import { libraryEngine, searchLibrary, type LibraryResults } from '../../src/library/search.js';
import { parseLibraryQuery } from '../../src/library/query.js';
import { FUZZY_BELOW } from '../../src/search/fuzzy.js';
import { OUTLET_BRIEFING, smallLibrary, tempDir, withoutLabels, writeFiles } from './helpers.js';

const SEED = join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt');

async function small(): Promise<{ dir: string; lib: Library }> {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'g.txt': OUTLET_BRIEFING, 'seed.txt': readFileSync(SEED) });
  return { dir, lib: await openLibrary([dir], { cache: false }) };
}

const shape = (r: LibraryResults) => r.groups.map((g) => [g.item.file.replace(/^.*\//, ''), g.hits.map((h) => [h.kind, h.topic, h.text])]);

describe('library queries', () => {
  it.each([
    ['芬太尼', { terms: '芬太尼', speakers: [], askers: [] }],
    ['芬太尼 speaker:华春莹 asker:路透社 asker:法新社', { terms: '芬太尼', speakers: ['华春莹'], askers: ['路透社', '法新社'] }],
    ['date:2019 台湾 一个中国', { terms: '台湾 一个中国', speakers: [], askers: [], date: { from: '2019-01-01', to: '2019-12-31' } }],
    ['SPEAKER：王毅', { terms: '', speakers: ['王毅'], askers: [] }],
    ['date:20 x', { terms: 'x', speakers: [], askers: [], problem: expect.stringContaining('date:20') }],
    ['speaker: 华春莹', { terms: '华春莹', speakers: [], askers: [], problem: expect.stringContaining('needs a value') }],
    ['10:30 会见', { terms: '10:30 会见', speakers: [], askers: [] }],
  ])('%s', (query, parsed) => {
    expect(parseLibraryQuery(query)).toEqual(parsed);
  });
});

describe('searching a library', () => {
  it('groups hits by transcript, best first then newest, with counts per year', async () => {
    const { lib } = await small();
    const r = await searchLibrary(lib, '芬太尼');
    // seed.txt: the 2025 seed under a name without a date, and its title has none: undated.
    expect(r.groups.map((g) => g.item.file.replace(/^.*\//, ''))).toEqual(['g.txt', 'a.txt', 'd.txt', 'seed.txt']);
    expect(r.hits).toBe(r.groups.reduce((n, g) => n + g.hits.length, 0));
    expect(r.years).toEqual([
      { year: '2020', transcripts: 1, hits: r.groups[0]!.hits.length },
      { year: '2019', transcripts: 1, hits: r.groups[1]!.hits.length },
      { year: 'undated', transcripts: 2, hits: r.groups[2]!.hits.length + r.groups[3]!.hits.length },
    ]);
    for (const g of r.groups)
      for (const h of g.hits) {
        expect([h.file, h.date, h.title]).toEqual([g.item.file, g.item.date, g.item.meta.title]);
        // The position is in the hit's own transcript.
        if (h.pos) expect(lib.transcript(g.item).topics[h.pos.topic - 1]!.turns[h.pos.turn]!.paragraphs[h.pos.para]!.length).toBeGreaterThan(0);
      }
  });

  it('finds text outside the topics (the title) as header hits', async () => {
    const { lib } = await small();
    const r = await searchLibrary(lib, '主持例行记者会');
    expect(r.groups).toHaveLength(5);
    for (const g of r.groups) expect(g.hits.map((h) => [h.kind, h.topic, h.label])).toContainEqual(['header', 0, '']);
  });

  it('narrows by speaker, asker and date', async () => {
    const { lib } = await small();
    const names = async (q: string) => (await searchLibrary(lib, q)).groups.map((g) => g.item.file.replace(/^.*\//, ''));
    // a.txt names fentanyl only in a question (问), not in 华春莹's answer.
    expect(await names('芬太尼 speaker:华春莹')).toEqual(['g.txt', 'd.txt']);
    expect(await names('芬太尼 speaker:耿爽')).toEqual([]);
    expect(await names('一个中国原则 date:2020')).toEqual(['g.txt', 'c.txt']);
    expect(await names('一个中国原则 date:2018-03..2019-06')).toEqual(['a.txt']);
    expect(await names('一个中国原则 date:..2018')).toEqual([]);
    // The asker's question and the answers to it, a follow-up included; not the other exchanges.
    const r = await searchLibrary(lib, '评论 asker:路透社');
    expect(shape(r)).toEqual([['g.txt', [['question', 1, '路透社记者：美方称中方芬太尼管控不力，你有何评论？']]]]);
    const afp = await searchLibrary(lib, '美方 asker:法新社');
    expect(shape(afp)[0]![1]).toContainEqual(['answer', 2, '请你向美方询问。']);
  });

  it('gives a command the same answers as the reader’s engine over everything', async () => {
    const { lib } = await small();
    const engine = libraryEngine(lib);
    let found = 0;
    for (const q of [
      '芬太尼',
      '芬太泥',
      '中美 芬太尼',
      '一个中国',
      '臺灣',
      'fentaini',
      'zgyz',
      'G20',
      '芬太尼 speaker:华春莹',
      '华春莹',
      '小院高墙',
      '中美关系',
      'xygq 美国',
    ]) {
      await engine.prepare(q);
      const got = shape(await searchLibrary(lib, q));
      expect(got, q).toEqual(shape(engine.search(q)));
      if (got.length) found++;
    }
    expect(found).toBeGreaterThanOrEqual(11);
  });

  it('(the narrowing rests on typo matching only for terms without exact hits)', () => {
    expect(FUZZY_BELOW).toBe(1);
  });

  it('every transcript that contains a phrase verbatim is among the hits', async () => {
    const { dir, lib } = await small();
    const files = Object.keys({ ...smallLibrary(), 'g.txt': 1, 'seed.txt': 1 }).map((f) => join(dir, f));
    const texts = new Map(files.map((f) => [f, withoutLabels(readFileSync(f, 'utf8'))]));
    const lines = [...texts.values()].flatMap((t) => t.split('\n')).filter((l) => /\p{Script=Han}{2}/u.test(l));
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 2, max: 7 }), async (li, at, len) => {
        const runs = lines[li % lines.length]!.match(/\p{Script=Han}+/gu)!.filter((r) => r.length >= 2);
        const run = runs[at % runs.length]!;
        const start = at % Math.max(1, run.length - len + 1);
        const phrase = run.slice(start, start + len);
        const scan = files.filter((f) => texts.get(f)!.includes(phrase));
        const hits = new Set((await searchLibrary(lib, phrase)).groups.map((g) => g.item.path));
        for (const f of scan) expect(hits, phrase).toContain(f);
      }),
      { seed: 5, numRuns: 150 },
    );
  });
});
