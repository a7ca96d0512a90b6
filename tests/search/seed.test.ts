// The examples over the seed transcript: each lands on its topic first.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearcher, type Hit } from '../../src/search/index.js';
import type { Transcript } from '../../src/transcript/model.js';
import { seed } from './fixtures.js';

let t: Transcript;
let searcher: ReturnType<typeof createSearcher>;
const run = async (q: string, opts = {}): Promise<Hit[]> => {
  await searcher.prepare(q);
  return searcher.search(q, opts);
};

beforeAll(() => {
  t = seed();
  searcher = createSearcher(t);
});

describe('search over the seed: first hit', () => {
  it.each([
    // [query, expected topic label, expected kind of the first hit, what it exercises]
    ['小院高墙', '科技创新', 'answer', 'a phrase'],
    ['皮影戏', '南海问题', 'answer', 'a phrase in quotation marks'],
    ['芬太尼', '中美关系', 'question', 'a subject'],
    ['路透社', '中美关系', 'question', 'an outlet (the asker)'],
    ['彭博社', '乌克兰危机', 'question', 'an outlet'],
    ['环球时报', '联合国', 'question', 'an outlet inside 《》'],
    ['CGTN', '科技创新', 'question', 'a Latin outlet name'],
    ['ｃｇｔｎ', '科技创新', 'question', 'full-width, lower case'],
    ['deepseek', '科技创新', 'question', 'case folding'],
    ['xiaoyuangaoqiang', '科技创新', 'answer', 'full pinyin'],
    ['xiao yuan gao qiang', '科技创新', 'answer', 'full pinyin with spaces'],
    ['xygq', '科技创新', 'answer', 'pinyin initials'],
    ['xiaoygq', '科技创新', 'answer', 'pinyin, mixed full and initials'],
    ['piyingxi', '南海问题', 'answer', 'full pinyin'],
    ['piyx', '南海问题', 'answer', 'full and initials'],
    ['fentaini', '中美关系', 'question', 'pinyin of a subject'],
    ['lutoushe', '中美关系', 'question', 'pinyin of an outlet'],
    ['高光时课', '元首外交', 'topic', 'a typo'],
    ['芬太泥', '中美关系', 'question', 'a typo in three characters'],
    ['皮影', '南海问题', 'answer', 'two characters: exact only'],
    ['斩断伸向人民群众的黑首', '外交为民', 'topic', 'a typo in a long phrase'],
    ['臺灣', '中国关系', 'topic', 'traditional characters'],
    ['關係', '中俄关系', 'topic', 'traditional characters'],
    ['聯合國', '联合国', 'topic', 'traditional characters'],
    ['特朗普 芬太尼', '中美关系', 'question', 'two terms, AND'],
    ['芬太尼 滥用', '中美关系', 'answer', 'two terms in one sentence'],
    ['两面人', '中美关系', 'quote', 'a pull quote'],
    ['中美guanxi', '中美关系', 'topic', 'characters and pinyin in one term'],
    ['哪吒闹海', '科技创新', 'quote', 'a pull quote'],
    ['一飞冲天，', '科技创新', 'quote', 'either comma form matches'],
  ])('%s → %s (%s; %s)', async (q, label, kind) => {
    const hits = await run(q);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.label).toBe(label);
    expect(hits[0]!.kind).toBe(kind);
  });
});

