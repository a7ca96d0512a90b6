/**
 * The search results the reader shows, as the search module produces them, and how the reader
 * labels them.
 */
import type { Hit as SearchHit, HitKind, Scope } from '../search/types.js';
import { type Lang, strings } from '../i18n/strings.js';

export type { HitKind, Scope } from '../search/types.js';
/** A hit; `other`: in the other-language version shown beside the transcript (the parallel view). */
export type Hit = SearchHit & { other?: boolean };
export { hitTextStart, SCOPES } from '../search/types.js';

/** Results the search panel keeps; more than a screenful, fewer than would slow a keystroke. */
export const PANEL_LIMIT = 200;

export const KIND_TAG: Record<HitKind, string> = { topic: '题', question: '问', answer: '答', quote: '引' };
/** A scope as the search line names it, in the interface's language. */
export function scopeLabel(scope: Scope, lang: Lang = 'en'): string {
  const say = strings(lang);
  return { all: say.scopeAll, questions: say.scopeQuestions, quotes: say.scopeQuotes, answers: say.scopeAnswers }[scope];
}
