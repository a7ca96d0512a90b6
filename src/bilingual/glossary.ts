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

/** "word\tdefinition;definition" lines after a "#" header. Keys are computed on first use. */
export function parseGlossary(text: string): Glossary {
  const definitions = new Map<string, string>();
  // The longest headword starting with each pair of units: segmentation tries only lengths that exist.
  const reach = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    definitions.set(word, line.slice(tab + 1));
    if (word.length > 1) {
      const head = word.slice(0, 2);
      if ((reach.get(head) ?? 0) < word.length) reach.set(head, word.length);
    }
  }
  const keys = new Map<string, ReadonlySet<string>>();
  return {
    has: (word) => definitions.has(word),
    longestAt(text, i) {
      const most = Math.min(reach.get(text.slice(i, i + 2)) ?? 0, text.length - i);
      for (let len = most; len > 1; len--) if (definitions.has(text.slice(i, i + len))) return len;
      return 1;
    },
    keys(word) {
      const cached = keys.get(word);
      if (cached) return cached;
      const defs = definitions.get(word);
      if (defs === undefined) return undefined;
      const set = new Set(englishKeys(defs));
      keys.set(word, set);
      return set;
    },
  };
}
