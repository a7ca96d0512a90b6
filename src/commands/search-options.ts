/** The options of `presser search`, checked: `--limit K`, `--scope S`. */
import { UserError } from '../errors.js';
import { SCOPES, type Scope } from '../search/types.js';

const DEFAULT_LIMIT = 20;

export function parseLimit(v: string | boolean | undefined): number {
  if (v === undefined) return DEFAULT_LIMIT;
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UserError(`--limit must be a positive whole number, not "${String(v)}"`);
  return n;
}

export function parseScope(v: string | boolean | undefined): Scope {
  if (v === undefined) return 'all';
  if (typeof v === 'string' && (SCOPES as readonly string[]).includes(v)) return v as Scope;
  throw new UserError(`--scope must be one of ${SCOPES.join(', ')}, not "${String(v)}"`);
}
