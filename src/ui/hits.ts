/**
 * The search results the reader shows, as the search module produces them, and how the reader
 * labels them.
 */
import type { Hit as SearchHit, HitKind, Scope } from '../search/types.js';

export type { HitKind, Scope } from '../search/types.js';
/** A hit; `other`: in the other-language version shown beside the transcript (the parallel view). */
export type Hit = SearchHit & { other?: boolean };
export { SCOPES } from '../search/types.js';

/** Results the search panel keeps; more than a screenful, fewer than would slow a keystroke. */
export const PANEL_LIMIT = 200;

export const KIND_TAG: Record<HitKind, string> = { topic: '题', question: '问', answer: '答', quote: '引' };
export const SCOPE_LABEL: Record<Scope, string> = { all: '全部 all', questions: '问 questions', quotes: '引 quotes', answers: '答 answers' };
