import { MAX_CHARS, type Phrase } from './label-phrases.js';

/** A topic's label as given (a heading's, or the remarks label), or its candidates, best first. */
export type Choice = { fixed: string; numbered?: boolean } | { candidates: Phrase[]; fallback: string };

/** How far below its best a topic's next phrase may score and still be its label. */
const CLOSE = 2.5;

/**
 * One label per topic, no two alike. Given labels stand. Derived ones are settled strongest first,
 * so the topic whose question names a phrase most clearly keeps it; a later topic takes its next
 * good phrase, or its best phrase joined with a second one from its question ("艾衣提" +
 * "视频"), and a number only when nothing else is free.
 */
export function distinctLabels(choices: Choice[]): string[] {
  const labels: (string | undefined)[] = choices.map(() => undefined);
  const used = new Set<string>();
  choices.forEach((c, i) => {
    if ('fixed' in c && !c.numbered) {
      labels[i] = c.fixed;
      used.add(c.fixed);
    }
  });
  choices.forEach((c, i) => {
    if ('fixed' in c && c.numbered) labels[i] = claim(numbered(c.fixed, used), used);
  });
  const order = choices
    .map((c, i) => ({ c, i, top: 'candidates' in c ? (c.candidates[0]?.score ?? -Infinity) : -Infinity }))
    .filter((x): x is { c: Extract<Choice, { candidates: Phrase[] }>; i: number; top: number } => 'candidates' in x.c)
    .sort((a, b) => b.top - a.top || a.i - b.i);
  for (const { c, i } of order) labels[i] = claim(pick(c.candidates, c.fallback, used), used);
  return labels.map((l) => l!);
}

function claim(label: string, used: Set<string>): string {
  used.add(label);
  return label;
}

function pick(candidates: Phrase[], fallback: string, used: Set<string>): string {
  const best = candidates[0];
  if (best === undefined) return used.has(fallback) ? numbered(fallback, used) : fallback;
  const free = (p: Phrase) => !used.has(p.text);
  const close = candidates.find((p) => p.score >= best.score - CLOSE && free(p));
  if (close) return close.text;
  const joined = combination(best, candidates, used);
  if (joined) return joined;
  const any = candidates.find(free);
  if (any) return any.text;
  return used.has(fallback) ? numbered(best.text, used) : fallback;
}

/** The best phrase with the best other phrase sharing none of its words, in question order. */
function combination(best: Phrase, candidates: Phrase[], used: Set<string>): string | undefined {
  for (const p of candidates) {
    if (p === best || p.words.some((w) => best.words.includes(w)) || p.text.includes(best.text) || best.text.includes(p.text)) continue;
    const text = p.at < best.at ? p.text + best.text : best.text + p.text;
    if (Array.from(text).length <= MAX_CHARS && !used.has(text)) return text;
  }
  return undefined;
}

// Where numbering last stopped for each base, so numbering many repeats stays linear.
const lastNumber = new WeakMap<Set<string>, Map<string, number>>();

function numbered(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  const last = lastNumber.get(used) ?? new Map<string, number>();
  lastNumber.set(used, last);
  for (let n = (last.get(base) ?? 1) + 1; ; n++) {
    last.set(base, n);
    const text = `${Array.from(base).slice(0, MAX_CHARS - String(n).length).join('')}${n}`;
    if (!used.has(text)) return text;
  }
}
