import type { Transcript } from '../transcript/model.js';
import { citedSpeaker } from '../transcript/voice.js';
import { citationLine } from '../transcript/cite.js';
import type { BlockRef } from '../layout/page.js';
import { type Hit, hitTextStart } from './hits.js';
import { quotesPage } from './pages.js';

/** A place to open in the reader and what to keep highlighted there. */
export interface Target {
  page: number;
  ref: BlockRef;
  start: number;
  end: number;
  /** Highlight [start, end) (a search hit, a quote's sentence); false: only scroll there. */
  mark: boolean;
  /** The place is in the other version shown beside the transcript (the parallel view): `ref` is that version's. */
  other?: boolean;
  /** The matched characters inside [start, end), in the block's text (a search hit's ranges). */
  matches?: [number, number][];
}

/**
 * Where a search hit opens: its sentence in the topic (for a pull quote, the answer sentence it
 * came from), or the quote on the quotes page when no answer holds it.
 */
export function hitTarget(t: Transcript, hit: Hit): Target | null {
  if (hit.kind === 'quote' && !hit.pos) {
    const i = t.quotes.findIndex((q) => q.text === hit.text);
    const j = i >= 0 ? i : t.quotes.findIndex((q) => q.text.includes(hit.text) || hit.text.includes(q.text));
    if (j >= 0) return { page: quotesPage(t), ref: { turn: j, para: 0 }, start: 0, end: t.quotes[j]!.text.length, mark: true };
  }
  if (hit.pos && t.topics[hit.pos.topic - 1]) {
    const ref = { turn: hit.pos.turn, para: hit.pos.para };
    const start = hit.pos.offset;
    const end = start + hit.length;
    const para = t.topics[hit.pos.topic - 1]!.turns[ref.turn]?.paragraphs[ref.para] ?? '';
    return { page: hit.pos.topic, ref, start, end, mark: true, matches: matchesInModel(hit, para, start, end) };
  }
  if (hit.topic !== null && t.topics[hit.topic - 1]) return { page: hit.topic, ref: { turn: -1, para: 0 }, start: 0, end: 0, mark: false };
  return null;
}

/**
 * A hit's ranges (in its shown text) as offsets in the paragraph it opens at. A question's or an
 * answer's text is the model's, after the asker's label for a question (see hitTextStart); a
 * quote's is the quote, found again in the answer sentence it came from.
 */
function matchesInModel(hit: Hit, para: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const lead = hitTextStart(hit);
  for (const [a, b] of hit.ranges) {
    if (lead !== null) {
      const s = Math.max(start, start + a - lead);
      const e = Math.min(end, start + b - lead);
      if (s < e) out.push([s, e]);
      continue;
    }
    const at = para.slice(start, end).indexOf(hit.text.slice(a, b));
    if (at >= 0) out.push([start + at, start + at + (b - a)]);
  }
  return out;
}

/** Where a pull quote came from: its sentence in the answer that contains it. */
export function quoteTarget(t: Transcript, index: number): Target | null {
  const q = t.quotes[index];
  if (!q || q.topic === null) return null;
  const topic = t.topics[q.topic - 1];
  if (!topic) return null;
  // The quote may be reworded slightly; fall back to its opening characters.
  const probes = [q.text, q.text.slice(0, 8), q.text.slice(0, 4)].filter((p) => p.length > 0);
  for (const probe of probes) {
    for (const [ti, turn] of topic.turns.entries()) {
      for (const [pi, para] of turn.paragraphs.entries()) {
        const at = para.indexOf(probe);
        if (at >= 0) {
          const end = probe === q.text ? at + q.text.length : sentenceEnd(para, at);
          return { page: topic.id, ref: { turn: ti, para: pi }, start: at, end, mark: true };
        }
      }
    }
  }
  return { page: topic.id, ref: { turn: -1, para: 0 }, start: 0, end: 0, mark: false };
}

function sentenceEnd(text: string, from: number): number {
  const m = /[。！？!?]/.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}

/** The date in a file name like "2025-03-07-wang-yi.txt", if any. */
export function dateOf(name: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
}

/** A paragraph (or part of one) with a one-line citation: speaker, event, date, source. */
export function citeText(t: Transcript, name: string, page: number, ref: BlockRef, start = 0, end?: number): string | null {
  let text: string | undefined;
  let speaker = '';
  if (page === quotesPage(t)) {
    const q = t.quotes[ref.turn];
    text = q?.text;
    // A quote is cited by whoever said it: the speaker of the answer it came from.
    const from = q && quoteTarget(t, ref.turn);
    const turn = from && from.mark ? t.topics[from.page - 1]?.turns[from.ref.turn] : undefined;
    if (turn) speaker = citedSpeaker(turn);
  } else if (page === 0) {
    return null;
  } else {
    const turn = t.topics[page - 1]?.turns[ref.turn];
    text = turn?.paragraphs[ref.para];
    speaker = turn ? citedSpeaker(turn) : '';
  }
  if (!text) return null;
  const body = text.slice(start, end ?? text.length).trim();
  return `${body}${citation(t, name, speaker)}`;
}

/**
 * The citation line: who said it, the event (else the title), the event's date from the text (the
 * file name's only as a fallback), and the source line ("据新华社") when there is one.
 */
export function citation(t: Transcript, name: string, speaker: string): string {
  const cite = citationLine({ speaker, event: t.event, title: t.title, date: t.date ?? dateOf(name), source: t.source });
  return cite ? `\n—— ${cite}` : '';
}
