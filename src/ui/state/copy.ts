import { fullWidthPunctuation } from '../../text/punct.js';
import { quotesPage } from '../pages.js';
import { citeText } from '../targets.js';
import type { ParallelPageRow } from '../parallelRows.js';
import { bilingualCopy, linkOfRow, readerHitTarget, shownPair } from './parallel.js';
import { topLine } from './scroll.js';
import { type Env, say, type State, type Step, step, withStatus } from './types.js';
import { rowsOf } from './view.js';

/**
 * `y`: what the reader is showing, with a citation line, to the clipboard: the selected search
 * result, else the highlighted hit, else the selected quote, else the paragraph at the top.
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
  if (s.highlight && s.highlight.page === s.page && s.highlight.end > s.highlight.start) {
    return citeText(t, env.name, s.page, s.highlight.ref, s.highlight.start, s.highlight.end);
  }
  if (s.page === quotesPage(t)) return citeText(t, env.name, s.page, { turn: s.quoteSel, para: 0 });
  const rows = rowsOf(s, env, s.page);
  for (let i = topLine(s, env, s.page); i < rows.length; i++) {
    const r = rows[i]!;
    const text = r.start >= 0 && r.ref.turn >= 0 ? citeText(t, env.name, s.page, r.ref) : null;
    if (text) return text;
  }
  return null;
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
  let text = copiedText(s, env);
  if (!text) return withStatus(s, say(s).nothingToCopy);
  // Copy what the reader shows: with the punctuation refinement on, its full-width marks.
  if (s.fullWidthPunctuation) text = fullWidthPunctuation(text);
  const chars = [...text.split('\n')[0]!].length;
  return step(s, { type: 'copy', text }, { type: 'status', text: say(s).copied(chars) });
}
