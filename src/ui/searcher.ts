import type { Transcript } from '../transcript/model.js';
import type { Hit, Scope, SearchFn } from './hits.js';

/**
 * The reader's search, created lazily so the first frame never waits for an index.
 * PLACEHOLDER until src/search lands: exact substring matches over labels, questions, answer
 * paragraphs and quotes.
 */
export interface LazySearch {
  search: SearchFn;
  /** Builds the index ahead of the first query (called after the first paint). */
  warm(): void;
}

const LIMIT = 200;

export function lazySearch(t: Transcript): LazySearch {
  const search = (query: string, scope: Scope): Hit[] => {
    const q = query.trim();
    if (!q) return [];
    const hits: Hit[] = [];
    const add = (h: Omit<Hit, 'ranges' | 'score'>, at: number) => hits.push({ ...h, ranges: [[at, at + q.length]], score: 0 });
    for (const tp of t.topics) {
      const head = `${tp.label} ${tp.headline ?? ''}`;
      if (scope === 'all' && head.includes(q)) add({ kind: 'topic', topic: tp.id, label: tp.label, text: head, pos: null, length: head.length }, head.indexOf(q));
      tp.turns.forEach((turn, ti) => {
        const kind = turn.role === 'question' ? 'question' : 'answer';
        if (scope !== 'all' && scope !== (kind === 'question' ? 'questions' : 'answers')) return;
        turn.paragraphs.forEach((para, pi) => {
          const at = para.indexOf(q);
          if (at >= 0) add({ kind, topic: tp.id, label: tp.label, text: para, pos: { topic: tp.id, turn: ti, para: pi, offset: 0 }, length: para.length }, at);
        });
      });
    }
    if (scope === 'all' || scope === 'quotes') {
      for (const qu of t.quotes) {
        const at = qu.text.indexOf(q);
        if (at >= 0) add({ kind: 'quote', topic: qu.topic, label: '金句', text: qu.text, pos: null, length: qu.text.length }, at);
      }
    }
    return hits.slice(0, LIMIT);
  };
  return { search, warm: () => {} };
}
