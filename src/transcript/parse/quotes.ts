import type { Quote } from '../model.js';
import type { WorkTopic } from './dedupe.js';
import { wordChars } from './text.js';

/** Share of a quote's character trigrams that one answer (paragraph or turn) must contain. */
const MIN_CONTAINMENT = 0.75;
/** A trigram shared by more quotes than this tells them apart from nothing; it is not counted (keeps the pass linear). */
const MAX_SHARED = 16;

/**
 * Links each pull quote to the topic whose answer contains it. Newspapers edit pull quotes
 * slightly ("应承担起" for "应承担") and abridge them, so containment is measured on character
 * trigrams of the words (punctuation and spaces ignored): the share of the quote's trigrams found
 * in one answer paragraph, or in one whole answer turn for a quote spanning paragraphs. The best
 * topic wins if it holds at least MIN_CONTAINMENT of the quote. One pass over the answers,
 * looking up only trigrams that occur in some quote.
 */
export function linkQuotes(quotes: string[], topics: WorkTopic[]): Quote[] {
  if (quotes.length === 0) return [];
  const gramsOf = quotes.map((q) => trigrams(wordChars(q)));
  const wanted = new Map<string, number[]>();
  gramsOf.forEach((set, qi) => {
    for (const g of set) {
      const list = wanted.get(g);
      if (list) list.push(qi);
      else wanted.set(g, [qi]);
    }
  });
  for (const [g, list] of wanted) {
    if (list.length <= MAX_SHARED) continue;
    wanted.delete(g);
    for (const qi of list) gramsOf[qi]!.delete(g);
  }
  const best = quotes.map(() => ({ topic: null as number | null, score: 0 }));
  const consider = (hits: Map<number, Set<string>>, topic: number) => {
    for (const [qi, found] of hits) {
      const score = found.size / gramsOf[qi]!.size;
      if (score > best[qi]!.score) best[qi] = { topic, score };
    }
  };
  topics.forEach((topic, ti) => {
    for (const turn of topic.turns) {
      if (turn.role === 'question') continue;
      const inTurn = new Map<number, Set<string>>();
      for (const p of turn.paras) {
        const inPara = new Map<number, Set<string>>();
        for (const g of trigrams(wordChars(p.text))) {
          for (const qi of wanted.get(g) ?? []) {
            add(inPara, qi, g);
            add(inTurn, qi, g);
          }
        }
        consider(inPara, ti + 1);
      }
      consider(inTurn, ti + 1);
    }
  });
  return quotes.map((text, i) => ({ text, topic: best[i]!.score >= MIN_CONTAINMENT ? best[i]!.topic : null }));
}

function add(m: Map<number, Set<string>>, k: number, g: string): void {
  const set = m.get(k);
  if (set) set.add(g);
  else m.set(k, new Set([g]));
}

function trigrams(s: string): Set<string> {
  const c = Array.from(s);
  const out = new Set<string>();
  if (c.length > 0 && c.length < 3) out.add(s);
  for (let i = 0; i + 3 <= c.length; i++) out.add(c[i]! + c[i + 1]! + c[i + 2]!);
  return out;
}
