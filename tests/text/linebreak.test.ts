import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import wrapAnsi from 'wrap-ansi';
import { breakLines } from '../../src/text/linebreak.js';
import { ruleViolations, NO_END, NO_START } from './rules.js';

const SEED = readFileSync(new URL('../../data/2025-03-07-wang-yi-press-conference.txt', import.meta.url), 'utf8');
const PARAGRAPHS = SEED.split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);
/** The seed's paragraph that starts with `prefix`. */
function seed(prefix: string): string {
  const p = PARAGRAPHS.find((x) => x.startsWith(prefix));
  if (!p) throw new Error(`no seed paragraph starts with ${prefix}`);
  return p;
}

const texts = (text: string, width: number, ambiguous: 'narrow' | 'wide' = 'narrow') => breakLines(text, width, { ambiguous }).map((l) => l.text);
const wrapAnsiLines = (text: string, width: number) => wrapAnsi(text, width, { hard: true, trim: false }).split('\n');

// Predicates over a list of line texts: each describes one way of breaking a rule.
const startsWithAny = (marks: string) => (lines: string[]) => lines.slice(1).some((l) => marks.includes(l[0]!));
const endsWithAny = (marks: string) => (lines: string[]) => lines.slice(0, -1).some((l) => marks.includes(l.at(-1)!));
const splits = (word: string) => (lines: string[]) => !lines.some((l) => l.includes(word)) && lines.join('').includes(word);

const TECH = '王毅:这段时间'; // the 科技创新 answer
const TECH2 = '当然,这条道路'; // its second paragraph
const TECH3 = '为推动人类的共同发展'; // its third
const EU = '50年来,中欧合作';

/**
 * Each rule at a width where wrap-ansi (hard) breaks it on a real sentence of the seed: the case
 * first shows wrap-ansi failing (so the width really bites), then the breaker keeping the rule.
 */
const CASES: { rule: string; para: string; width: number; broken: (lines: string[]) => boolean }[] = [
  { rule: 'no "。" at a line start', para: TECH, width: 18, broken: startsWithAny('。') },
  { rule: 'no "、" at a line start', para: TECH, width: 30, broken: startsWithAny('、') },
  { rule: 'no "”" at a line start (”,)', para: TECH, width: 33, broken: startsWithAny('”') },
  { rule: 'no half-width "," at a line start', para: TECH, width: 20, broken: startsWithAny(',') },
  { rule: 'no half-width ";" at a line start', para: TECH2, width: 34, broken: startsWithAny(';') },
  { rule: 'no "》" at a line start', para: TECH3, width: 24, broken: startsWithAny('》') },
  { rule: 'no "“" at a line end', para: TECH, width: 14, broken: endsWithAny('“') },
  { rule: 'no "《" at a line end', para: TECH3, width: 26, broken: endsWithAny('《') },
  { rule: 'DeepSeek is not split', para: TECH, width: 21, broken: splits('DeepSeek') },
  { rule: 'DeepSeek is not split (DeepSee|k)', para: TECH, width: 10, broken: splits('DeepSeek') },
  { rule: '5G is not split', para: TECH, width: 15, broken: splits('5G') },
  { rule: '40% is not split', para: '王毅:当今世界风起云涌', width: 0, broken: splits('40%') },
  { rule: '7800 is not split', para: EU, width: 0, broken: splits('7800') },
];

describe('breakLines on the seed, at the widths where each rule bites', () => {
  for (const c of CASES) {
    // width 0: find the first width in 8..80 where wrap-ansi breaks this rule.
    const width = c.width || findBitingWidth(seed(c.para), c.broken);
    it(`${c.rule} (width ${width})`, () => {
      const text = seed(c.para);
      expect(c.broken(wrapAnsiLines(text, width))).toBe(true);
      const lines = breakLines(text, width);
      expect(c.broken(lines.map((l) => l.text))).toBe(false);
      expect(ruleViolations(text, lines, width, 'narrow')).toEqual([]);
    });
  }
});

function findBitingWidth(text: string, broken: (lines: string[]) => boolean): number {
  for (let w = 8; w <= 80; w++) if (broken(wrapAnsiLines(text, w))) return w;
  throw new Error('wrap-ansi never breaks this rule here');
}

