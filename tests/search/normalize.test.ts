import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, isLatinTerm, queryTerms } from '../../src/search/normalize.js';
import { unitsWithAll } from '../../src/search/charindex.js';

describe('foldText', () => {
  it.each([
    ['，：；！？（）', ',:;!?()'],
    ['ＡＢＣ１２３ａ', 'abc123a'],
    ['DeepSeek', 'deepseek'],
    ['“两面人”。', '"两面人".'],
    ['中\u3000文', '中 文'],
    ['ΑΒΓ', 'αβγ'],
    ['𠮷😀', '𠮷😀'],
  ])('%s → %s', (s, want) => {
    expect(foldText(s)).toBe(want);
  });

  it('never changes the length, so offsets in folded text are offsets in the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(foldText(s).length).toBe(s.length);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(foldText(foldText(s))).toBe(foldText(s));
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe('queryTerms', () => {
  it('folds and splits at any space, full-width included', () => {
    expect(queryTerms(' 中美\u3000芬太尼  XYGQ ')).toEqual(['中美', '芬太尼', 'xygq']);
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms("xi'an Xi’An")).toEqual(['xian', 'xian']);
    expect(queryTerms("it's'")).toEqual(["it's'"]);
    expect(queryTerms('中美guanxi CGTN记者 2025年 iphone15')).toEqual(['中美', 'guanxi', 'cgtn', '记者', '2025年', 'iphone15']);
  });
  it('knows a Latin (pinyin) term', () => {
    expect(isLatinTerm('xygq')).toBe(true);
    expect(isLatinTerm('cgtn2')).toBe(false);
    expect(isLatinTerm('中')).toBe(false);
  });
});

describe('unitsWithAll', () => {
  it('intersects postings of any lengths like a plain set intersection', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.nat(3000), { maxLength: 400 }), { minLength: 1, maxLength: 4 }), (lists) => {
        const index = new Map(lists.map((l, k) => [k, Int32Array.from(l).sort()]));
        const want = [...new Set(lists[0])].filter((x) => lists.every((l) => l.includes(x))).sort((a, b) => a - b);
        expect([
          ...unitsWithAll(
            index,
            lists.map((_, k) => k),
          ),
        ]).toEqual(want);
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});
