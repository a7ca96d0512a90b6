import type { Anchor } from '../../layout/page.js';
import { setAnchor } from './scroll.js';
import { type Env, type Place, say, type State, type Step, step, withStatus } from './types.js';

/**
 * History like a browser's: a jump pushes where you were (page and reading position) on the back
 * stack and clears the forward one; a run of steps (], [, sidebar j/k) counts as one entry.
 */

export const HISTORY_LIMIT = 100;

function currentPlace(s: State): Place {
  return { page: s.page, anchor: s.anchors[s.page] ?? null };
}

/**
 * Moves to a page, optionally at a reading position; `step` moves coalesce into one history entry.
 * A `walk` (n / N through search hits) is a jump to another page, but within the page it only
 * moves the reading position: a walk through one topic's hits is one history step.
 */
export function navigate(s: State, page: number, how: 'jump' | 'step' | 'walk', anchor?: Anchor | null): State {
  if (page === s.page && anchor === undefined) return { ...s, stepping: how === 'step' };
  if (how === 'walk' && page === s.page) return setAnchor({ ...s, stepping: false }, page, anchor ?? null);
  const coalesce = how === 'step' && s.stepping;
  const back = coalesce ? s.back : [...s.back, currentPlace(s)].slice(-HISTORY_LIMIT);
  let next: State = { ...s, page, back, forward: [], stepping: how === 'step' };
  if (anchor !== undefined) next = setAnchor(next, page, anchor);
  return next;
}

/**
 * Back (or forward) to the last place on that stack, the current place going on the other. In a
 * transcript opened from a library, back from the first place returns to the library.
 */
export function restore(s: State, env: Env, from: 'back' | 'forward'): Step {
  const stack = s[from];
  const place = stack[stack.length - 1];
  if (!place && from === 'back' && env.inLibrary) return step(s, { type: 'leave', how: 'back' });
  if (!place) return withStatus(s, from === 'back' ? say(s).noEarlierPlace : say(s).noLaterPlace);
  const other = from === 'back' ? 'forward' : 'back';
  const next: State = { ...s, [from]: stack.slice(0, -1), [other]: [...s[other], currentPlace(s)], page: place.page, stepping: false };
  return step(setAnchor(next, place.page, place.anchor));
}
