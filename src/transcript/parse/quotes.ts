import type { Quote } from '../model.js';
import type { WorkTopic } from './dedupe.js';
import { wordChars } from './text.js';

const N = 3;
/** Share of a quote's character trigrams that one answer paragraph must contain. */
const MIN_CONTAINMENT = 0.75;

/**
 * Links each pull quote to the topic whose answer contains it. Newspapers edit pull quotes
 * slightly ("应承担起" for "应承担"), so containment is measured on character trigrams of the
 * words (punctuation and spaces ignored), per paragraph and per answer turn; the best topic
 * wins if it holds at least MIN_CONTAINMENT of the quote. One pass over the answers, counting
 * only trigrams that occur in some quote.
 */
export function linkQuotes(quotes: string[], topics: WorkTopic[]): Quote[] {
  if (quotes.length === 0) return [];
  const gramsOf = quotes.map((q) => new Set(grams(wordChars(q))));
  const wanted = new Map<string, number[]>();
  gramsOf.forEach((set, qi) => {
    for (const g of set) {
      const list = wanted.get(g);
      if (list) list.push(qi);
      else wanted.set(g, [qi]);
    }
  });
  const best = quotes.map(() => ({ topic: null as number | null, score: 0 }));
  topics.forEach((topic, ti) => {
    for (const turn of topic.turns) {
      if (turn.role === 'question') continue;
      const units = [...turn.paras.map((p) => p.text), turn.paras.map((p) => p.text).join('')];
      for (const unit of units) {
        const hits = new Map<number, number>();
        for (const g of new Set(grams(wordChars(unit)))) {
          for (const qi of wanted.get(g) ?? []) hits.set(qi, (hits.get(qi) ?? 0) + 1);
        }
        for (const [qi, n] of hits) {
          const score = n / gramsOf[qi]!.size;
          if (score > best[qi]!.score) best[qi] = { topic: ti + 1, score };
        }
      }
    }
  });
  return quotes.map((text, i) => ({ text, topic: best[i]!.score >= MIN_CONTAINMENT ? best[i]!.topic : null }));
}

function grams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length < N) return chars.length ? [chars.join('')] : [];
  const out: string[] = [];
  for (let i = 0; i + N <= chars.length; i++) out.push(chars.slice(i, i + N).join(''));
  return out;
}
