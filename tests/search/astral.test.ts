// Highlight ranges are UTF-16 offsets; characters outside the BMP (𠮷, 😀) take two units and
// must neither shift the ranges nor be cut in half by them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearcher, type Hit } from '../../src/search/index.js';
import { tiny } from './fixtures.js';

const t = tiny(
  [
    ['𠮷野家', '𠮷野家的故事 😀开心', '请问𠮷野家的牛肉饭好吃吗？', '𠮷野家的𠮷字很特别。😀表情之后是高光时刻。', '𩸽鱼和𠮷野家都在日本。'],
    ['其他', '别的话题', '没有什么问题。', '今天天气很好。'],
  ],
  [{ text: '😀表情之后是高光时刻。', topic: 1 }],
);

const lit = (h: Hit) => h.ranges.map(([s, e]) => h.text.slice(s, e));
const isWholeChars = (h: Hit) =>
  h.ranges.every(([s, e]) => {
    const cutStart = s > 0 && /[\udc00-\udfff]/.test(h.text[s]!) && /[\ud800-\udbff]/.test(h.text[s - 1]!);
    const cutEnd = e < h.text.length && /[\udc00-\udfff]/.test(h.text[e]!) && /[\ud800-\udbff]/.test(h.text[e - 1]!);
    return !cutStart && !cutEnd;
  });

describe('highlight ranges with astral characters', () => {
  const s = createSearcher(t);
  const run = async (q: string, opts = {}) => {
    await s.prepare(q);
    return s.search(q, opts);
  };

  it('exact: the range covers the astral character whole', async () => {
    const hits = await run('𠮷野家');
    expect(hits.length).toBeGreaterThan(3);
    for (const h of hits) {
      expect(lit(h).every((x) => x === '𠮷野家')).toBe(true);
      expect(isWholeChars(h)).toBe(true);
    }
    const [first] = hits;
    expect(first!.ranges[0]).toEqual([0, 4]); // 𠮷 is two UTF-16 units
  });

  it('exact: ranges after an astral character are shifted by two units', async () => {
    const hits = await run('高光时刻', { scope: 'answers' });
    expect(hits).toHaveLength(1);
    const h = hits[0]!;
    expect(h.text.startsWith('😀')).toBe(true);
    expect(lit(h)).toEqual(['高光时刻']);
    expect(h.ranges[0]![0]).toBe(h.text.indexOf('高光时刻'));
  });

  it('fuzzy: a typo after astral characters highlights whole characters only', async () => {
    const hits = await run('表情之后是高光时课', { scope: 'answers' });
    expect(hits.length).toBe(1);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(2);
    expect(isWholeChars(hits[0]!)).toBe(true);
    expect(lit(hits[0]!).join('')).toBe('表情之后是高光时');
  });

  it('fuzzy: a typo next to an astral character never cuts it', async () => {
    const hits = await run('𠮷野家的𠮷字很特列');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(isWholeChars(h)).toBe(true);
    expect(lit(hits[0]!).join('')).toContain('𠮷野家的𠮷字很特');
  });

  it('pinyin: highlights the characters spelled, after an astral one', async () => {
    const hits = await run('yejia');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(lit(h).join('')).toBe('野家');
      expect(isWholeChars(h)).toBe(true);
    }
  });

  it('any code-point substring of a unit is found with a range that spells it', async () => {
    const texts = ['𠮷野家的𠮷字很特别。', '😀表情之后是高光时刻。', '𩸽鱼和𠮷野家都在日本。'];
    await s.prepare('ok');
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(20), fc.integer({ min: 1, max: 5 }), (ti, a, len) => {
        const cps = Array.from(texts[ti]!);
        const start = a % cps.length;
        const q = cps.slice(start, start + len).join('');
        if (/^[\s。]+$/.test(q)) return;
        const hits = s.search(q, { limit: 1000 });
        const h = hits.find((x) => x.text === texts[ti]);
        expect(h).toBeDefined();
        expect(lit(h!)).toContain(q);
        expect(isWholeChars(h!)).toBe(true);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});

describe('polyphones', () => {
  const t2 = tiny([['重复', '重复的话', '问题一。', '他说的是重复的话。', '这是冲突的根源。', '银行开门了。', '我们要行稳致远。']]);
  const s = createSearcher(t2);
  const run = async (q: string) => {
    await s.prepare(q);
    return s.search(q, { scope: 'answers' });
  };

  it('match whichever way the character is read', async () => {
    expect((await run('yinhang'))[0]?.text).toBe('银行开门了。');
    expect((await run('xingwen'))[0]?.text).toBe('我们要行稳致远。');
    expect((await run('zhongfu'))[0]?.text).toBe('他说的是重复的话。');
    expect((await run('chongfu'))[0]?.text).toBe('他说的是重复的话。');
  });

  it('rank a character read its usual way above one read its rarer way', async () => {
    const hits = await run('chong');
    expect(hits.map((h) => h.text)).toEqual(['这是冲突的根源。', '他说的是重复的话。']);
  });
});