describe('breakLines: exact lines', () => {
  it('lays out the 科技创新 answer at 27 columns: push-out keeps "DeepSeek" whole', () => {
    expect(texts(seed(TECH), 27)).toEqual([
      '王毅:这段时间,中国的科技创',
      '新不断突破人们的想象。从当',
      '年的“两弹一星”,到“神舟”“嫦',
      '娥”,再到5G、量子计算,',
      'DeepSeek,一代代中国人的奋斗',
      '从未止步,中国的科技强国之路',
      '越走越宽。',
    ]);
  });

  it('pushes out the character before a closing mark rather than start a line with it', () => {
    // At 18 columns the last line would be "。" alone (wrap-ansi does that): "宽" moves with it.
    const lines = texts(seed(TECH), 18);
    expect(lines.slice(-2)).toEqual(['技强国之路越走越', '宽。']);
  });

  it('measures ambiguous quotes as two columns in wide mode, so lines get shorter', () => {
    const narrow = breakLines(seed(TECH), 30, { ambiguous: 'narrow' });
    const wide = breakLines(seed(TECH), 30, { ambiguous: 'wide' });
    expect(wide.every((l) => l.width <= 30)).toBe(true);
    expect(wide[2]!.text).not.toBe(narrow[2]!.text);
    expect(ruleViolations(seed(TECH), wide, 30, 'wide')).toEqual([]);
  });

  it.each([
    // —— and …… (not in the seed: sentences in its style)
    ['他说——我们的回答很明确——合作共赢。', 9, '——'],
    ['中国的故事还很长……还在继续……', 9, '……'],
    ['增长3.5个百分点', 3, '3.5'],
    ['会议于10:30开始', 5, '10:30'],
  ])('does not split %j at width %i (keeps %j)', (text, width, run) => {
    const lines = texts(text, width);
    expect(lines.some((l) => l.includes(run))).toBe(true);
    expect(ruleViolations(text, breakLines(text, width), width, 'narrow')).toEqual([]);
  });

  it('splits a run only when it alone is wider than the line', () => {
    expect(texts('DeepSeek', 4)).toEqual(['Deep', 'Seek']);
    expect(texts('——', 1)).toEqual(['—', '—']);
    expect(texts('用DeepSeek', 8)).toEqual(['用', 'DeepSeek']);
  });

  it('breaks at spaces and drops the spaces it breaks at', () => {
    const text = '科技创新 哪里有封锁 哪里就有突围';
    const lines = breakLines(text, 10);
    expect(lines.map((l) => l.text)).toEqual(['科技创新', '哪里有封锁', '哪里就有突', '围']);
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [0, 4],
      [5, 10],
      [11, 16],
      [16, 17],
    ]);
    expect(texts('DeepSeek, Inc. is here', 10)).toEqual(['DeepSeek,', 'Inc. is', 'here']);
  });

  it('with preferSpaces, ends a headline line at a space when that fills at least half the line', () => {
    const text = '科技创新  哪里有封锁 哪里就有突围';
    // Without it the phrase 哪里就有突围 is cut; with it the line ends at the space before it.
    expect(breakLines(text, 24).map((l) => l.text)).toEqual(['科技创新  哪里有封锁 哪', '里就有突围']);
    expect(breakLines(text, 24, { preferSpaces: true }).map((l) => l.text)).toEqual(['科技创新  哪里有封锁', '哪里就有突围']);
    // A space that would leave the line less than half full is not taken: 科技创新 is 8 of 22.
    expect(breakLines('科技创新 哪里有封锁哪里就有突围', 22, { preferSpaces: true }).map((l) => l.text)).toEqual(['科技创新 哪里有封锁哪', '里就有突围']);
  });

  it('keeps the opening mark with what follows and the closing mark with what precedes', () => {
    for (const w of [4, 5, 6, 7, 8]) {
      const lines = texts('说“两弹一星”,好', w);
      expect(
        lines.every((l) => !NO_START.includes(l[0]!)),
        lines.join('|'),
      ).toBe(true);
      expect(
        lines.slice(0, -1).every((l) => !NO_END.includes(l.at(-1)!)),
        lines.join('|'),
      ).toBe(true);
    }
  });

  it('gives a grapheme wider than the line a line of its own', () => {
    expect(texts('中文', 1)).toEqual(['中', '文']);
    expect(breakLines('😀a', 1).map((l) => [l.text, l.width])).toEqual([
      ['😀', 2],
      ['a', 1],
    ]);
  });

  it('returns spans clipped to each line and relative to it', () => {
    const text = '王毅:这段时间,中国的科技创新';
    const lines = breakLines(text, 10, {
      spans: [
        { start: 0, end: 3, style: 'speaker' },
        { start: 8, end: 14, style: 'highlight' },
      ],
    });
    expect(lines.map((l) => l.text)).toEqual(['王毅:这段', '时间,中国', '的科技创新']);
    expect(lines.map((l) => l.spans)).toEqual([
      [{ start: 0, end: 3, style: 'speaker' }],
      [{ start: 3, end: 5, style: 'highlight' }],
      [{ start: 0, end: 4, style: 'highlight' }],
    ]);
  });

  it('treats widths below 1 (and NaN) as 1, and fractional widths as their floor', () => {
    expect(texts('中a', 0)).toEqual(['中', 'a']);
    expect(texts('中a', Number.NaN)).toEqual(['中', 'a']);
    expect(texts('中国人', 4.9)).toEqual(['中国', '人']);
    expect(texts('中国人', Number.POSITIVE_INFINITY)).toEqual(['中国人']);
  });

  it('returns one empty line for an empty paragraph', () => {
    expect(breakLines('', 10)).toEqual([{ text: '', start: 0, end: 0, width: 0, spans: [] }]);
  });
});

describe('the rule checker', () => {
  it('catches what wrap-ansi does to the 科技创新 answer (so the properties can fail)', () => {
    const text = seed(TECH);
    const asLines = (ls: string[]) => {
      let pos = 0;
      return ls.map((l) => {
        const start = text.indexOf(l, pos);
        pos = start + l.length;
        return { text: l, start, end: pos, width: [...l].reduce((w, c) => w + (c > '\u2e80' ? 2 : 1), 0) };
      });
    };
    const bad = ruleViolations(text, asLines(wrapAnsiLines(text, 33)), 33, 'narrow');
    expect(bad.join('\n')).toMatch(/starts with "”"/);
    expect(bad.join('\n')).toMatch(/starts with ","/);
    expect(ruleViolations(text, asLines(wrapAnsiLines(text, 10)), 10, 'narrow').join('\n')).toMatch(/splits "e\|k"/);
  });
});

describe('breakLines: line feeds', () => {
  it('breaks at a line feed and drops it', () => {
    expect(breakLines('中国\nDeepSeek', 20).map((l) => [l.text, l.start, l.end])).toEqual([
      ['中国', 0, 2],
      ['DeepSeek', 3, 11],
    ]);
    expect(texts('中国\n', 20)).toEqual(['中国', '']);
  });
});
