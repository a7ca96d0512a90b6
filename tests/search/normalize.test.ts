import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldByRegex, foldText, isLatinTerm, queryTerms } from '../../src/search/normalize.js';
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

  // foldText folds Chinese text without the regex (foldCommon): it must agree with the regex on
  // every string, whichever way it takes.
  const MIXED = [
    'a',
    'Z',
    '@',
    '[',
    '芬',
    '，',
    '。',
    '：',
    '；',
    '！',
    '？',
    '（',
    '）',
    '％',
    '＂',
    'Ａ',
    'Ｚ',
    'ｆ',
    '\uff61',
    '“',
    '”',
    '‘',
    '’',
    '\u3000',
    '·',
    '—',
    '\ufeff',
    'É',
    'Σ',
    'ǅ',
    'Ⅰ',
    'Ⓐ',
    '𠮷',
    '𐐀',
    '𝐀',
    '\ud842',
    '\udfb7',
    ' ',
    '1',
  ];
  it('folds as the regex does, on mixed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...MIXED), maxLength: 40 }), (s) => {
        expect(foldText(s)).toBe(foldByRegex(s));
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
  it('folds as the regex does, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (a, b) => {
        expect(foldText(a)).toBe(foldByRegex(a));
        expect(foldText(b)).toBe(foldByRegex(b));
      }),
      { seed: 14, numRuns: 1000 },
    );
  });
  it('folds every BMP character as the regex does, alone and among Chinese text', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const inText = `中，${ch}文。`;
      if (foldText(ch) !== foldByRegex(ch) || foldText(inText) !== foldByRegex(inText)) {
        expect(foldText(ch), `U+${c.toString(16)}`).toBe(foldByRegex(ch));
        expect(foldText(inText), `U+${c.toString(16)}`).toBe(foldByRegex(inText));
      }
    }
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
