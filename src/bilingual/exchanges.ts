import type { Transcript } from '../transcript/model.js';

/**
 * The unit of alignment: one question with what follows it up to the next question (the answer,
 * a remark), or the turns of a topic before its first question (announcements, an opening
 * statement). Topics are not the unit: one version may keep a follow-up in its topic where the
 * other opens a new one, but both print every question.
 */
export interface Exchange {
  /** The topic it belongs to (1-based id). */
  topic: number;
  /** Index of its first and one past its last turn in the topic. */
  from: number;
  to: number;
  /** Whether it opens with a question. */
  asked: boolean;
  /** The question's text, and everything said in the exchange (question first). */
  question: string;
  text: string;
}

export function exchangesOf(t: Transcript): Exchange[] {
  const out: Exchange[] = [];
  for (const topic of t.topics) {
    let start = 0;
    const close = (end: number) => {
      if (end <= start) return;
      const turns = topic.turns.slice(start, end);
      const asked = turns[0]!.role === 'question';
      out.push({
        topic: topic.id,
        from: start,
        to: end,
        asked,
        question: asked ? turns[0]!.paragraphs.join('\n') : '',
        text: turns.flatMap((u) => u.paragraphs).join('\n'),
      });
      start = end;
    };
    topic.turns.forEach((turn, i) => {
      if (turn.role === 'question' && i > start && topic.turns.slice(start, i).some((u) => u.role !== 'question')) close(i);
    });
    close(topic.turns.length);
  }
  return out;
}
