import { fullWidthPunctuation } from '../../text/punct.js';
import { quotesPage } from '../pages.js';
import { citeText, hitTarget } from '../targets.js';
import { topLine } from './scroll.js';
import { type Env, type State, type Step, step, withStatus } from './types.js';
import { rowsOf } from './view.js';

/**
 * `y`: what the reader is showing, with a citation line, to the clipboard: the selected search
 * result, else the highlighted hit, else the selected quote, else the paragraph at the top.
 */

function copiedText(s: State, env: Env): string | null {
  const t = env.transcript;
  if (s.mode === 'search') {
    const hit = s.search.hits[s.search.sel];
    const target = hit && hitTarget(t, hit);
    return target ? citeText(t, env.name, target.page, target.ref, target.start, target.mark ? target.end : undefined) : null;
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

export function copy(s: State, env: Env): Step {
  let text = copiedText(s, env);
  if (!text) return withStatus(s, 'nothing to copy here');
  // Copy what the reader shows: with the punctuation refinement on, its full-width marks.
  if (s.fullWidthPunctuation) text = fullWidthPunctuation(text);
  const chars = [...text.split('\n')[0]!].length;
  return step(s, { type: 'copy', text }, { type: 'status', text: `copied ${chars} characters with citation` });
}
