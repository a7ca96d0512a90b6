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
