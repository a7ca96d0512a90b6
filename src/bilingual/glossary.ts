import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { englishKeys } from './english-words.js';

/** The Chinese → English glosses of CC-CEDICT, as built into dist/ by scripts/glossary.mjs. */
export interface Glossary {
  has(word: string): boolean;
  /** The length (UTF-16 units) of the longest headword at text[i…], at least 1. */
  longestAt(text: string, i: number): number;
  /** The English keys (stems, numbers) of the word's definitions; undefined when the word is not a headword. */
  keys(word: string): ReadonlySet<string> | undefined;
}

export const GLOSSARY_FILE = 'glossary.tsv.gz';

/** The glossary's place: dist/ next to the bundle, or above src/ when run from source (tests). */
export function glossaryPath(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const candidate of [join(dir, GLOSSARY_FILE), join(dir, 'dist', GLOSSARY_FILE)]) if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

let loaded: Glossary | null | undefined;

/**
 * The glossary, loaded once; null when the file is missing or damaged (alignment then works from
 * numbers, Latin names and order alone, and says so).
 */
export function loadGlossary(path: string | undefined = glossaryPath()): Glossary | null {
  if (loaded !== undefined && path === glossaryPath()) return loaded;
  let g: Glossary | null = null;
  try {
    if (path !== undefined) g = parseGlossary(gunzipSync(readFileSync(path)).toString('utf8'));
  } catch {
    g = null;
  }
  if (path === glossaryPath()) loaded = g;
  return g;
}

/**
 * "word\tdefinition;definition" lines after a "#" header, sorted by word as scripts/glossary.mjs
 * writes them (other orders are sorted here). Nothing is split at load: an index from each pair of leading code units to its
 * run of lines (sorted, so contiguous) finds words by scanning that run in place; a word's keys
 * are computed on first use. Loading the 112,000 lines so costs one pass, not 112,000 strings.
 */
export function parseGlossary(text: string): Glossary {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at && text.charCodeAt(at) !== 0x23 /* # */) starts.push(at);
    at = end + 1;
  }
  const headOf = (at: number) => {
    const second = text.charCodeAt(at + 1);
    return text.charCodeAt(at) * 0x10000 + (second === 9 /* tab */ ? 0 : second);
  };
  // The table is written sorted; any other order is sorted here, by the first two code units.
  let sorted = true;
  for (let k = 1; k < starts.length && sorted; k++) sorted = headOf(starts[k - 1]!) <= headOf(starts[k]!);
  if (!sorted) starts.sort((a, b) => headOf(a) - headOf(b));
  const lineStart = Int32Array.from(starts);
  const lines = lineStart.length;
  const head = (k: number) => headOf(lineStart[k]!);
  // Lines whose word starts with the same two code units (or is that one unit alone) form a run.
  const runs = new Map<number, number>();
  for (let k = 0; k < lines;) {
    const h = head(k);
    let e = k + 1;
    while (e < lines && head(e) === h) e++;
    runs.set(h, k * 0x100000 + (e - k));
    k = e;
  }
  const wordEnd = (k: number) => text.indexOf('\t', lineStart[k]!);
  /** Whether the word on line k is found at text2[i…]. */
  const wordAt = (k: number, text2: string, i: number, end: number) => {
    const at = lineStart[k]!;
    const len = end - at;
    if (i + len > text2.length) return false;
    for (let d = 0; d < len; d++) if (text.charCodeAt(at + d) !== text2.charCodeAt(i + d)) return false;
    return true;
  };
  const find = (word: string): number => {
    const run = runs.get(word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0));
    if (run === undefined) return -1;
    const from = Math.floor(run / 0x100000);
    for (let k = from; k < from + (run % 0x100000); k++) {
      const end = wordEnd(k);
      if (end - lineStart[k]! === word.length && wordAt(k, word, 0, end)) return k;
    }
    return -1;
  };
  const keys = new Map<string, ReadonlySet<string>>();
  return {
    has: (word) => find(word) >= 0,
    longestAt(t, i) {
      if (i + 1 >= t.length) return 1;
      const run = runs.get(t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1));
      if (run === undefined) return 1;
      const from = Math.floor(run / 0x100000);
      let best = 1;
      for (let k = from; k < from + (run % 0x100000); k++) {
        const end = wordEnd(k);
        const len = end - lineStart[k]!;
        if (len > best && wordAt(k, t, i, end)) best = len;
      }
      return best;
    },
    keys(word) {
      const cached = keys.get(word);
      if (cached) return cached;
      const k = find(word);
      if (k < 0) return undefined;
      const nl = text.indexOf('\n', lineStart[k]!);
      const set = new Set(englishKeys(text.slice(wordEnd(k) + 1, nl < 0 ? text.length : nl)));
      keys.set(word, set);
      return set;
    },
  };
}
