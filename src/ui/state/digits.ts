import { navigate } from './history.js';
import { type Env, type State, type Step, step, withStatus } from './types.js';

/**
 * Topic numbers typed with digits: a digit jumps at once when no longer topic number can start
 * with what was typed; otherwise it waits for a second digit, for Enter, or for a pause.
 */

export function typeDigit(s: State, env: Env, d: string): Step {
  const n = env.transcript.topics.length;
  const buf = s.digits + d;
  if (buf === '0') return step({ ...navigate(s, 0, 'jump'), digits: '' });
  const v = Number(buf);
  if (v < 1 || v > n) return withStatus({ ...s, digits: '' }, `no topic ${buf} (1-${n})`);
  if (v * 10 > n) return step({ ...navigate(s, v, 'jump'), digits: '' });
  return step({ ...s, digits: buf }, { type: 'digitPause' });
}

/** The number typed so far, opened (Enter, or the pause after it). */
export function commitDigits(s: State): State {
  if (!s.digits) return s;
  return { ...navigate(s, Number(s.digits), 'jump'), digits: '' };
}
