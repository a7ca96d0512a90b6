import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../src/search/sentences.js';

const split = (p: string) => splitSentences(p).map(([s, e]) => p.slice(s, e));

describe('splitSentences', () => {
  it.each([
    ['一。二！三？', ['一。', '二！', '三？']],
    ['他说：“我们不怕。”然后走了。', ['他说：“我们不怕。”', '然后走了。']],
    ['真的吗？！好。', ['真的吗？！', '好。']],
    ['Half-width! Stops? Work. Too', ['Half-width!', 'Stops?', 'Work.', 'Too']],
    ['增长3.5%。U.S.A 不拆开', ['增长3.5%。', 'U.S.A 不拆开']],
    ['中文.后面', ['中文.', '后面']],
    ['（括号里。）之后', ['（括号里。）', '之后']],
    ['「引号。」『书名。』', ['「引号。」', '『书名。』']],
    ['  前后有空格。   ', ['前后有空格。']],
    ['没有句号', ['没有句号']],
    ['', []],
    ['。', ['。']],
    ['𠮷野家好吃。😀真的！', ['𠮷野家好吃。', '😀真的！']],
  ])('%s', (p, want) => {
    expect(split(p)).toEqual(want);
  });

  it('gives sorted, non-empty, trimmed sentences that cover every non-space character exactly once', () => {
    const alphabet = fc.constantFrom('中', '文', '。', '！', '？', '.', '!', '?', '”', '」', '）', ' ', '\u3000', 'a', '1', '𠮷');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (p) => {
          const ss = splitSentences(p);
          let covered = '';
          let last = 0;
          for (const [s, e] of ss) {
            expect(s).toBeGreaterThanOrEqual(last);
            expect(e).toBeGreaterThan(s);
            expect(p[s]).not.toMatch(/\s/);
            expect(p[e - 1]).not.toMatch(/\s/);
            expect(p.slice(last, s)).toMatch(/^\s*$/);
            covered += p.slice(s, e);
            last = e;
          }
          expect(p.slice(last)).toMatch(/^\s*$/);
          expect(covered.replace(/\s/g, '')).toBe(p.replace(/\s/g, ''));
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });
});

/** The first splitter, a character at a time: the regex one must split exactly as it did. */
function splitByLoop(p: string): [number, number][] {
  const stops = new Set(['。', '！', '？', '!', '?', '.', '\uff61']);
  const closers = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '〉', '】', '〕', '］', ']']);
  const space = /[\s\u3000]/;
  const out: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && space.test(p[s]!)) s++;
    let e = end;
    while (e > s && space.test(p[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    start = end;
  };
  let i = 0;
  while (i < p.length) {
    const next = p[i + 1];
    const ends = p[i] !== '.' || next === undefined || space.test(next) || next.charCodeAt(0) > 0x7f;
    if (stops.has(p[i]!) && ends) {
      let j = i + 1;
      while (j < p.length && (stops.has(p[j]!) || closers.has(p[j]!))) j++;
      push(j);
      i = j;
    } else i++;
  }
  push(p.length);
  return out;
}

describe('splitSentences against a character-at-a-time splitter', () => {
  it('splits every paragraph the same way', () => {
    const alphabet = fc.constantFrom(
      '中',
      '。',
      '！',
      '？',
      '.',
      '!',
      '?',
      '\uff61',
      '”',
      '’',
      '」',
      '』',
      '）',
      ')',
      '"',
      "'",
      '》',
      '〉',
      '】',
      '〕',
      '］',
      ']',
      '[',
      ' ',
      '\u3000',
      '\n',
      'a',
      '1',
      '𠮷',
      '\ud842',
    );
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 50 }), (p) => {
        expect(splitSentences(p)).toEqual(splitByLoop(p));
      }),
      { seed: 43, numRuns: 2000 },
    );
  });
});
