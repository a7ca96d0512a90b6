import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/search/pinyin/bound.js';
import { CompiledUnits } from '../../src/search/pinyin/compiled.js';
import { BLOCK, RARE_READING_COST, ReadingSets, SKIP } from '../../src/search/pinyin/readings.js';
import { buildStarts } from '../../src/search/pinyin/starts.js';

const lib = { pinyin: pinyin as never };

describe('reading sets', () => {
  it('number each distinct character once, its usual reading first and free, the others at a cost', () => {
    const r = new ReadingSets(lib);
    const hang = r.setFor('行'.codePointAt(0)!);
    expect(r.setFor('行'.codePointAt(0)!)).toBe(hang);
    expect(r.readings[hang]![0]).toBe('xing');
    expect(r.readings[hang]).toContain('hang');
    expect(r.rareCosts[hang]).toEqual(r.readings[hang]!.map((_, k) => (k === 0 ? 0 : RARE_READING_COST)));
  });

  it('accept ü typed as v or u, and zh / ch / sh as two-letter initials', () => {
    const r = new ReadingSets(lib);
    const lv = r.setFor('绿'.codePointAt(0)!);
    expect(r.readings[lv]).toEqual(expect.arrayContaining(['lv', 'lu']));
    const zhong = r.setFor('中'.codePointAt(0)!);
    expect(r.initLens[zhong]![0]).toBe(2);
  });

  it('step over punctuation and spaces; nothing else without a reading can be spelt', () => {
    const r = new ReadingSets(lib);
    expect(['，', '“', ' ', '—'].map((c) => r.setFor(c.codePointAt(0)!))).toEqual([SKIP, SKIP, SKIP, SKIP]);
    expect(['é', 'ж', '😀'].map((c) => r.setFor(c.codePointAt(0)!))).toEqual([BLOCK, BLOCK, SKIP]); // an emoji is a symbol
  });
});

describe('compiled units', () => {
  it('hold one entry per code point, with its offset and whether it is astral', () => {
    const r = new ReadingSets(lib);
    const c = new CompiledUnits(r, ['𠮷野，家', '中']);
    expect(c.compileSome(1)).toBe(false);
    expect(c.compileSome()).toBe(true);
    expect([...c.unitFrom]).toEqual([0, 4, 5]);
    expect([...c.offs.subarray(0, 4)]).toEqual([0, 2, 3, 4]);
    expect([...c.astral.subarray(0, 4)]).toEqual([1, 0, 0, 0]);
    expect(c.sets[2]).toBe(SKIP);
  });

  it("list, per letter, where a match can start, and each position's unit", () => {
    const r = new ReadingSets(lib);
    const c = new CompiledUnits(r, ['小院', '高墙小']);
    c.compileSome();
    const s = buildStarts(c, r);
    const letter = (l: string) => [...s.byLetter[l.charCodeAt(0) - 97]!];
    expect(letter('x')).toEqual([0, 4]);
    expect(letter('g')).toEqual([2]);
    expect([...s.unitOf]).toEqual([0, 0, 1, 1, 1]);
  });
});

describe('lower bound of a term', () => {
  const syllables = new Set(['xiao', 'yuan', 'gao', 'qiang', 'xi', 'an']);
  const prefixes = new Set([...syllables].flatMap((r) => Array.from(r, (_, k) => r.slice(0, k + 1))));
  it.each([
    ['xiaoyuan', 0],
    ['xian', 0],
    ['xygq', 4],
    ['xiaoyg', 2],
    ['xiaoyua', 1],
    ['zzz', Infinity],
  ])('%s costs at least %d', (term, cost) => {
    expect(lowerBound(term, syllables, prefixes)).toBe(cost);
  });
});
