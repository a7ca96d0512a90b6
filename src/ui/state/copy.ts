import { fullWidthPunctuation } from '../../text/punct.js';
import { quotesPage } from '../pages.js';
import { citation, citeText } from '../targets.js';
import { citedSpeaker } from '../../transcript/voice.js';
import type { ParallelPageRow } from '../parallelRows.js';
import { bilingualCopy, linkOfRow, readerHitTarget, shownPair } from './parallel.js';
import { topLine } from './scroll.js';
import { cursorOf, highlightAtCursor } from './cursor.js';
import { type Env, say, type State, type Step, step, withStatus } from './types.js';
import { rowsOf } from './view.js';

/**
 * `y`: what the reader is showing, with a citation line, to the clipboard: the selected search
 * result, else the paragraph at the cursor (the search hit's sentence when the hit is in it), else
 * the selected quote. `Y`: the whole answer at the cursor.
 */

function copiedText(s: State, env: Env): string | null {
  const t = env.transcript;
  if (s.mode === 'search') {
    const hit = s.search.hits[s.search.sel];
    const target = hit && readerHitTarget(s, env, hit);
    if (target?.other) return otherVersionCopy(s, env, target.page, target.ref.turn, target.ref.para);
    return target ? citeText(t, env.name, target.page, target.ref, target.start, target.mark ? target.end : undefined) : null;
  }
  const pair = shownPair(s, env, s.page);
  if (pair) {
    // Beside the other version: both versions of the exchange at the top, with one citation.
    const rows = rowsOf(s, env, s.page) as ParallelPageRow[];
    const row = rows[topLine(s, env, s.page)];
    const link = row && linkOfRow(pair, s.page, row);
    return link ? bilingualCopy(pair, names(s, env), link) : null;
  }
  const h = highlightAtCursor(s, env);
  if (h) return citeText(t, env.name, s.page, h.ref, h.start, h.end);
  if (s.page === quotesPage(t)) return citeText(t, env.name, s.page, { turn: s.quoteSel, para: 0 });
  const at = cursorOf(s, env);
  return at ? citeText(t, env.name, s.page, at) : null;
}

/** The answer the cursor is in (on a question: the answer to it), whole. */
function answerText(s: State, env: Env): string | null {
  const at = cursorOf(s, env);
  const topic = env.transcript.topics[s.page - 1];
  if (!at || !topic) return null;
  let i = at.turn;
  if (topic.turns[i]?.role !== 'answer') {
    const next = topic.turns.findIndex((turn, j) => j > at.turn && turn.role === 'answer');
    if (next < 0 || topic.turns.slice(at.turn + 1, next).some((turn) => turn.role === 'question')) return null;
    i = next;
  }
  const turn = topic.turns[i]!;
  return `${turn.paragraphs.join('\n')}${citation(env.transcript, env.name, citedSpeaker(turn))}`;
}

function copied(s: State, raw: string | null, none: string): Step {
  let text = raw;
  if (!text) return withStatus(s, none);
  // Copy what the reader shows: with the punctuation refinement on, its full-width marks.
  if (s.fullWidthPunctuation) text = fullWidthPunctuation(text);
  const chars = [...text.slice(0, text.lastIndexOf('\n—— ') >= 0 ? text.lastIndexOf('\n—— ') : text.length)].length;
  return step(s, { type: 'copy', text }, { type: 'status', text: say(s).copied(chars) });
}

function names(s: State, env: Env): { primary: string; other: string } {
  const c = s.parallel.counterpart;
  return { primary: env.name, other: c.status === 'ready' ? c.name : '' };
}

/** A search result in the other version: that exchange in both versions. */
function otherVersionCopy(s: State, env: Env, page: number, turn: number, para: number): string | null {
  const c = s.parallel.counterpart;
  if (c.status !== 'ready') return null;
  const rows = rowsOf({ ...s, parallel: { ...s.parallel, on: true } }, env, page) as ParallelPageRow[];
  const row = rows.find((r) => r.other?.ref.turn === turn && r.other.ref.para === para);
  const link = row && linkOfRow(c.pair, page, row);
  return link ? bilingualCopy(c.pair, names(s, env), link) : null;
}

export function copy(s: State, env: Env): Step {
  return copied(s, copiedText(s, env), say(s).nothingToCopy);
}

export function copyAnswer(s: State, env: Env): Step {
  return copied(s, answerText(s, env), say(s).noAnswerToCopy);
}
