/**
 * AND over the terms of a query: each term only looks at the units every earlier term matched,
 * so the first term does the broad work (from the term cache) and the later ones check a few
 * units. With several terms, a term may also match through the unit's topic heading (context.ts),
 * but at least one term must match the unit's own text. Latin terms typed with spaces ("xiao yuan
 * gao qiang") are also matched joined together, which ranks best when it holds.
 */
import { isLatinTerm } from './normalize.js';
import type { TermResult } from './termresult.js';

export interface TermSource {
  /** The term over the whole index (cached). */
  all(term: string): TermResult;
  /** The term over the given units only. */
  within(term: string, ids: Int32Array): TermResult;
  /** `r` widened by topic context: see context.ts. */
  context(term: string, r: TermResult, within: Int32Array | null): { result: TermResult; added: Set<number> };
}

export interface Plan {
  terms: string[];
  /** Each term's matches (a superset of `survivors`). */
  perTerm: TermResult[];
  /** Units every term matched: the candidates, sorted by id. */
  survivors: Int32Array;
  /** Per term, the units it matched only through their topic heading (empty with a single term). */
  viaTopic: Set<number>[];
  /** Several Latin terms matched as one, within the survivors; null otherwise. */
  joined: TermResult | null;
}

/** The plan for distinct, non-empty terms; null when some term matches nothing. */
export function planAnd(terms: string[], source: TermSource): Plan | null {
  const perTerm: TermResult[] = [];
  const viaTopic: Set<number>[] = [];
  let within: Int32Array | null = null;
  for (const term of terms) {
    let r: TermResult = within ? source.within(term, within) : source.all(term);
    if (terms.length > 1) {
      const ctx = source.context(term, r, within);
      r = ctx.result;
      viaTopic.push(ctx.added);
    }
    perTerm.push(r);
    within = r.ids;
    if (within.length === 0) return null;
  }
  if (!within) return null;
  const joined = terms.length > 1 && terms.every(isLatinTerm) ? source.within(terms.join(''), within) : null;
  return { terms, perTerm, survivors: within, viaTopic, joined };
}

/** A survivor every term reached only through its topic heading matched nothing of its own. */
export function onlyThroughTopics(plan: Plan, id: number): boolean {
  return plan.viaTopic.length > 0 && plan.viaTopic.every((added) => added.has(id));
}
