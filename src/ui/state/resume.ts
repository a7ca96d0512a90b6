import type { Anchor } from '../../layout/page.js';
import { pageCount, pageLabel } from '../pages.js';
import { setAnchor } from './scroll.js';
import { type Effect, type Env, type SavedPosition, type State, type Step, say, step, withStatus } from './types.js';

/**
 * Resume: where a transcript was left — its page and the anchor at the top of the reader — is
 * kept under its content hash, so a renamed or moved file keeps it and a different terminal size
 * opens on the same character. The reducer only asks for it to be kept (a `savePosition` effect):
 * at once when the page changes and when the reader is left, and as `scrolled` when the place
 * moves on the page (the runtime coalesces those); the runtime writes it.
 */

/** Offsets below this (the blank row above a paragraph, rows of its speaker label) are kept as -1: the paragraph's start. */
const BEFORE_TEXT = -1;

export function positionOf(s: State): SavedPosition {
  const anchor = s.anchors[s.page];
  const cursor = s.cursor && s.cursor.turn >= 0 && s.cursor.para >= 0 ? { cursor: { turn: s.cursor.turn, para: s.cursor.para } } : {};
  if (!anchor) return { page: s.page, turn: -1, para: -1, offset: BEFORE_TEXT, ...cursor };
  return { page: s.page, turn: Math.max(-1, anchor.turn), para: Math.max(-1, anchor.para), offset: Math.max(BEFORE_TEXT, anchor.offset), ...cursor };
}

/** Opens where the transcript was left; a position it cannot have (another version of the file) is ignored. */
export function resume(s: State, env: Env, p: SavedPosition): Step {
  if (p.page < 0 || p.page >= pageCount(env.transcript)) return step(s);
  const anchor: Anchor | null = p.turn === -1 && p.para === -1 ? null : { turn: p.turn, para: p.para, offset: p.offset };
  // The cursor comes back where it was if that is on the screen (else settles on what is shown).
  const next = setAnchor({ ...s, page: p.page, cursor: p.cursor ?? null }, p.page, anchor);
  if (p.page === 0 && !anchor) return step(next);
  return withStatus(next, say(s).resumed(pageLabel(env.transcript, p.page)));
}

/** Leaving the reader (quitting, handing back to the library) keeps the position first. */
const LEAVING = new Set<Effect['type']>(['quit', 'leave', 'openMark']);

/**
 * A reducer's step with the position kept when the page changed or the reader is being left
 * (the save comes before the quit, so it is written before the process ends).
 */
export function remember(before: State, next: Step, env: Env): Step {
  if (!env.hash) return next;
  const leaving = next.effects.findIndex((e) => LEAVING.has(e.type));
  if (leaving < 0 && next.state.page === before.page) return scrolled(before, next, env.hash);
  const save: Effect = { type: 'savePosition', hash: env.hash, position: positionOf(next.state) };
  if (leaving < 0) return { state: next.state, effects: [...next.effects, save] };
  return { state: next.state, effects: [...next.effects.slice(0, leaving), save, ...next.effects.slice(leaving)] };
}

/**
 * The place moved on the same page (scrolling, the cursor): a position kept when scrolling pauses.
 * Most keys change neither the anchor nor the cursor, and cost two comparisons.
 */
function scrolled(before: State, next: Step, hash: string): Step {
  const s = next.state;
  if (s.anchors[s.page] === before.anchors[s.page] && s.cursor === before.cursor) return next;
  const position = positionOf(s);
  if (samePosition(position, positionOf(before))) return next;
  return { state: s, effects: [...next.effects, { type: 'savePosition', hash, position, scrolled: true }] };
}

function samePosition(a: SavedPosition, b: SavedPosition): boolean {
  return (
    a.page === b.page &&
    a.turn === b.turn &&
    a.para === b.para &&
    a.offset === b.offset &&
    a.cursor?.turn === b.cursor?.turn &&
    a.cursor?.para === b.cursor?.para
  );
}
