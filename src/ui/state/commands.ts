import type { Command } from '../keymap.js';
import { pageCount } from '../pages.js';
import { quoteTarget } from '../targets.js';
import { copy, copyAnswer } from './copy.js';
import { moveCursor } from './cursor.js';
import {
  cancelNote,
  deleteSelectedMark,
  editNoteLine,
  editSelectedNote,
  mark,
  markWithNote,
  openSelectedMark,
  saveNote,
  selectMark,
  toggleMarksPage,
} from './marking.js';
import { commitDigits } from './digits.js';
import { navigate, restore } from './history.js';
import { openTarget } from './open.js';
import { toggleParallel } from './parallel.js';
import { onQuotes, scrollKeepingQuote, selectQuote } from './quotes.js';
import { cycleScope, deleteChar, deleteWord, keepQuery, openSearch, openSelectedHit, selectHit, setQuery, stepHistory, stepLastHits } from './searchLine.js';
import { type Env, say, type State, type Step, step, withStatus } from './types.js';
import { isOverlay, isWide, sidebarVisible, viewHeight } from './view.js';

/** What each command of the keymap does, in the mode the state is in. */

function stepPage(s: State, env: Env, delta: number): Step {
  const last = pageCount(env.transcript) - 1;
  const page = Math.max(0, Math.min(last, s.page + delta));
  if (page === s.page) return withStatus(s, delta > 0 ? say(s).lastPage : say(s).firstPage);
  // ] and [ are reading keys: the topic they open has the keys (j scrolls it), even from the sidebar.
  return step(navigate({ ...s, focus: 'reader' }, page, 'step'));
}

/** j / k and Enter act on the sidebar when it has focus, or when it stands alone on a narrow terminal. */
function inSidebar(s: State): boolean {
  return s.mode === 'normal' && sidebarVisible(s) && (s.focus === 'sidebar' || !isWide(s));
}

function focusReader(s: State): State {
  // A sidebar shown by hand on a narrow terminal steps aside once a topic is chosen.
  return { ...s, focus: 'reader', sidebar: s.sidebar === 'shown' && !isWide(s) ? 'auto' : s.sidebar };
}

function focusSidebar(s: State): State {
  return sidebarVisible(s) ? { ...s, focus: 'sidebar' } : { ...s, focus: 'sidebar', sidebar: 'shown' };
}

const page = (s: State, env: Env) => Math.max(1, viewHeight(s, env) - 1);
const half = (s: State, env: Env) => Math.max(1, Math.floor(viewHeight(s, env) / 2));

