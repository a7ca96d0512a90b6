import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings, readSettings, withSettings } from '../../src/store/settings.js';
import { configPath, stateRoot } from '../../src/store/paths.js';

const F = 'config.toml';

describe('settings from config.toml', () => {
  it('reads every known key', () => {
    const text = ['ambiguous = "wide"', 'original-punctuation = true', 'lang = "zh"', 'theme = "light"', 'measure = 80', 'mouse = true'].join('\n');
    expect(parseSettings(text, F)).toEqual({
      settings: { ambiguous: 'wide', 'original-punctuation': true, lang: 'zh', theme: 'light', measure: 80, mouse: true },
      problems: [],
    });
  });

  it.each([
    ['ambiguous = "huge"', 'config.toml: ambiguous = "huge" is not allowed (allowed: "narrow", "wide"); using the default'],
    ['mouse = "yes"', 'config.toml: mouse = "yes" is not allowed (allowed: true, false); using the default'],
    ['measure = 5', 'config.toml: measure = 5 is not allowed (allowed: a whole number from 20 to 400); using the default'],
    ['theme = 3', 'config.toml: theme = 3 is not allowed (allowed: "auto", "light", "dark"); using the default'],
    ['colour = "red"', 'config.toml: unknown key "colour" (known: ambiguous, original-punctuation, lang, theme, measure, mouse); ignored'],
    ['ambiguous = ', 'config.toml: not valid TOML at line 1; using the defaults'],
  ])('%s → one line naming the file, the key and the allowed values', (text, line) => {
    const r = parseSettings(`${text}\nlang = "en"`, F);
    expect(r.problems).toEqual([line]);
    if (!line.includes('TOML')) expect(r.settings).toEqual({ lang: 'en' });
  });

  it('a missing file is no settings and no problem; an unreadable one is one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'presser-config-'));
    try {
      expect(readSettings(join(dir, 'none.toml'))).toEqual({ settings: {}, problems: [] });
      expect(readSettings(dir, 'config.toml').problems).toEqual([expect.stringMatching(/^config\.toml: cannot read \(EISDIR\); using the defaults$/)]);
      writeFileSync(join(dir, 'c.toml'), 'measure = 72\n');
      expect(readSettings(join(dir, 'c.toml')).settings).toEqual({ measure: 72 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('XDG directories', () => {
  it('follow XDG_STATE_HOME and XDG_CONFIG_HOME when absolute, else the defaults under HOME', () => {
    expect(stateRoot({ XDG_STATE_HOME: '/s', HOME: '/h' })).toBe('/s/presser');
    expect(stateRoot({ XDG_STATE_HOME: 'relative', HOME: '/h' })).toBe('/h/.local/state/presser');
    expect(configPath({ XDG_CONFIG_HOME: '/c', HOME: '/h' })).toBe('/c/presser/config.toml');
    expect(configPath({ HOME: '/h' })).toBe('/h/.config/presser/config.toml');
  });
});

describe('settings under the command line (withSettings)', () => {
  const file = { ambiguous: 'wide', 'original-punctuation': true, lang: 'zh', theme: 'dark', measure: 72, mouse: true } as const;

  it('fills in each flag not given, as its parser would have read it', () => {
    expect(withSettings({}, file, {})).toEqual({ ambiguous: 'wide', 'original-punctuation': true, lang: 'zh', theme: 'dark', measure: '72', mouse: true });
  });

  it('a flag given wins, and PRESSER_AMBIGUOUS beats the file', () => {
    expect(withSettings({ ambiguous: 'narrow', measure: '60' }, file, {})).toMatchObject({ ambiguous: 'narrow', measure: '60' });
    expect(withSettings({}, file, { PRESSER_AMBIGUOUS: 'narrow' }).ambiguous).toBeUndefined();
  });

  it('a boolean set to false is the flag not given', () => {
    expect(withSettings({}, { mouse: false, 'original-punctuation': false }, {})).toEqual({});
  });
});
