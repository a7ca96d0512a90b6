/**
 * What the library keeps about each transcript besides its text: the date, title, who answered,
 * who asked, how many questions. Derived from the model alone, so it is cached with the model and
 * recomputed whenever the model is.
 */
import type { Transcript } from '../transcript/model.js';

export interface TranscriptMeta {
  /** The event's date as the parser read it (ISO): from the text, a dated file name completing or standing in for it. */
  textDate?: string;
  title: string;
  /** What the event was, when the parser says: "外交部例行记者会". */
  event?: string;
  /** Distinct speakers of answer turns, in order of first appearance. */
  answerers: string[];
  /** Distinct speakers of question turns (outlets, reporters), in order of first appearance. */
  askers: string[];
  /** Number of question turns (follow-ups included). */
  questions: number;
  topics: number;
}

/** An entry's `date` field: the parser's date, absent when it found none (listed last, undated). */
export function entryDate(meta: TranscriptMeta): { date?: string } {
  return meta.textDate ? { date: meta.textDate } : {};
}

/** The metadata of a model; depends on the content alone. */
export function describeTranscript(t: Transcript): TranscriptMeta {
  const answerers = new Set<string>();
  const askers = new Set<string>();
  let questions = 0;
  for (const topic of t.topics)
    for (const turn of topic.turns) {
      if (turn.role === 'question') {
        questions++;
        if (turn.speaker) askers.add(turn.speaker);
      } else if (turn.role === 'answer' && turn.speaker) answerers.add(turn.speaker);
    }
  return {
    ...(t.date ? { textDate: t.date } : {}),
    title: t.title,
    ...(t.event ? { event: t.event } : {}),
    answerers: [...answerers],
    askers: [...askers],
    questions,
    topics: t.topics.length,
  };
}
