/** A marked passage: where it is, what it says, who said it, and the user's note. */
export interface Mark {
  id: string;
  /** ISO time the mark was made. */
  created: string;
  note?: string;
  transcript: MarkedTranscript;
  topic: number;
  topicLabel: string;
  turn: number;
  para: number;
  /** UTF-16 offsets of the marked text in the paragraph. */
  start: number;
  end: number;
  text: string;
  /** Who said it (for a question, the asker). */
  speaker: string;
}

/** Enough of a transcript to cite it and find it again (by content, wherever the file moved). */
export interface MarkedTranscript {
  hash: string;
  name: string;
  path?: string;
  title: string;
  date?: string;
  event?: string;
  source?: string;
}

import { sanitize } from '../transcript/sanitize.js';

const str = (v: unknown): v is string => typeof v === 'string';
const int = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** A mark read from disk, or null when it is not one. */
export function validMark(v: unknown): Mark | null {
  if (!v || typeof v !== 'object') return null;
  const m = v as Record<string, unknown>;
  const t = m.transcript as Record<string, unknown> | undefined;
  if (!str(m.id) || !str(m.created) || !str(m.text) || !str(m.speaker) || !str(m.topicLabel)) return null;
  if (!int(m.topic) || !int(m.turn) || !int(m.para) || !int(m.start) || !int(m.end) || (m.end as number) < (m.start as number)) return null;
  if (m.note !== undefined && !str(m.note)) return null;
  if (!t || typeof t !== 'object' || !str(t.hash) || !str(t.name) || !str(t.title)) return null;
  for (const k of ['path', 'date', 'event', 'source']) if (t[k] !== undefined && !str(t[k])) return null;
  // A marks file is text anyone could have written: nothing in it reaches a terminal as a control.
  return clean(m) as unknown as Mark;
}

function clean(v: unknown): unknown {
  if (typeof v === 'string') return sanitize(v).text;
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
  return v;
}
