import { Text } from 'ink';
import type { Ambiguous } from '../../text/width.js';
import { displayWidth } from '../../text/width.js';
import { truncate } from '../../text/truncate.js';
import { fitString } from '../fit.js';
import type { Transcript } from '../../transcript/model.js';
import type { State } from '../state/types.js';
import { pageLabel, quotesPage } from '../pages.js';
import { say } from '../state/types.js';

/**
 * The bottom line: where you are on the left, a message or the number being typed in the middle,
 * scroll position and a key hint on the right. When narrow the hint goes first, then the
 * percentage; a message (the number being typed, "copied …") outranks the place, which is cut
 * before it. Whatever is cut ends in an ellipsis, and a column of space always separates the
 * text from the right-hand part.
 */
export function statusText(parts: { place: string; message?: string; right: string; hint: string }, width: number, ambiguous: Ambiguous): string {
  const opts = { ambiguous };
  const w = (s: string) => displayWidth(s, opts);
  const left = ` ${parts.place}`;
  const middle = parts.message ? `  ${parts.message}` : '';
  const rights = [`${parts.right}  ${parts.hint} `, `${parts.right} `, ''];
  // Everything in full, giving up the hint, then the percentage.
  for (const r of rights) {
    const room = width - w(r);
    if (w(left + middle) + (r ? 1 : 0) <= room) return fitString(left + middle, room, opts) + r;
  }
  if (parts.message) {
    // The message in full with as much of the place as fits, else the message alone, cut.
    const placeRoom = width - w(middle) - 1;
    if (placeRoom >= 4) return fitString(` ${truncate(parts.place, placeRoom, opts)}${middle}`, width, opts);
    return fitString(` ${truncate(parts.message, width - 1, opts)}`, width, opts);
  }
  // The place, cut, beside the percentage while there is room for a useful part of it.
  const pct = `${parts.right} `;
  if (width - w(pct) - 1 >= 12) return fitString(` ${truncate(parts.place, width - w(pct) - 2, opts)}`, width - w(pct), opts) + pct;
  return fitString(` ${truncate(parts.place, width - 1, opts)}`, width, opts);
}

/** Where the reader is: "3/15 中国外交", "概览", "金句 2/7", "help". */
export function placeLabel(s: State, t: Transcript): string {
  if (s.mode === 'help') return say(s).placeHelp;
  if (s.mode === 'repairs') return say(s).placeRepairs;
  if (s.page >= 1 && s.page <= t.topics.length) return `${s.page}/${t.topics.length} ${pageLabel(t, s.page)}${besideLabel(s)}`;
  if (s.page === quotesPage(t) && t.quotes.length) return `金句 ${s.quoteSel + 1}/${t.quotes.length}`;
  return pageLabel(t, s.page);
}

/** " ⇄ EN" while the topic shows beside its English version (" ⇄ 中文" beside the Chinese); " ⇄ aligning…" until it can. */
function besideLabel(s: State): string {
  const c = s.parallel.counterpart;
  if (s.parallel.on && c.status === 'loading') return ` ⇄ ${say(s).aligningShort}`;
  if (!s.parallel.on || c.status !== 'ready') return '';
  return c.pair.side === 'zh' ? ' ⇄ EN' : ' ⇄ 中文';
}

/** The number being typed, else a fresh message, else which search hit is shown. */
export function statusMessage(s: State, message: string | null): string {
  if (s.digits) return say(s).typingTopic(s.digits);
  if (message) return message;
  if (s.lastHits && s.highlight?.page === s.page) return say(s).hitOf(s.lastHits.index + 1, s.lastHits.hits.length);
  return '';
}

/** The status bar, drawn in inverse video: it needs no colour to stand apart from the text. */
export function StatusLine({ text }: { text: string }) {
  return <Text inverse>{text}</Text>;
}
