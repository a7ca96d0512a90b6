import { englishKeys } from './english-words.js';
import { chineseTerms, type Term } from './evidence.js';
import type { Glossary } from './glossary.js';

/** What a text offers for comparison: its terms (Chinese) or keys (English), each once, with weights. */
export interface Profile {
  terms: Term[];
  /** Every English key the text shows (English) or translates to (Chinese). */
  keys: Set<string>;
}

export function chineseProfile(text: string, glossary: Glossary | null): Profile {
  const seen = new Map<string, Term>();
  for (const t of chineseTerms(text, glossary)) if (!seen.has(t.key)) seen.set(t.key, t);
  const terms = [...seen.values()];
  const keys = new Set<string>();
  for (const t of terms) for (const k of t.matches) keys.add(k);
  return { terms, keys };
}

export function englishProfile(text: string): Profile {
  const keys = new Set(englishKeys(text));
  return { terms: [...keys].map((k) => ({ key: k, matches: new Set([k]) })), keys };
}

/** Rarity weights: a term most exchanges share (中方, China) tells none apart. */
export function inverseFrequency(profiles: Profile[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const t of p.terms) df.set(t.key, (df.get(t.key) ?? 0) + 1);
  const n = profiles.length;
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log(1 + n / d));
  return idf;
}

/**
 * How much of each text the other accounts for, weighted by rarity: the share of the Chinese
 * text's terms whose translations the English shows, and the share of the English keys the
 * Chinese translates to; their harmonic mean, 0–1.
 */
export function similarity(zh: Profile, en: Profile, zhIdf: Map<string, number>, enIdf: Map<string, number>): number {
  const a = coverage(zh, en.keys, zhIdf);
  const b = coverage(en, zh.keys, enIdf);
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/**
 * similarity() for every pair at once, through inverted lists (which exchanges show each key):
 * linear in the terms and their translations, not in their product with the exchanges.
 */
export function similarityMatrix(zp: Profile[], ep: Profile[], zhIdf: Map<string, number>, enIdf: Map<string, number>): number[][] {
  const a = coverageMatrix(zp, ep, zhIdf);
  const bT = coverageMatrix(ep, zp, enIdf);
  return a.map((row, i) =>
    row.map((x, j) => {
      const y = bT[j]![i]!;
      return x + y === 0 ? 0 : (2 * x * y) / (x + y);
    }),
  );
}

/** coverage(from[i], into[j].keys) for all i, j. */
function coverageMatrix(from: Profile[], into: Profile[], idf: Map<string, number>): number[][] {
  const holders = new Map<string, number[]>();
  into.forEach((p, j) => {
    for (const k of p.keys) {
      const list = holders.get(k);
      if (list) list.push(j);
      else holders.set(k, [j]);
    }
  });
  const shown = new Map<string, number[]>();
  const stamp = new Int32Array(into.length).fill(-1);
  let round = 0;
  return from.map((p) => {
    const hit = new Array<number>(into.length).fill(0);
    let total = 0;
    for (const t of p.terms) {
      const w = idf.get(t.key) ?? 0;
      total += w;
      let js = shown.get(t.key);
      if (!js) {
        js = [];
        round++;
        for (const k of t.matches)
          for (const j of holders.get(k) ?? []) {
            if (stamp[j] === round) continue;
            stamp[j] = round;
            js.push(j);
          }
        shown.set(t.key, js);
      }
      for (const j of js) hit[j]! += w;
    }
    return hit.map((h) => (total === 0 ? 0 : h / total));
  });
}

/** The share of a text's terms (weighted by rarity) whose translations the other text shows. */
export function coverage(from: Profile, into: Set<string>, idf: Map<string, number>): number {
  let total = 0;
  let hit = 0;
  for (const t of from.terms) {
    const w = idf.get(t.key) ?? 0;
    total += w;
    for (const k of t.matches) {
      if (into.has(k)) {
        hit += w;
        break;
      }
    }
  }
  return total === 0 ? 0 : hit / total;
}

/** Two profiles as one: an exchange and the next, for a question one version splits in two. */
export function mergeProfiles(a: Profile, b: Profile): Profile {
  const seen = new Map<string, Term>();
  for (const t of [...a.terms, ...b.terms]) if (!seen.has(t.key)) seen.set(t.key, t);
  return { terms: [...seen.values()], keys: new Set([...a.keys, ...b.keys]) };
}
