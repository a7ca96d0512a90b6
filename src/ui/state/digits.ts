import { navigate } from './history.js';
import { type Env, say, type State, type Step, step, withStatus } from './types.js';

/**
 * Topic numbers typed with digits: a digit jumps at once when no longer topic number can start
 * with what was typed; otherwise it waits for a second digit, for Enter, or for a pause.
 */

export function typeDigit(s: State, env: Env, d: string): Step {
  const n = env.transcript.topics.length;
  const buf = s.digits + d;
  // A topic opened by its number has the keys, as one opened with ] does.
  if (buf === '0') return step({ ...navigate(s, 0, 'jump'), digits: '', focus: 'reader' });
  const v = Number(buf);
  if (v < 1 || v > n) return withStatus({ ...s, digits: '' }, say(s).noTopic(buf, n));
  if (v * 10 > n) return step({ ...navigate(s, v, 'jump'), digits: '', focus: 'reader' });
  return step({ ...s, digits: buf }, { type: 'digitPause' });
}

/** The number typed so far, opened (Enter, or the pause after it). */
export function commitDigits(s: State): State {
  if (!s.digits) return s;
  return { ...navigate(s, Number(s.digits), 'jump'), digits: '', focus: 'reader' };
}
