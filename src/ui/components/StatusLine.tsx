import { Text } from 'ink';
import type { Ambiguous } from '../../text/width.js';
import { displayWidth } from '../../text/width.js';
import { fitString } from '../fit.js';
import type { Transcript } from '../../transcript/model.js';
import type { State } from '../state.js';
import { pageLabel, quotesPage } from '../pages.js';

/**
 * The bottom line: where you are on the left, a message or the number being typed in the middle,
 * scroll position and a key hint on the right. Parts drop from the right end inward when narrow.
 */
export function statusText(parts: { place: string; message?: string; right: string; hint: string }, width: number, ambiguous: Ambiguous): string {
  const opts = { ambiguous };
  const left = ` ${parts.place}`;
  const right = `${parts.right}  ${parts.hint} `;
  const middle = parts.message ? `  ${parts.message}` : '';
  for (const r of [right, `${parts.right} `, '']) {
    const room = width - displayWidth(r, opts);
    if (room >= Math.min(displayWidth(left + middle, opts), 12)) {
      return fitString(left + middle, room, opts) + r;
    }
  }
  return fitString(left + middle, width, opts);
}

/** Where the reader is: "3/15 中国外交", "概览", "金句 2/7", "help". */
export function placeLabel(s: State, t: Transcript): string {
  if (s.mode === 'help' || s.mode === 'repairs') return s.mode;
  if (s.page >= 1 && s.page <= t.topics.length) return `${s.page}/${t.topics.length} ${pageLabel(t, s.page)}`;
  if (s.page === quotesPage(t) && t.quotes.length) return `金句 ${s.quoteSel + 1}/${t.quotes.length}`;
  return pageLabel(t, s.page);
}

/** The number being typed, else a fresh message, else which search hit is shown. */
export function statusMessage(s: State): string {
  if (s.digits) return `topic ${s.digits}_`;
  if (s.status) return s.status.text;
  if (s.lastHits && s.highlight?.page === s.page) return `hit ${s.lastHits.index + 1}/${s.lastHits.hits.length}`;
  return '';
}

/** The status bar, drawn in inverse video: it needs no colour to stand apart from the text. */
export function StatusLine({ text }: { text: string }) {
  return <Text inverse>{text}</Text>;
}