describe('search over the seed: highlights and positions', () => {
  it('highlights exactly the matched characters', async () => {
    for (const q of ['小院高墙', '路透社', '两面人']) {
      const [h] = await run(q);
      expect(h!.ranges.map(([s, e]) => h!.text.slice(s, e))).toContain(q);
    }
  });

  it('highlights pinyin matches on the characters they spell', async () => {
    const [h] = await run('xygq');
    expect(h!.ranges.map(([s, e]) => h!.text.slice(s, e)).join('')).toBe('小院高墙');
    const [p] = await run('piyingxi');
    expect(p!.ranges.map(([s, e]) => p!.text.slice(s, e)).join('')).toBe('皮影戏');
  });

  it('highlights the matching part of a typo, not stray characters', async () => {
    const [h] = await run('高光时课');
    const lit = h!.ranges.map(([s, e]) => h!.text.slice(s, e)).join('');
    expect(lit).toBe('高光时');
  });

  it('unions the ranges of all terms', async () => {
    const [h] = await run('特朗普 芬太尼');
    const lit = new Set(h!.ranges.map(([s, e]) => h!.text.slice(s, e)));
    expect(lit).toEqual(new Set(['特朗普', '芬太尼']));
  });

  it('lets a term match through the topic heading when another term matches the text', async () => {
    // No sentence holds both 中美 and 芬太尼; the fentanyl sentences of the 中美关系 topic do.
    const hits = await run('中美 芬太尼');
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.label === '中美关系')).toBe(true);
    for (const h of hits) expect(h.ranges.map(([s, e]) => h.text.slice(s, e))).toContain('芬太尼');
    // A unit where every term matches only through its heading is not a hit.
    for (const h of await run('中美 关系', { limit: 10_000 })) expect(h.ranges.length).toBeGreaterThan(0);
  });

  it('every hit with a position points at its own sentence in the model', async () => {
    const hits = await run('中国', { limit: 10_000 });
    expect(hits.length).toBeGreaterThan(50);
    for (const h of hits) {
      if (h.kind === 'topic') {
        expect(h.pos).toBeNull();
        continue;
      }
      if (!h.pos) continue;
      const para = t.topics[h.pos.topic - 1]!.turns[h.pos.turn]!.paragraphs[h.pos.para]!;
      const covered = para.slice(h.pos.offset, h.pos.offset + h.length);
      if (h.kind === 'answer') expect(covered).toBe(h.text);
      if (h.kind === 'question') expect(h.text.endsWith(covered)).toBe(true);
      expect(h.topic).toBe(h.pos.topic);
    }
  });

  it('places a pull quote at the answer sentence it was taken from', async () => {
    const [h] = await run('两面人', { scope: 'quotes' });
    expect(h!.pos).not.toBeNull();
    const para = t.topics[h!.pos!.topic - 1]!.turns[h!.pos!.turn]!.paragraphs[h!.pos!.para]!;
    expect(para.slice(h!.pos!.offset, h!.pos!.offset + h!.length)).toContain('两面人');
  });

  it('ranks exact matches before fuzzy ones and sorts by score', async () => {
    const hits = await run('高光时刻', { limit: 1000 });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(hits[0]!.score).toBeLessThan(1);
  });

  it('does not pad a query found as typed with near misses', async () => {
    const hits = await run('高光时刻', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => h.score < 1)).toBe(true);
  });

  it('tolerates no typo in one or two characters', async () => {
    expect(await run('芬太泥', { limit: 1000 })).not.toEqual([]);
    expect(await run('太泥', { limit: 1000 })).toEqual([]);
  });

  it('finds nothing for text that is not there', async () => {
    expect(await run('量子引力弦论')).toEqual([]);
    expect(await run('   ')).toEqual([]);
  });
});

describe('scope', () => {
  it.each([
    ['questions', 'question'],
    ['answers', 'answer'],
    ['quotes', 'quote'],
  ] as const)('%s keeps only %s hits', async (scope, kind) => {
    const hits = await run('关系', { scope, limit: 1000 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === kind)).toBe(true);
  });

  it('all includes topic headings and is the union of the rest', async () => {
    const all = await run('关系', { limit: 1000 });
    const parts = await Promise.all((['questions', 'answers', 'quotes'] as const).map((scope) => run('关系', { scope, limit: 1000 })));
    const topics = all.filter((h) => h.kind === 'topic');
    expect(topics.length).toBeGreaterThan(0);
    expect(all.length).toBe(topics.length + parts.reduce((n, p) => n + p.length, 0));
  });

  it('limit caps the number of hits', async () => {
    expect(await run('中国', { limit: 3 })).toHaveLength(3);
  });
});

describe('search invariants over arbitrary queries', () => {
  it('ranges are sorted, disjoint, inside the text, on whole characters; scores ascend', async () => {
    await searcher.prepare('ok');
    await searcher.prepare('臺');
    const text = t.topics.flatMap((tp) => tp.turns.flatMap((x) => x.paragraphs)).join('');
    const piece = fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 40 })).map(([a, n]) => text.slice(a, a + n));
    const query = fc.oneof(
      piece,
      fc.tuple(piece, piece).map(([a, b]) => `${a} ${b}`),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.stringMatching(/^[a-z]{1,20}$/),
      fc.constantFrom('\ud800', '😀😀', '.*+?()[]', '\u3000', 'a'.repeat(80), '中'.repeat(70)),
    );
    fc.assert(
      fc.property(query, fc.constantFrom('all', 'questions', 'answers', 'quotes') as fc.Arbitrary<'all'>, (q, scope) => {
        const hits = searcher.search(q, { scope, limit: 50 });
        let last = -Infinity;
        for (const h of hits) {
          expect(h.score).toBeGreaterThanOrEqual(last);
          last = h.score;
          let end = 0;
          for (const [s, e] of h.ranges) {
            expect(s).toBeGreaterThanOrEqual(end);
            expect(e).toBeGreaterThan(s);
            expect(e).toBeLessThanOrEqual(h.text.length);
            expect(/^[\udc00-\udfff]/.test(h.text.slice(s))).toBe(false);
            expect(/[\ud800-\udbff]$/.test(h.text.slice(0, e))).toBe(false);
            end = e;
          }
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
