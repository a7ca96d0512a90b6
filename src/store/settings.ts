import { existsSync, readFileSync } from 'node:fs';
import { parse, TomlError } from 'smol-toml';

/**
 * Settings from config.toml, keys named as the command-line flags. Every value is checked; a bad
 * one gives one line naming the file, the key and the allowed values, and the default is used.
 * Command-line flags override the file.
 */
export interface Settings {
  ambiguous?: 'narrow' | 'wide';
  'original-punctuation'?: boolean;
  lang?: 'auto' | 'en' | 'zh';
  theme?: 'auto' | 'light' | 'dark';
  /** The longest line of text, in columns. */
  measure?: number;
  mouse?: boolean;
}

type Check = { allowed: string; accept: (v: unknown) => boolean };
const oneOf = (...values: string[]): Check => ({ allowed: values.map((v) => `"${v}"`).join(', '), accept: (v) => typeof v === 'string' && values.includes(v) });
const bool: Check = { allowed: 'true, false', accept: (v) => typeof v === 'boolean' };
import { MEASURE_MAX, MEASURE_MIN } from '../ui/geometry.js';

export { MEASURE_MAX, MEASURE_MIN };
const measure: Check = {
  allowed: `a whole number from ${MEASURE_MIN} to ${MEASURE_MAX}`,
  accept: (v) => Number.isInteger(v) && (v as number) >= MEASURE_MIN && (v as number) <= MEASURE_MAX,
};

export const SETTINGS: Record<keyof Settings, Check> = {
  ambiguous: oneOf('narrow', 'wide'),
  'original-punctuation': bool,
  lang: oneOf('auto', 'en', 'zh'),
  theme: oneOf('auto', 'light', 'dark'),
  measure,
  mouse: bool,
};

export interface ReadSettings {
  settings: Settings;
  /** One line per problem, ready to print. */
  problems: string[];
}

/** Reads the settings file; a missing file is no settings, never an error. */
export function readSettings(path: string, name = path): ReadSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // No file, or one that cannot even be seen (a home this user may not enter): no settings, nothing to say.
    const absent = code === 'ENOENT' || code === 'ENOTDIR' || ((code === 'EACCES' || code === 'EPERM') && !existsSync(path));
    return { settings: {}, problems: absent ? [] : [`${name}: cannot read (${code ?? 'error'}); using the defaults`] };
  }
  return parseSettings(text, name);
}

export function parseSettings(text: string, name: string): ReadSettings {
  let table: Record<string, unknown>;
  try {
    table = parse(text) as Record<string, unknown>;
  } catch (e) {
    const where = e instanceof TomlError ? ` at line ${e.line}` : '';
    return { settings: {}, problems: [`${name}: not valid TOML${where}; using the defaults`] };
  }
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(table)) {
    const check = SETTINGS[key as keyof Settings];
    if (!check) {
      problems.push(`${name}: unknown key "${key}" (known: ${Object.keys(SETTINGS).join(', ')}); ignored`);
    } else if (!check.accept(value)) {
      problems.push(`${name}: ${key} = ${JSON.stringify(value)} is not allowed (allowed: ${check.allowed}); using the default`);
    } else {
      settings[key] = value;
    }
  }
  return { settings: settings as Settings, problems };
}

/** Parsed command-line values, as node:util's parseArgs gives them. */
export type FlagValues = Record<string, string | boolean | undefined>;

/**
 * The one place where settings meet the command line: each setting fills in its flag's value
 * when the flag was not given (a flag always wins), as the flag's own parser would have read it —
 * so the code that reads a flag (`values.measure`, `values.lang`) needs nothing else to honour the
 * file. An environment variable for the same thing (PRESSER_AMBIGUOUS) also beats the file.
 */
export function withSettings(values: FlagValues, settings: Settings, env: NodeJS.ProcessEnv = process.env): FlagValues {
  const out: FlagValues = { ...values };
  for (const [key, value] of Object.entries(settings) as [keyof Settings, Settings[keyof Settings]][]) {
    if (value === undefined || out[key] !== undefined) continue;
    if (key === 'ambiguous' && env.PRESSER_AMBIGUOUS) continue;
    // A boolean flag is only ever given as true: a setting of false is the flag not given.
    if (typeof value === 'boolean') {
      if (value) out[key] = true;
      continue;
    }
    out[key] = typeof value === 'number' ? String(value) : value;
  }
  return out;
}
