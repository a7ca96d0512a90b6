/**
 * Which language the interface speaks: `--lang en|zh` (or the `lang` setting) when given, else the
 * locale of the messages, as POSIX orders it — the first set of LC_ALL, LC_MESSAGES, LANG. A
 * Chinese locale (zh, zh_CN.UTF-8, zh_TW…) gives Chinese; anything else, or none, English.
 */

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export function langFromLocale(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale && /^zh([_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

/** The language from a flag or setting value ('auto' or nothing: the locale's). */
export function chooseLang(value: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (value === 'en' || value === 'zh') return value;
  return langFromLocale(env);
}
