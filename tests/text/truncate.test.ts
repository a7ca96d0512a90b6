import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snippetAround, truncate } from '../../src/text/truncate.js';
import { displayWidth } from '../../src/text/width.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** UTF-16 offsets where graphemes start, plus the end. */
const boundaries = (t: string) => new Set([...[...segmenter.segment(t)].map((s) => s.index), t.length]);

const atoms = fc.constantFrom(...'中国科技创新，。“”—…·', 'DeepSeek', ' ', 'a', '5G', '😀', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '𠀀');
const text = fc.array(atoms, { maxLength: 40 }).map((a) => a.join(''));
const mode = fc.constantFrom('narrow' as const, 'wide' as const);

describe('truncate', () => {
  it.each([
    ['中俄关系', 8, '中俄关系'],
    ['中俄关系', 7, '中俄关…'],
    ['中俄关系', 6, '中俄…'],
    ['DeepSeek异军突起', 10, 'DeepSeek…'],
    ['👨‍👩‍👧👨‍👩‍👧', 3, '👨‍👩‍👧…'],
  ])('truncate(%j, %i) is %j', (t, w, out) => {
    expect(truncate(t, w)).toBe(out);
  });

  it('fits the width, never cuts a grapheme, keeps a prefix of the text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 60 }), mode, (t, w, ambiguous) => {
        const out = truncate(t, w, { ambiguous });
        expect(displayWidth(out, { ambiguous })).toBeLessThanOrEqual(w);
        if (out === t) return;
        const body = out.endsWith('…') ? out.slice(0, -1) : out;
        expect(t.startsWith(body)).toBe(true);
        expect(boundaries(t).has(body.length)).toBe(true);
        // It is cut only when the whole text does not fit.
        expect(displayWidth(t, { ambiguous })).toBeGreaterThan(w);
      }),
      { seed: 17, numRuns: 400 },
    );
  });
});

describe('snippetAround', () => {
  const para = '王毅:这段时间,中国的科技创新不断突破人们的想象。从当年的“两弹一星”,到“神舟”“嫦娥”,再到5G、量子计算,DeepSeek,一代代中国人的奋斗从未止步。';
  const at = para.indexOf('DeepSeek');

  it('centres the match, with "…" on both sides', () => {
    const s = snippetAround(para, at, at + 8, 24);
    expect(s.text).toBe('…子计算,DeepSeek,一代代…');
    expect(displayWidth(s.text)).toBeLessThanOrEqual(24);
    expect(s.text.slice(at - s.offset + s.lead, at - s.offset + s.lead + 8)).toBe('DeepSeek');
  });

  it('starts at the match when the match is wider than the window', () => {
    const s = snippetAround(para, at, at + 8, 6);
    expect(s).toEqual({ text: '…Deep…', offset: at, lead: 1 });
  });

  it('returns the whole text, unmarked, when it fits', () => {
    expect(snippetAround('中国', 0, 1, 10)).toEqual({ text: '中国', offset: 0, lead: 0 });
  });

  it('fits the width, never cuts a grapheme, maps offsets, and shows the match when it fits', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 50 }), mode, (t, x, y, w, ambiguous) => {
        const a = t.length ? x % (t.length + 1) : 0;
        const b = a + (t.length ? y % (t.length - a + 1) : 0);
        const s = snippetAround(t, a, b, w, { ambiguous });
        expect(displayWidth(s.text, { ambiguous })).toBeLessThanOrEqual(w);
        expect([0, 1]).toContain(s.lead);
        if (s.lead) expect(s.text[0]).toBe('…');
        // The window's own characters follow the lead; a trailing "…" is a mark when the text
        // does not continue that way.
        const rest = s.text.slice(s.lead);
        const own = t.slice(s.offset, s.offset + rest.length) === rest ? rest : rest.slice(0, -1);
        expect(rest.length - own.length <= 1 && (own === rest || rest.endsWith('…'))).toBe(true);
        expect(t.slice(s.offset, s.offset + own.length)).toBe(own);
        expect(boundaries(t).has(s.offset)).toBe(true);
        expect(boundaries(t).has(s.offset + own.length)).toBe(true);
        // A leading "…" only where the start was cut.
        if (s.lead === 1) expect(s.offset).toBeGreaterThan(0);
        // A match that fits with both marks is fully visible.
        const g = boundaries(t);
        const ms = Math.max(...[...g].filter((o) => o <= a));
        const me = Math.min(...[...g].filter((o) => o >= b));
        const matchW = displayWidth(t.slice(ms, me), { ambiguous });
        const ew = displayWidth('…', { ambiguous });
        if (matchW + 2 * ew <= w) {
          expect(s.offset).toBeLessThanOrEqual(ms);
          expect(s.offset + own.length).toBeGreaterThanOrEqual(me);
        }
      }),
      { seed: 23, numRuns: 400 },
    );
  });
});
