import { describe, expect, it } from 'vitest';
import { tooSmallLines } from '../../src/ui/tooSmall.js';
import { displayWidth } from '../../src/text/width.js';

const at = (columns: number, rows: number) => tooSmallLines({ columns, height: Math.max(1, rows - 1), rows, minColumns: 20, minRows: 5, ambiguous: 'narrow' });

/**
 * QA finding: on a wide but short terminal (100×4) the message sat in the top-left corner and lost
 * its last line ("q quits"); it is now centred, and short terminals get the facts joined on a line.
 */
describe('the too-small frame', () => {
  it('at 100×4 says all four things and sits in the middle', () => {
    const ls = at(100, 4);
    expect(ls).toHaveLength(3);
    const all = ls.join('\n');
    for (const part of ['terminal too small', 'need 20×5', 'have 100×4', 'q quits']) expect(all).toContain(part);
    const first = ls.find((l) => l.trim())!;
    const lead = first.length - first.trimStart().length;
    const trail = first.length - first.trimEnd().length;
    expect(Math.abs(lead - trail)).toBeLessThanOrEqual(1);
  });

  it('every row is exactly the width, at every small size', () => {
    for (let c = 1; c <= 30; c++) {
      for (let r = 1; r <= 8; r++) {
        const ls = at(c, r);
        expect(ls).toHaveLength(Math.max(1, r - 1));
        for (const l of ls) expect(displayWidth(l)).toBe(c);
        if (c >= 9) expect(ls.join('')).toContain('too small');
      }
    }
  });

  it('with rows to spare, one fact per row', () => {
    const ls = at(19, 30)
      .map((l) => l.trim())
      .filter(Boolean);
    expect(ls).toEqual(['terminal too small', 'need 20×5', 'have 19×30', 'q quits']);
  });
});
