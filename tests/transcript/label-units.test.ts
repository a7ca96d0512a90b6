import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkTopic } from '../../src/transcript/parse/dedupe.js';
import { deriveLabels } from '../../src/transcript/parse/labels.js';
import { batchSegments, clauseUnits, segments } from '../../src/transcript/parse/label-units.js';

// Names every plain object inherits: looked up in an object literal, a Latin word of the
// transcript would find them (a function or an object), not "no such entry".
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'toLocaleString'];

describe('label units: a Latin word is a word, whatever its spelling', () => {
  it.each(INHERITED)('"%s" inside a Chinese clause is a Latin unit, not an opening quotation or title mark', (word) => {
    const units = clauseUnits(`美国${word}公司发布新产品`);
    expect(units.find((u) => u.text === word)).toEqual({ text: word, start: 2, kind: 'latin' });
    expect(units.some((u) => u.kind === 'title' || u.kind === 'quote')).toBe(false);
    expect(units.map((u) => u.text).join('')).toBe(`美国${word}公司发布新产品`);
  });

  it('still takes a real quotation and a real title as one unit', () => {
    expect(clauseUnits('你对“一带一路”倡议').find((u) => u.kind === 'quote')?.text).toBe('一带一路');
    expect(clauseUnits('你对《外交学人》的文章').find((u) => u.kind === 'quote')?.text).toBe('外交学人');
  });

  it('lets such a word name the topic as any other Latin name does', () => {
    const para = (text: string) => ({ text, line: 1, lines: [1] });
    const topic = (q: string, a: string): WorkTopic => ({
      line: 1,
      turns: [
        { role: 'question', speaker: '记者', paras: [para(q)] },
        { role: 'answer', speaker: '发言人', paras: [para(a)] },
      ],
    });
    for (const word of INHERITED) {
      const [label] = deriveLabels([topic(`据报道，美国${word}公司将在华投资。中方对此有何评论？`, `我们欢迎${word}公司在华投资。`)]);
      expect(label).toContain(word);
    }
  });
});

describe('clauses segmented in one batch', () => {
  // Han characters of names, words and particles, Latin, digits, marks that join words (· - .) and
  // marks that a clause may hold inside a 《title》.
  const piece = fc.constantFrom(
    ...'中美关系芬太尼类物质塔什干高级别会议的了在是蓬佩奥阿卜杜拉·哈米德一带一路'.split(''),
    'G20',
    'Huawei',
    '5G',
    '3.5',
    '-',
    '.',
    '·',
    '“',
    '”',
    '《',
    '》',
    "'",
    ' ',
    '，',
    '2019年',
    'constructor',
  );
  const clause = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));

  it('have the segments each has alone, or are refused', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 8 }), (batch) => {
        const per = batchSegments(batch);
        if (per !== undefined) expect(per).toEqual(batch.map(segments));
      }),
      { numRuns: 300 },
    );
  });

  it('are refused when a clause holds a line break (it would split the clause)', () => {
    expect(batchSegments(['《中美\n关系》', '美国'])).toBeUndefined();
    expect(batchSegments(['中美关系', '美国'])).toEqual([segments('中美关系'), segments('美国')]);
  });
});
