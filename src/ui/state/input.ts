import type { Key } from 'ink';
import { keyName, splitChunk } from '../keys.js';
import type { InputAction } from './types.js';

/**
 * The actions one read of the keyboard makes. A read usually holds one key; when it holds several
 * (fast typing, a paste, `tmux send-keys`) they become one action per control key and one per run
 * of text, in order, so that each is reduced — and its effects, such as a search, performed —
 * before the next: "abc" then Enter in one read opens the hit for "abc".
 */
export function inputActions(input: string, key: Key): InputAction[] {
  const name = keyName(input, key);
  const ctrl = key.ctrl;
  const meta = key.meta && !key.escape;
  if ([...input].length <= 1 || name !== input || ctrl || meta) return [{ type: 'key', name, input, ctrl, meta }];
  return splitChunk(input).map((part): InputAction =>
    part.kind === 'key' ? { type: 'key', name: part.name, input: part.input } : { type: 'text', text: part.text },
  );
}
