import { describe, expect, it } from 'vitest';
import { backgroundFromEnv, chooseTheme } from '../../src/ui/terminalBackground.js';
import { withSettings } from '../../src/store/settings.js';

describe('the theme for "auto": the background as COLORFGBG names it', () => {
  const cases: [string | undefined, 'light' | 'dark' | undefined][] = [
    ['15;0', 'dark'],
    ['0;15', 'light'],
    ['0;default;15', 'light'],
    ['7;0', 'dark'],
    ['0;7', 'light'],
    ['15;8', 'dark'],
    ['0;12', 'light'],
    ['12;4', 'dark'],
    [undefined, undefined],
    ['', undefined],
    ['default;default', undefined],
    ['0;255', undefined],
    ['garbage', undefined],
  ];
  for (const [value, kind] of cases) {
    it(`COLORFGBG=${JSON.stringify(value)} → ${kind ?? 'unknown'}`, () => {
      expect(backgroundFromEnv(value === undefined ? {} : { COLORFGBG: value })).toBe(kind);
    });
  }

  it('auto is the background when known, dark otherwise; light and dark are themselves whatever it says', () => {
    expect(chooseTheme('auto', { COLORFGBG: '0;15' })).toBe('light');
    expect(chooseTheme(undefined, { COLORFGBG: '0;15' })).toBe('light');
    expect(chooseTheme('auto', {})).toBe('dark');
    expect(chooseTheme('dark', { COLORFGBG: '0;15' })).toBe('dark');
    expect(chooseTheme('light', { COLORFGBG: '15;0' })).toBe('light');
  });

  it('the settings file fills --theme, and the flag wins over it', () => {
    expect(withSettings({}, { theme: 'light' }).theme).toBe('light');
    expect(withSettings({ theme: 'dark' }, { theme: 'light' }).theme).toBe('dark');
  });
});
