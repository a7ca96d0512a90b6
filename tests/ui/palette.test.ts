import { describe, expect, it } from 'vitest';
import { segments } from '../../src/ui/components/StyledRow.js';
import { rowToString } from '../../src/layout/ansi.js';
import type { RowStyle } from '../../src/layout/page.js';

/**
 * QA finding: speaker names were bold yellow, which almost vanishes on a light background. The
 * palette keeps to hues that read on dark and light terminals alike: no yellow, white, black or
 * (dark) blue, in the reader and in `show`'s ANSI output.
 */
const STYLES: RowStyle[] = ['heading', 'headline', 'speaker', 'asker', 'question', 'answer', 'remark', 'highlight', 'dim'];
const ILLEGIBLE_ON_ONE_BACKGROUND = ['yellow', 'white', 'black', 'blue', 'yellowBright', 'whiteBright'];

describe('palette', () => {
  it('the reader uses no colour that fails on a dark or a light background', () => {
    for (const style of STYLES) {
      const [seg] = segments('王毅：', [{ start: 0, end: 3, style }], true);
      expect(ILLEGIBLE_ON_ONE_BACKGROUND).not.toContain(seg!.look.color);
    }
  });

  it("show's ANSI output neither (SGR 30 black, 33 yellow, 34 blue, 37 white)", () => {
    for (const style of STYLES) {
      const out = rowToString({ text: '王毅：', spans: [{ start: 0, end: 3, style }] }, true);
      expect(out).not.toMatch(/\x1b\[(?:\d+;)*(?:30|33|34|37)m/);
    }
  });
});
