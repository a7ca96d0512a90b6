import type { Item } from './items.js';
import { endsSentence } from './text.js';

export interface Header {
  title: string;
  byline?: string;
  intro?: string;
  /** Lines the header used, for accounting. */
  lines: number[];
  /** Header paragraphs that are neither title, byline nor intro: opening remarks or announcements. */
  rest: Item[];
}

// An intro reports the event: it names the press conference or opens with a dateline ("本报北京5月24日电").
const INTRO = /记者会|发布会|记者招待会|新闻发布|吹风会|^[^，。,]{2,24}电(?:[\s\u3000\u00a0]|$)/u;

/**
 * The lines before the first turn or heading: the title (possibly over several short lines), a
 * byline (a short line naming the answerer), the intro, and what remains (remarks).
 */
export function readHeader(items: Item[], answerers: string[]): Header {
  const plain = items.filter((it) => it.kind === 'plain');
  const first = plain[0];
  if (!first) return { title: '', lines: [], rest: items };
  let title = first.text;
  let byline: string | undefined;
  const lines = [first.line];
  let k = 1;
  for (; k < plain.length; k++) {
    const p = plain[k]!;
    if (p.text.length > 40 || endsSentence(p.text) || /[。！？]/u.test(p.text) || INTRO.test(p.text)) break;
    if (answerers.some((a) => a !== '' && p.text.includes(a))) byline = byline ? `${byline} ${p.text}` : p.text;
    else if (byline === undefined) title = joinTitle(title, p.text);
    else byline = `${byline} ${p.text}`;
    lines.push(p.line);
  }
  let intro: string | undefined;
  const next = plain[k];
  if (next && INTRO.test(next.text)) {
    intro = next.text;
    lines.push(next.line);
  }
  const used = new Set(lines);
  const rest = items.filter((it) => !(it.kind === 'plain' && used.has(it.line)));
  return { title, byline, intro, lines, rest };
}

/** Joins a title's second line: no space between ideographs, one between Latin words. */
function joinTitle(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
