import type { ThemeName } from './theme.js';

/**
 * `theme = "auto"`: the terminal's background, as far as it can be known without asking it.
 *
 * COLORFGBG ("15;0", "0;default;15"; set by rxvt, Konsole, iTerm2 and others) names the
 * background's colour number last: 7 (light grey) and 9–15 but 8 (the bright colours) are light
 * backgrounds, 0–6 and 8 dark ones. Without it the answer is dark, the common default.
 *
 * Asking the terminal (OSC 11) is deliberately not done: the answer comes back on the keyboard's
 * input, late or never on some terminals and through ssh, so it could only be waited for with a
 * timeout that delays every start, and an answer arriving after the timeout would be read as keys.
 */
export function backgroundFromEnv(env: NodeJS.ProcessEnv): ThemeName | undefined {
  const value = env.COLORFGBG;
  if (!value) return undefined;
  const last = value.split(';').pop()!.trim();
  if (!/^\d{1,3}$/.test(last)) return undefined;
  const bg = Number(last);
  if (bg > 15) return undefined;
  return bg === 7 || (bg >= 9 && bg <= 15) ? 'light' : 'dark';
}

/** The theme to draw with: the one asked for, or for "auto" the background's kind (dark when unknown). */
export function chooseTheme(setting: ThemeName | 'auto' | undefined, env: NodeJS.ProcessEnv = process.env): ThemeName {
  if (setting === 'light' || setting === 'dark') return setting;
  return backgroundFromEnv(env) ?? 'dark';
}
