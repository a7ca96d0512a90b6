/**
 * From library search hits to the exchanges a trend counts: an exchange is a topic with a
 * question (the question, its answer, any follow-ups), and it counts once however many hits it
 * holds. Hits outside exchanges — a transcript's title or intro, an opening statement with no
 * question — are not counted.
 */
import type { Library } from '../library/open.js';
import type { HitGroup, LibraryResults } from '../library/search.js';
import type { Topic } from '../transcript/model.js';
import type { ExchangeHit } from './table.js';

/** Who asked, when the question names no one (问：). */
export const UNNAMED_ASKER = '记者';

/** An exchange that contains the query, and where its hits are in the results. */
export interface Exchange extends ExchangeHit {
  group: HitGroup;
  /** Topic id in the transcript. */
  topic: number;
  label: string;
  /** Index in `group.hits` of the exchange's first hit. */
  hit: number;
}

/** Answerers and askers of a topic; undefined when it holds no question (no exchange). */
export function topicPeople(topic: Topic): { answerers: string[]; askers: string[] } | undefined {
  const answerers = new Set<string>();
  const askers = new Set<string>();
  let questions = 0;
  for (const turn of topic.turns) {
    if (turn.role === 'question') {
      questions++;
      if (turn.speaker) askers.add(turn.speaker);
    } else if (turn.role === 'answer' && turn.speaker) answerers.add(turn.speaker);
  }
  if (questions === 0) return undefined;
  return { answerers: [...answerers], askers: askers.size ? [...askers] : [UNNAMED_ASKER] };
}

/** The exchanges the results' hits fall in, in the results' order (each transcript's models read once). */
export function exchangesOf(lib: Library, results: LibraryResults): Exchange[] {
  const out: Exchange[] = [];
  for (const group of results.groups) {
    const t = lib.transcript(group.item);
    const seen = new Set<number>();
    group.hits.forEach((h, i) => {
      if (h.kind === 'header' || h.topic <= 0 || seen.has(h.topic)) return;
      seen.add(h.topic);
      const topic = t.topics[h.topic - 1];
      const people = topic && topicPeople(topic);
      if (!people) return;
      out.push({ ...(group.item.date ? { date: group.item.date } : {}), ...people, group, topic: h.topic, label: topic.label, hit: i });
    });
  }
  // The models were needed only for who asked and who answered.
  lib.forget();
  return out;
}
