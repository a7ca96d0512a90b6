/**
 * What a search returns and takes, apart from the engine that computes it, so that the reader and
 * the CLI can name them without loading the engine (see index.ts).
 */
import type { TextPos } from '../transcript/model.js';
import type { HitKind } from './units.js';

export type { HitKind } from './units.js';

export type Scope = 'all' | 'questions' | 'quotes' | 'answers';
/** In the order the search line's Tab steps through them. */
export const SCOPES: readonly Scope[] = ['all', 'questions', 'quotes', 'answers'];

export interface Hit {
  kind: HitKind;
  /** Topic id; null for a quote found in no answer. */
  topic: number | null;
  /** The topic's label ('' when topic is null). */
  label: string;
  /** The unit's text as shown in results. A question's first paragraph starts with "asker："
   *  (not part of the model text: `pos` points at the paragraph itself). */
  text: string;
  /** Highlight ranges in `text`, UTF-16 [start, end), sorted, non-overlapping, never splitting a character. */
  ranges: [number, number][];
  /** Lower is better (see rank.ts). */
  score: number;
  /** Where the covered model text starts; for a quote, the answer sentence it came from (null when not
   *  found); null for topic headings. */
  pos: TextPos | null;
  /** UTF-16 length of the model text at `pos` that the hit covers (the sentence); 0 when pos is null. */
  length: number;
}

/**
 * Where, in a hit's `text`, the model text at `pos` begins: after the asker's label that starts a
 * question's first paragraph ("路透社记者："), 0 for an answer sentence or a later paragraph. Null
 * when `text` is not the model's text at `pos`: a quote (its pos is the answer sentence it came
 * from), a topic heading.
 */
export function hitTextStart(hit: Pick<Hit, 'kind' | 'text' | 'pos' | 'length'>): number | null {
  if (!hit.pos || hit.kind === 'quote' || hit.kind === 'topic') return null;
  return Math.max(0, hit.text.length - hit.length);
}

export const DEFAULT_LIMIT = 100;

export interface SearchOptions {
  scope?: Scope;
  /** At most this many hits (default DEFAULT_LIMIT). */
  limit?: number;
}

export interface EngineOptions {
  /** Called when something a search asked for (the engine, pinyin, the t→s converter) has loaded: search again. */
  onUpdate?: () => void;
  /** Fuzzy threshold (errors per character); the default is the tuned FUZZY_THRESHOLD. */
  threshold?: number;
  /** Fuzzy matching runs for a term only when it has fewer exact hits than this (default FUZZY_BELOW). */
  fuzzyBelow?: number;
}
