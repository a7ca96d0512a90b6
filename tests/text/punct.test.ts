import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullWidthPunctuation } from '../../src/text/punct.js';

describe('fullWidthPunctuation', () => {
  it.each([
    ['王毅:这段时间,中国的科技创新', '王毅：这段时间，中国的科技创新'],
    ['再到5G、量子计算,DeepSeek,一代代', '再到5G、量子计算，DeepSeek，一代代'],
    ['您如何看待中美在科技领域的竞争?', '您如何看待中美在科技领域的竞争？'],
    ['哪里有封锁,哪里就有突围;哪里有关心', '哪里有封锁，哪里就有突围；哪里有关心'],
    ['恰恰是“哪吒闹海”,“一飞冲天”的舞台', '恰恰是“哪吒闹海”，“一飞冲天”的舞台'],
    ['人工智能(AI)很重要!', '人工智能（AI）很重要！'],
    ['𠀀,𠮷', '𠀀，𠮷'],
  ])('%j → %j', (from, to) => {
    expect(fullWidthPunctuation(from)).toBe(to);
  });

  it.each(['3.5', 'DeepSeek, Inc', '10:30', 'at 10:30, DeepSeek, Inc.', '1,000 (one thousand)', 'f(x)'])('leaves Latin and numbers alone: %j', (t) => {
    expect(fullWidthPunctuation(t)).toBe(t);
  });

  it('leaves numbers alone inside Chinese text', () => {
    expect(fullWidthPunctuation('会议于10:30开始,共1,000人')).toBe('会议于10:30开始，共1,000人');
  });

  it('keeps the UTF-16 length and every character that is not one of , : ; ? ! ( )', () => {
    const chars = fc.constantFrom(...'中国，。“”,:;?!()aZ0 .', '😀', '𠀀', 'e\u0301');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (t) => {
          const out = fullWidthPunctuation(t);
          expect(out.length).toBe(t.length);
          for (let i = 0; i < t.length; i++) {
            const full = '，：；？！（）'[',:;?!()'.indexOf(t[i]!)];
            if (out[i] !== t[i]) expect(out[i]).toBe(full);
          }
          // Brackets convert in pairs: never "（…)" from a matched "(…)".
          expect(/（[^()（）]*\)|\([^()（）]*）/.test(out)).toBe(false);
        },
      ),
      { seed: 29, numRuns: 400 },
    );
  });
});
