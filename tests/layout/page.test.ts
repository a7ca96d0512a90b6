import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Block, compareAnchors, layoutPage, markRow, rowAnchor, rowOfAnchor } from '../../src/layout/page.js';
import { displayWidth } from '../../src/text/width.js';

const blocks: Block[] = [
  { ref: { turn: -1, para: 0 }, text: '标题 headline', style: 'headline', prefix: '话题  ', prefixStyle: 'heading' },
  {
    ref: { turn: 0, para: 0 },
    text: '请问您如何看待?中美关系(以及AI)的未来?',
    style: 'question',
    prefix: '路透社记者：',
    prefixStyle: 'asker',
    gapBefore: true,
  },
  {
    ref: { turn: 1, para: 0 },
    text: '中美关系的未来，取决于双方的选择。“小院高墙”挡不住创新——脱钩断链最终将孤立自己。😀𠮷',
    style: 'answer',
    prefix: '王毅：',
    prefixStyle: 'speaker',
    gapBefore: true,
  },
  { ref: { turn: 1, para: 1 }, text: 'A long English sentence, with words that should wrap somewhere sensible.', style: 'answer', gapBefore: true },
  {
    ref: { turn: 2, para: 0 },
    text: '一句挂在标签后面的说明，续行缩进到标签宽度。',
    style: 'answer',
    prefix: '1. ',
    prefixStyle: 'speaker',
    hang: true,
    gapBefore: true,
  },
];

describe('layoutPage', () => {
  it('wraps every block within the width and keeps each block text whole, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.boolean(), fc.constantFrom<'narrow' | 'wide'>('narrow', 'wide'), (width, fw, ambiguous) => {
        const rows = layoutPage(blocks, { width, fullWidthPunctuation: fw, ambiguous });
        for (const r of rows) {
          // A single grapheme wider than a 1-column line is the only allowed overflow.
          if (width >= 2) expect(displayWidth(r.text, { ambiguous })).toBeLessThanOrEqual(width);
        }
        for (const b of blocks) {
          const mine = rows.filter((r) => r.ref.turn === b.ref.turn && r.ref.para === b.ref.para && r.end > r.start);
          // Each row shows its slice of the block (full-width punctuation keeps lengths).
          for (const r of mine) expect(r.text.slice(r.lead).length).toBe(r.end - r.start);
          // Rows cover the block in order; only spaces dropped at a break fall between them.
          mine.forEach((r, i) => {
            const from = i === 0 ? 0 : mine[i - 1]!.end;
            expect(r.start).toBeGreaterThanOrEqual(from);
            expect(b.text.slice(from, r.start).trim()).toBe('');
          });
          expect(b.text.slice(mine.at(-1)!.end).trim()).toBe('');
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it('row anchors increase along the page, and each row is found by its own anchor', () => {
    for (const width of [5, 13, 40, 200]) {
      const rows = layoutPage(blocks, { width });
      for (let i = 1; i < rows.length; i++) expect(compareAnchors(rowAnchor(rows[i - 1]!), rowAnchor(rows[i]!))).toBeLessThan(0);
      rows.forEach((r, i) => expect(rowOfAnchor(rows, rowAnchor(r))).toBe(i));
    }
  });

  it('an anchor inside a row finds that row at every width', () => {
    const anchor = { turn: 1, para: 0, offset: 30 };
    for (const width of [6, 11, 25, 60]) {
      const rows = layoutPage(blocks, { width });
      const r = rows[rowOfAnchor(rows, anchor)]!;
      expect(r.ref).toEqual({ turn: 1, para: 0 });
      expect(r.start).toBeLessThanOrEqual(30);
      expect(r.end).toBeGreaterThan(30);
    }
  });

  it('full-width punctuation changes the display, not the offsets', () => {
    const plain = layoutPage(blocks, { width: 200 });
    const full = layoutPage(blocks, { width: 200, fullWidthPunctuation: true });
    const q = (rows: typeof plain) => rows.find((r) => r.ref.turn === 0 && r.start === 0)!.text;
    expect(q(plain)).toContain('?中美关系(以及AI)');
    expect(q(full)).toContain('？中美关系（以及AI）');
    expect(q(full).length).toBe(q(plain).length);
  });

  it('hanging labels indent continuation rows by the label width', () => {
    const rows = layoutPage(blocks, { width: 10 }).filter((r) => r.ref.turn === 2 && r.start >= 0);
    expect(rows[0]!.text.startsWith('1. ')).toBe(true);
    for (const r of rows.slice(1)) expect(r.text.startsWith('   ')).toBe(true);
  });

  it('markRow highlights exactly the marked characters, astral ones included', () => {
    const rows = layoutPage(blocks, { width: 12 });
    const text = blocks[2]!.text;
    const start = text.indexOf('😀');
    const end = text.length;
    const marked = rows.map((r) => markRow(r, { turn: 1, para: 0 }, start, end, 'highlight'));
    const got = marked.flatMap((r) => r.spans.filter((s) => s.style === 'highlight').map((s) => r.text.slice(s.start, s.end))).join('');
    expect(got).toBe('😀𠮷');
  });
});
