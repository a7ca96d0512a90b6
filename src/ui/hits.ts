import type { TextPos } from '../transcript/model.js';

/**
 * The search results the reader shows, as the search module produces them
 * (`createSearcher(t).search(query, { scope, limit })`).
 */
export type HitKind = 'topic' | 'question' | 'answer' | 'quote';
export type Scope = 'all' | 'questions' | 'quotes' | 'answers';
export const SCOPES: Scope[] = ['all', 'questions', 'quotes', 'answers'];

export interface Hit {
  kind: HitKind;
  topic: number | null;
  label: string;
  text: string;
  ranges: [number, number][];
  score: number;
  /** Where `text` starts in the model (null for labels and for quotes found in no answer). */
  pos: TextPos | null;
  length: number;
}

export type SearchFn = (query: string, scope: Scope) => Hit[];

export const KIND_TAG: Record<HitKind, string> = { topic: '题', question: '问', answer: '答', quote: '引' };
export const SCOPE_LABEL: Record<Scope, string> = { all: '全部 all', questions: '问 questions', quotes: '引 quotes', answers: '答 answers' };
