import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { clusterStarts, displayWidth, graphemes, graphemeWidth, isSimple } from '../../src/text/width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segments = (t: string) => [...segmenter.segment(t)].map((s) => s.segment);

describe('graphemeWidth', () => {
  it.each([
    ['a', 1],
    ['中', 2],
    ['，', 2],
    ['。', 2],
    ['、', 2],
    ['《', 2],
    [',', 1],
    ['𠀀', 2], // astral CJK (Extension B)
    ['𠮷', 2],
    ['あ', 2],
    ['한', 2],
    ['😀', 2],
    ['👍🏽', 2], // skin-tone modifier
    ['👨‍👩‍👧', 2], // ZWJ sequence
    ['🇨🇳', 2], // flag
    ['1️⃣', 2], // keycap
    ['❤️', 2], // VS16: emoji presentation
    ['❤', 1], // text presentation
    ['e\u0301', 1], // combining acute
    ['a\u0308\u0323', 1], // two combining marks
    ['中\u0301', 2],
    ['\u0301', 0], // a mark with no base
    ['\u200b', 0], // zero-width space
    ['\u200d', 0], // zero-width joiner
    ['\u00ad', 0], // soft hyphen
    ['\x07', 0], // control
    ['\u1100\u1161\u11a8', 2], // Hangul jamo L+V+T
  ])('%j is %i columns', (g, w) => {
    expect(graphemeWidth(g)).toBe(w);
    expect(displayWidth(g)).toBe(w);
  });

  it.each(['“', '”', '‘', '’', '—', '…', '·', '■', '─', '│', '┌', '═'])('ambiguous %s: 1 narrow, 2 wide', (g) => {
    expect(graphemeWidth(g)).toBe(1);
    expect(graphemeWidth(g, { ambiguous: 'narrow' })).toBe(1);
    expect(graphemeWidth(g, { ambiguous: 'wide' })).toBe(2);
  });

  it.each(['中', 'a', '，', ',', '😀', '𠀀', 'e\u0301'])('%s does not depend on the ambiguous mode', (g) => {
    expect(graphemeWidth(g, { ambiguous: 'wide' })).toBe(graphemeWidth(g, { ambiguous: 'narrow' }));
  });
});

describe('displayWidth', () => {
  it.each([
    ['', 0, 0],
    ['DeepSeek', 8, 8],
    ['王毅:这段时间', 13, 13],
    ['“两弹一星”', 10, 12],
    ['……——', 4, 8],
    ['■ 中国', 6, 7],
    ['𠀀𠮷a', 5, 5],
    ['👨‍👩‍👧🇨🇳e\u0301中', 7, 7],
  ])('%j is %i narrow, %i wide', (t, narrow, wide) => {
    expect(displayWidth(t)).toBe(narrow);
    expect(displayWidth(t, { ambiguous: 'wide' })).toBe(wide);
  });

  it('splits emoji sequences, flags and combining marks into whole clusters', () => {
    expect(graphemes('👨‍👩‍👧e\u0301中🇨🇳1️⃣')).toEqual(['👨‍👩‍👧', 'e\u0301', '中', '🇨🇳', '1️⃣']);
    expect(graphemes('中文abc')).toEqual(['中', '文', 'a', 'b', 'c']);
  });

  const chars = fc.constantFrom(
    ...'中文，。“”—…·■ aZ09,.\u0301\u200d\ufe0f\u20e3\u1100\u1161\r\n\t\u00ad',
    '😀',
    '🇨',
    '🇳',
    '👍',
    '🏽',
    '𠀀',
    '\u0e33',
    '\u200b',
  );
  const text = fc.array(chars, { maxLength: 30 }).map((a) => a.join(''));

  it('agrees with summing graphemeWidth over Intl.Segmenter clusters, in both modes (fast path check)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('narrow' as const, 'wide' as const), (t, ambiguous) => {
        const slow = segments(t).reduce((w, g) => w + graphemeWidth(g, { ambiguous }), 0);
        expect(displayWidth(t, { ambiguous })).toBe(slow);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('takes the code-unit fast path only when every code unit is its own grapheme', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (isSimple(t)) expect(segments(t)).toEqual(t.split(''));
        expect(graphemes(t)).toEqual(segments(t));
      }),
      { seed: 5, numRuns: 500 },
    );
  });

  it('matches string-width on CJK, Latin, emoji and combining marks (narrow mode)', () => {
    const atoms = fc.constantFrom('中', '文', '，', '𠀀', 'a', 'Z', '5', ' ', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '1️⃣', '❤️', 'e\u0301', '“', '—', '■');
    fc.assert(
      fc.property(fc.array(atoms, { maxLength: 20 }), (a) => {
        const t = a.join('');
        expect(displayWidth(t)).toBe(stringWidth(t));
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});

describe('isSimple (the code-unit fast path)', () => {
  it('admits no BMP character that would join a neighbour into one grapheme (exhaustive)', () => {
    const wrong: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      if (u >= 0xd800 && u <= 0xdfff) continue;
      const c = String.fromCharCode(u);
      if (!isSimple(c)) continue;
      // Extend / SpacingMark / ZWJ attach to whatever precedes, Prepend to whatever follows. (The
      // other joins — CR LF, Hangul jamo, regional indicators, emoji — involve a character
      // isSimple already refuses.)
      for (const t of ['a' + c, c + 'a']) {
        if ([...segmenter.segment(t)].length !== 2 && isSimple(t)) wrong.push(u.toString(16));
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('clusterStarts (Intl.Segmenter only around characters that can join)', () => {
  // Every way code units join: marks, ZWJ emoji (with BMP ❤ after the joiner), flags, keycaps,
  // VS16, skin tones, Hangul jamo and syllables, prepend marks, CR LF, SpacingMark letters,
  // halfwidth voicing marks — next to plain CJK, Latin and spaces.
  const chars = fc.constantFrom(
    ...'中文a ,。“',
    '\u0301',
    '\u200d',
    '\ufe0f',
    '\u20e3',
    '\u0600',
    '\r',
    '\n',
    '\u0e33',
    '\uff76',
    '\uff9e',
    '\u1100',
    '\u1161',
    '\u11a8',
    '가',
    '❤',
    '👨',
    '👍',
    '🏽',
    '🇨',
    '🇳',
    '𠀀',
    '#',
    '1',
  );
  it('finds exactly the boundaries Intl.Segmenter finds', () => {
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 24 }).map((a) => a.join('')),
        (t) => {
          const expected = [...segmenter.segment(t)].map((s) => s.index).concat(t.length);
          expect(clusterStarts(t)).toEqual(expected);
        },
      ),
      { seed: 31, numRuns: 1000 },
    );
  });
});
