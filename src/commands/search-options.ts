/** The options of `presser search`, checked: `--limit K`, `--scope S`. */
import { strings, type Lang } from '../i18n/strings.js';
import { UserError } from '../errors.js';
import { SCOPES, type Scope } from '../search/types.js';

const DEFAULT_LIMIT = 20;

/** `--limit K`, a whole number of 1 or more (absent: `absent`). */
export function parseLimit(v: string | boolean | undefined, lang: Lang = 'en', absent = DEFAULT_LIMIT): number {
  if (v === undefined) return absent;
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(strings(lang).limitPositive(String(v)));
  return n;
}

export function parseScope(v: string | boolean | undefined, lang: Lang = 'en'): Scope {
  if (v === undefined) return 'all';
  if (typeof v === 'string' && (SCOPES as readonly string[]).includes(v)) return v as Scope;
  throw new UserError(strings(lang).scopeMustBe(SCOPES.join(', '), String(v)));
}
