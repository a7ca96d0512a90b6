/**
 * What is searchable: topic headings, questions (with the asker), answer sentences and pull
 * quotes, in reading order. Each unit keeps where it lives in the model so a hit can open the
 * reader at that sentence.
 */
import { shownSpeaker, speakerPrefix } from '../transcript/voice.js';
import type { TextPos, Transcript } from '../transcript/model.js';
import { foldText } from './normalize.js';
import { splitSentences } from './sentences.js';

export type HitKind = 'topic' | 'question' | 'answer' | 'quote';

export interface Unit {
  kind: HitKind;
  topic: number | null;
  label: string;
  /** Shown in results. A question's first paragraph is prefixed with "asker：" ("Reuters: ") so the asker is searchable. */
  text: string;
  /** `foldText(text)`: same length, what matching runs on. */
  norm: string;
  /** Where the covered model text starts; null for a topic heading or an unplaced quote. */
  pos: TextPos | null;
  /** UTF-16 length of the model text at `pos` (the sentence, question paragraph, or quote's sentence). */
  length: number;
  /** Quotes only: the answer sentence the quote's sentence at offset `at` was taken from, with its
   *  topic when the model gave none; null when no answer contains it. */
  locate?: (at: number) => Placement | null;
}

export interface Placement {
  topic: number | null;
  label: string;
  pos: TextPos | null;
  length: number;
}

function unit(kind: HitKind, topic: number | null, label: string, text: string, pos: TextPos | null, length: number): Unit {
  return { kind, topic, label, text, norm: foldText(text), pos, length };
}

/** Strips trailing sentence punctuation and spaces, for locating a quote in its answer. */
function core(s: string): string {
  return s.replace(/[\s。．.！!？?，,；;：:"'”’」』）)]+$/u, '').replace(/^[\s"'“‘「『（(]+/u, '');
}

/** Probes for finding a quote's sentence in an answer: its sentences, then its clauses (4+ characters), folded. */
function quoteProbes(quote: string): string[] {
  const folded = foldText(quote);
  const sentences = splitSentences(folded).map(([s, e]) => core(folded.slice(s, e)));
  const clauses = folded.split(/[，,；;。.！!？?]/).map(core);
  return [...new Set([...sentences, ...clauses])].filter((p) => [...p].length >= 4);
}

/** Finds the answer units whose folded text contains a probe; given by the caller's index. */
export type AnswerFinder = (probe: string) => Iterable<Unit>;

/**
 * All searchable units in reading order. `findAnswers` (answers containing a probe, over the
 * whole transcript) is only called when a quote's source is looked up, i.e. once it is a hit.
 */
export function buildUnits(t: Transcript, findAnswers?: AnswerFinder): Unit[] {
  const units: Unit[] = [];
  const answersByTopic = new Map<number, Unit[]>();
  for (const topic of t.topics) {
    const label = topic.label;
    const heading = topic.headline ? `${label} ${topic.headline}` : label;
    units.push(unit('topic', topic.id, label, heading, null, 0));
    const answers: Unit[] = [];
    topic.turns.forEach((turn, ti) => {
      turn.paragraphs.forEach((para, pi) => {
        const at = (offset: number): TextPos => ({ topic: topic.id, turn: ti, para: pi, offset });
        if (turn.role === 'question') {
          const who = pi === 0 ? shownSpeaker(turn) : '';
          const prefix = who ? speakerPrefix(who) : '';
          units.push(unit('question', topic.id, label, prefix + para, at(0), para.length));
          return;
        }
        for (const [s, e] of splitSentences(para)) {
          const u = unit('answer', topic.id, label, para.slice(s, e), at(s), e - s);
          units.push(u);
          answers.push(u);
        }
      });
    });
    answersByTopic.set(topic.id, answers);
  }
  const labelOf = new Map(t.topics.map((tp) => [tp.id, tp.label]));
  for (const q of t.quotes) {
    const u = unit('quote', q.topic, q.topic === null ? '' : (labelOf.get(q.topic) ?? ''), q.text, null, 0);
    const sentences = splitSentences(q.text);
    const found = new Map<number, Unit | null>();
    // Finding the source sentence scans answers, so it waits until the quote is actually a hit:
    // the quote's own topic first, then (through the caller's index) the whole transcript.
    const source = (k: number): Unit | null => {
      let hit = found.get(k);
      if (hit === undefined) {
        const [s, e] = sentences[k] ?? [0, q.text.length];
        const probes = quoteProbes(q.text.slice(s, e));
        const own = q.topic !== null ? (answersByTopic.get(q.topic) ?? []) : [];
        hit = null;
        for (const probe of probes) {
          hit = own.find((a) => a.norm.includes(probe)) ?? null;
          if (!hit && findAnswers) for (const a of findAnswers(probe)) if (a.norm.includes(probe) && (hit = a)) break;
          if (hit) break;
        }
        found.set(k, hit);
      }
      return hit;
    };
    u.locate = (at) => {
      const k = Math.max(
        0,
        sentences.findIndex(([, e]) => at < e),
      );
      const from = source(k) ?? source(0);
      if (!from) return null;
      return { topic: u.topic ?? from.topic, label: u.topic === null ? from.label : u.label, pos: from.pos, length: from.length };
    };
    units.push(u);
  }
  return units;
}
