/**
 * The search results the reader shows, as the search module produces them, and how the reader
 * labels them.
 */
import type { Hit, HitKind, Scope } from '../search/index.js';

export type { Hit, HitKind, Scope } from '../search/index.js';
export const SCOPES: readonly Scope[] = ['all', 'questions', 'quotes', 'answers'];

export type SearchFn = (query: string, scope: Scope) => Hit[];

export const KIND_TAG: Record<HitKind, string> = { topic: '题', question: '问', answer: '答', quote: '引' };
export const SCOPE_LABEL: Record<Scope, string> = { all: '全部 all', questions: '问 questions', quotes: '引 quotes', answers: '答 answers' };
