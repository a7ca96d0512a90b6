import { commandFor } from '../keymap.js';
import { charKeyName } from '../keys.js';
import { runCommand } from './commands.js';
import { commitDigits, typeDigit } from './digits.js';
import { navigate } from './history.js';
import { parallelLoaded, parallelMissing } from './parallel.js';
import { receiveHits, refreshSearch, showHits, typeText } from './searchLine.js';
import { settleCursor } from './cursor.js';
import { marked, marksLoaded, showMark, typeNote } from './marking.js';
import { remember, resume } from './resume.js';
import { pointer } from './pointer.js';
import { type Action, type Effect, type Env, say, type State, type Step, step, withStatus } from './types.js';

/**
 * The reader's reducer: state + action (+ the fixed env) → the next state and the effects to
 * perform. Keys are resolved against the mode the state is in *now*: the keys of one chunk of
 * input reach the reducer one after another (see input.ts), each seeing the state the previous
 * one left, layout options included.
 */
export function reduce(s: State, action: Action, env: Env): Step {
  const next = reduceAction(s, action, env);
  return remember(s, { state: settleCursor(next.state, env), effects: next.effects }, env);
}

function reduceAction(s: State, action: Action, env: Env): Step {
  switch (action.type) {
    case 'key':
      return pressKey(s, env, action);
    case 'command':
      if (action.command === 'digit' && action.key) return typeDigit(s, env, action.key);
      return runCommand(s, env, action.command);
    case 'text':
      return typeChunkText(s, env, action.text);
    case 'paste':
      if (s.mode === 'note') return typeNote(s, action.text);
      return s.mode === 'search' ? typeText(s, action.text) : withStatus(s, say(s).pasteNeedsSearch);
    case 'notice':
      return withStatus(s, action.text);
    case 'resize':
      return step({ ...s, terminal: { columns: action.columns, rows: action.rows } });
    case 'digitTimeout':
      return step(commitDigits(s));
    case 'searchResults':
      return step(receiveHits(s, action.query, action.scope, action.hits));
    case 'searchUpdated':
      return refreshSearch(s);
    case 'select':
      return step(navigate({ ...s, digits: '' }, action.page, 'jump'));
    case 'showHits':
      return showHits(s, env, action.hits, action.index);
    case 'parallelLoaded':
      return parallelLoaded(s, action.seq, action.pair, action.name);
    case 'parallelMissing':
      return parallelMissing(s, action.seq, action.reason);
    case 'resume':
      return resume(s, env, action.position);
    case 'mouse':
      return pointer(s, env, action.mouse);
    case 'marksLoaded':
      return step(marksLoaded(s, action.marks));
    case 'marked':
      return marked(s, action.mark);
    case 'showMark': {
      // Opened at the mark: no history to go back through (Backspace returns where it came from).
      const shown = showMark(s, env, action.mark);
      return { ...shown, state: { ...shown.state, back: [] } };
    }
  }
}

function pressKey(s: State, env: Env, a: Extract<Action, { type: 'key' }>): Step {
  const cmd = commandFor(s.mode, a.name);
  if (cmd) return reduceAction(s, { type: 'command', command: cmd, key: a.name }, env);
  if (s.mode === 'search') return a.ctrl || a.meta ? step(s) : typeText(s, a.input);
  if (s.mode === 'note') return a.ctrl || a.meta ? step(s) : typeNote(s, a.input);
  // An unbound key ends a number being typed.
  return step(s.digits ? { ...s, digits: '' } : s);
}

/**
 * Printable text that arrived in one read: typed, in the search line; anywhere else, one key per
 * character (a `/` among them opens the search line, and what follows it is typed there).
 */
function typeChunkText(s: State, env: Env, text: string): Step {
  if (s.mode === 'search') return typeText(s, text);
  if (s.mode === 'note') return typeNote(s, text);
  let state = s;
  const effects: Effect[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    if (state.mode === 'search' || state.mode === 'note') {
      const rest = chars.slice(i).join('');
      const typed = state.mode === 'search' ? typeText(state, rest) : typeNote(state, rest);
      return { state: typed.state, effects: [...effects, ...typed.effects] };
    }
    const c = chars[i]!;
    const next = pressKey(state, env, { type: 'key', name: charKeyName(c), input: c });
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}
