import { describe, expect, it } from 'vitest';
import { segments } from '../../src/ui/components/StyledRow.js';
import { paletteFor, PALETTES, THEMES, type ThemeName } from '../../src/ui/theme.js';
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
      const [seg] = segments('王毅：', [{ start: 0, end: 3, style }], paletteFor(true));
      expect(ILLEGIBLE_ON_ONE_BACKGROUND).not.toContain(seg!.look.color);
    }
  });

  // Contrast is symmetric: a colour that is hard to read on a background is as hard to read as a
  // block behind text of the background's colour (inverse video), so one list per background.
  const HARD_ON: Record<ThemeName, string[]> = {
    dark: ['black', 'blue', 'blackBright'],
    light: ['yellow', 'white', 'cyan', 'green', 'yellowBright', 'whiteBright', 'cyanBright', 'greenBright'],
  };
  for (const theme of THEMES) {
    it(`the ${theme} theme uses no colour that is hard to read on a ${theme} background, in every role`, () => {
      const palette = PALETTES[theme];
      for (const [role, look] of Object.entries(palette.looks)) if (look.color) expect(HARD_ON[theme], role).not.toContain(look.color);
      for (const c of palette.chart) expect(HARD_ON[theme]).not.toContain(c);
    });
  }

  it('the light theme differs from the dark where the dark one would be hard to read on white', () => {
    // The match's block: yellow behind white text would vanish.
    expect(PALETTES.light.looks.match.color).not.toBe(PALETTES.dark.looks.match.color);
    expect(PALETTES.light.looks.heading.color).not.toBe('cyan');
  });

  it('without colour no role has a hue, whatever the theme', () => {
    for (const theme of THEMES) for (const look of Object.values(paletteFor(false, theme).looks)) expect(look.color).toBeUndefined();
  });

  it("show's ANSI output neither (SGR 30 black, 33 yellow, 34 blue, 37 white)", () => {
    for (const style of STYLES) {
      const out = rowToString({ text: '王毅：', spans: [{ start: 0, end: 3, style }] }, true);
      expect(out).not.toMatch(/\x1b\[(?:\d+;)*(?:30|33|34|37)m/);
    }
  });
});
