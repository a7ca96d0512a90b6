/**
 * Many transcripts as one, for the search engine: the library is searched by the very engine that
 * searches one transcript (src/search), over a transcript whose topics are every document's
 * topics in turn, renumbered. Each document also gets a leading topic with an empty label holding
 * its header text (title, byline, intro, notes…), which the engine does not search in a single
 * transcript but which a search across files must find (a phrase `rg -l` finds in a title line).
 * `place` maps a combined topic id back to its document and its own topic id (0: the header,
 * which the reader shows on its overview page).
 */
import type { Topic, Transcript } from '../transcript/model.js';

/** Paragraphs of a transcript that are outside its topics. */
export function headerParagraphs(t: Transcript): string[] {
  return [t.kicker, t.title, t.subtitle, t.dateline, t.byline, ...(t.intro?.split('\n') ?? []), ...t.notes, t.source].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
}

export interface Combined {
  transcript: Transcript;
  /** Document index (into the list given to `combine`) and topic id (0 = header) of a combined topic id. */
  place(topic: number): { doc: number; topic: number } | undefined;
}

export function combine(docs: readonly Transcript[]): Combined {
  const topics: Topic[] = [];
  const quotes: Transcript['quotes'] = [];
  // starts[d]: the combined id of document d's first topic (its header); ascending.
  const starts: number[] = [];
  const headerOf = new Set<number>();
  docs.forEach((t) => {
    const base = topics.length;
    starts.push(base + 1);
    topics.push({ id: base + 1, label: '', turns: [{ role: 'remark', speaker: '', paragraphs: headerParagraphs(t) }] });
    headerOf.add(base + 1);
    for (const tp of t.topics) topics.push({ ...tp, id: base + 1 + tp.id });
    // A quote found in no answer belongs to its document's header, never to the library at large.
    for (const q of t.quotes) quotes.push({ text: q.text, topic: base + 1 + (q.topic ?? 0) });
  });
  return {
    transcript: { title: '', topics, quotes, notes: [], repairs: [] },
    place(topic) {
      if (topic < 1 || topic > topics.length) return undefined;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= topic) lo = mid;
        else hi = mid - 1;
      }
      return { doc: lo, topic: topic - starts[lo]! };
    },
  };
}