export function runCommand(s0: State, env: Env, cmd: Command): Step {
  // Any key but a digit ends a number being typed (Enter commits it).
  let s = s0;
  if (s.digits && cmd !== 'digit') {
    if (cmd === 'open') return step(commitDigits(s));
    s = { ...s, digits: '' };
  }
  const t = env.transcript;
  if (s.mode === 'marks' || s.mode === 'note') {
    const marks = marksCommand(s, env, cmd);
    if (marks) return marks;
  }
  switch (cmd) {
    case 'quit':
      if (isOverlay(s)) return step({ ...s, mode: 'normal' });
      return step(s, { type: 'quit', code: 0 });
    case 'interrupt':
      return step(s, { type: 'quit', code: 130 });
    case 'suspend':
      return step(s, { type: 'suspend' });
    case 'down':
      if (inSidebar(s)) return step(navigate(s, Math.min(pageCount(t) - 1, s.page + 1), 'step'));
      if (onQuotes(s, env)) return step(selectQuote(s, env, s.quoteSel + 1));
      return step(scrollKeepingQuote(s, env, 1));
    case 'up':
      if (inSidebar(s)) return step(navigate(s, Math.max(0, s.page - 1), 'step'));
      if (onQuotes(s, env)) return step(selectQuote(s, env, s.quoteSel - 1));
      return step(scrollKeepingQuote(s, env, -1));
    case 'focusSidebar':
      return step(focusSidebar(s));
    case 'focusReader':
      return step(focusReader(s));
    case 'toggleFocus':
      // Tab is h or l, whichever moves: so on a narrow terminal it brings up the lone sidebar and
      // puts it away again, and where the sidebar was hidden it shows it, as h does.
      return step(inSidebar(s) || (s.focus === 'sidebar' && sidebarVisible(s)) ? focusReader(s) : focusSidebar(s));
    case 'nextTopic':
      return stepPage(s, env, 1);
    case 'prevTopic':
      return stepPage(s, env, -1);
    case 'pageDown':
      return step(scrollKeepingQuote(s, env, page(s, env)));
    case 'pageUp':
      return step(scrollKeepingQuote(s, env, -page(s, env)));
    case 'halfDown':
      return step(scrollKeepingQuote(s, env, half(s, env)));
    case 'halfUp':
      return step(scrollKeepingQuote(s, env, -half(s, env)));
    case 'top':
      // On the quotes page, the first and last quotes, not just the first and last screens.
      if (onQuotes(s, env)) return step(selectQuote(scrollKeepingQuote(s, env, 'top'), env, 0));
      return step(scrollKeepingQuote(s, env, 'top'));
    case 'bottom':
      if (onQuotes(s, env)) return step(selectQuote(scrollKeepingQuote(s, env, 'bottom'), env, t.quotes.length - 1));
      return step(scrollKeepingQuote(s, env, 'bottom'));
    case 'back':
      return restore(s, env, 'back');
    case 'forward':
      return restore(s, env, 'forward');
    case 'open':
      if (inSidebar(s)) return step(focusReader({ ...s, stepping: false }));
      if (onQuotes(s, env)) {
        const target = quoteTarget(t, s.quoteSel);
        return target ? step(openTarget(s, env, target)) : withStatus(s, say(s).quoteInNoAnswer);
      }
      return step(s);
    case 'copy':
      return copy(s, env);
    case 'search':
      return openSearch(s);
    case 'nextHit':
      return stepLastHits(s, env, 1);
    case 'prevHit':
      return stepLastHits(s, env, -1);
    case 'help':
    case 'repairs':
      return step(s.mode === cmd ? { ...s, mode: 'normal' } : { ...s, mode: cmd, overlayAnchor: null });
    case 'close':
      if (s.mode !== 'normal') return step({ ...s, mode: 'normal' });
      return step(s.highlight ? { ...s, highlight: null } : s);
    case 'toggleSidebar': {
      const shown = sidebarVisible(s);
      // On a narrow terminal the sidebar comes up alone, as a list to choose from.
      return step({ ...s, sidebar: shown ? 'hidden' : 'shown', focus: shown ? 'reader' : isWide(s) ? s.focus : 'sidebar' });
    }
    case 'toggleAmbiguous': {
      const ambiguous = s.ambiguous === 'wide' ? 'narrow' : 'wide';
      return withStatus({ ...s, ambiguous }, say(s).ambiguousIs(ambiguous === 'wide'));
    }
    case 'togglePunctuation': {
      const on = !s.fullWidthPunctuation;
      return withStatus({ ...s, fullWidthPunctuation: on }, say(s).punctuationIs(on));
    }
    case 'parallel':
      return toggleParallel(s);
    case 'digit':
      // Digits carry their key: reduce() sends them to typeDigit.
      return step(s);
    case 'filter':
    case 'filterCancel':
    case 'timeline':
    case 'splitSpeaker':
    case 'splitAsker':
      // The library view's (its filter line, its search's timeline): bound in none of the reader's modes.
      return step(s);
    case 'cursorDown':
      return moveCursor(s, env, 1);
    case 'cursorUp':
      return moveCursor(s, env, -1);
    case 'copyAnswer':
      return copyAnswer(s, env);
    case 'mark':
      return mark(s, env);
    case 'markNote':
      return markWithNote(s, env);
    case 'marksPage':
      return toggleMarksPage(s);
    case 'deleteMark':
    case 'editNote':
    case 'noteSave':
      // The marks page's and the note line's (marksCommand): bound in no other mode.
      return step(s);
    case 'hitDown':
      return step(selectHit(s, 1));
    case 'hitUp':
      return step(selectHit(s, -1));
    case 'searchOpen':
      return openSelectedHit(s, env);
    case 'searchCancel':
      return step({ ...s, mode: 'normal' });
    case 'scope':
      return cycleScope(s, 1);
    case 'scopeBack':
      return cycleScope(s, -1);
    case 'deleteChar':
      return deleteChar(s);
    case 'deleteWord':
      return deleteWord(s);
    case 'clearLine':
      return setQuery(s, '', s.search.selected ? 'all' : s.search.scope);
    case 'keepQuery':
      return keepQuery(s);
    case 'historyBack':
      return stepHistory(s, 1);
    case 'historyForward':
      return stepHistory(s, -1);
    default:
      return unreachable(cmd);
  }
}

/** The marks page's and the note line's commands; undefined: the command means there what it means elsewhere. */
function marksCommand(s: State, env: Env, cmd: Command): Step | undefined {
  if (s.mode === 'note') {
    switch (cmd) {
      case 'noteSave':
        return saveNote(s);
      case 'close':
        return cancelNote(s);
      case 'deleteChar':
        return editNoteLine(s, 'char');
      case 'deleteWord':
        return editNoteLine(s, 'word');
      case 'clearLine':
        return editNoteLine(s, 'line');
      default:
        return undefined;
    }
  }
  switch (cmd) {
    case 'down':
      return step(selectMark(s, 1));
    case 'up':
      return step(selectMark(s, -1));
    case 'open':
      return openSelectedMark(s, env);
    case 'deleteMark':
      return deleteSelectedMark(s);
    case 'editNote':
      return editSelectedNote(s);
    case 'close':
      return step({ ...s, mode: 'normal' });
    default:
      return undefined;
  }
}

/** A command the switch does not handle fails the type check here. */
function unreachable(cmd: never): never {
  throw new Error(`unhandled command ${String(cmd)}`);
}
