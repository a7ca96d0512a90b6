import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pinyin } from 'pinyin-pro';
import { PinyinIndex } from '../../src/search/pinyin.js';
import { buildUnits } from '../../src/search/units.js';
import { seed } from './fixtures.js';

const texts = buildUnits(seed()).map((u) => u.norm);
const index = new PinyinIndex({ pinyin: pinyin as never }, texts);

const scan = (term: string, ids: number[] | null) => {
  const out = new Map<number, number>();
  index.scan(
    term,
    ids,
    () => false,
    (id, q) => out.set(id, q),
  );
  return out;
};

describe('PinyinIndex', () => {
  it.each([
    ['xygq', '小院高墙'],
    ['xiaoyuangaoqiang', '小院高墙'],
    ['xiaoyuang', '小院高'],
    ['piyingxi', '皮影戏'],
    ['zgr', '中国人'],
    ['zhgr', '中国人'],
    ['lvse', '绿色'],
  ])('%s spells %s', (term, want) => {
    const text = `前面${want}后面`;
    const one = new PinyinIndex({ pinyin: pinyin as never }, [text]);
    const m = one.match(0, term);
    expect(m).not.toBeNull();
    expect(m!.ranges.map(([s, e]) => text.slice(s, e)).join('')).toBe(want);
  });

  it('costs nothing for full syllables, more for initials, more again for gaps', () => {
    const one = new PinyinIndex({ pinyin: pinyin as never }, ['小院的高墙', '小院高墙']);
    const full = one.match(1, 'xiaoyuangaoqiang')!;
    const initials = one.match(1, 'xygq')!;
    const gap = one.match(0, 'xygq')!;
    expect(full.cost).toBe(0);
    expect(initials.cost).toBeGreaterThan(full.cost);
    expect(gap.cost).toBeGreaterThan(initials.cost);
  });

  it('allows no gaps in terms shorter than four letters', () => {
    const one = new PinyinIndex({ pinyin: pinyin as never }, ['小的院']);
    expect(one.match(0, 'xy')).toBeNull();
    expect(one.match(0, 'xdy')).not.toBeNull();
  });

  it('walking start positions over the corpus finds what scanning unit by unit finds', () => {
    const syllables = [...new Set(texts.join('').match(/\p{Script=Han}/gu)!.slice(0, 400).map((c) => pinyin(c, { toneType: 'none' })))];
    const term = fc
      .array(fc.tuple(fc.constantFrom(...syllables), fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((ps) => ps.map(([s, initial]) => (initial ? s[0]! : s)).join(''))
      .filter((t) => t.length >= 2);
    fc.assert(
      fc.property(term, fc.nat(texts.length - 16), (t, from) => {
        const subset = Array.from({ length: 15 }, (_, k) => from + k); // small: unit by unit
        const all = scan(t, null); // whole corpus: start positions
        const some = scan(t, subset);
        for (const id of subset) expect(some.get(id)).toBe(all.get(id));
        const everyId = Array.from(texts, (_, k) => k); // large restriction: start positions again
        expect([...scan(t, everyId)]).toEqual([...all]);
      }),
      { seed: 5, numRuns: 60 },
    );
  });
});
