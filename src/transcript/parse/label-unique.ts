import { labelWidth, MAX_WIDTH, type Phrase } from './label-phrases.js';

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
  const used = new Used();
  choices.forEach((c, i) => {
    if ('fixed' in c && !c.numbered) labels[i] = used.claim(c.fixed);
  });
  choices.forEach((c, i) => {
    if ('fixed' in c && c.numbered) labels[i] = used.claim(numbered(c.fixed, used));
  });
  const order = choices
    .map((c, i) => ({ c, i, top: 'candidates' in c ? (c.candidates[0]?.score ?? -Infinity) : -Infinity }))
    .filter((x): x is { c: Extract<Choice, { candidates: Phrase[] }>; i: number; top: number } => 'candidates' in x.c)
    .sort((a, b) => b.top - a.top || a.i - b.i);
  for (const { c, i } of order) labels[i] = used.claim(pick(c.candidates, c.fallback, used));
  return labels.map((l) => l!);
}

/**
 * The labels taken so far, and every piece of them, so "is this phrase part of a taken label, or
 * does it hold one" costs a few set look-ups however many topics there are.
 */
class Used {
  private readonly labels = new Set<string>();
  private readonly parts = new Set<string>();

  has(label: string): boolean {
    return this.labels.has(label);
  }

  /** The phrase is inside a taken label or holds one (现代化 and 教育现代化 do not tell two topics apart). */
  overlaps(text: string): boolean {
    if (this.parts.has(text)) return true;
    // (UTF-16 slices: a half of a surrogate pair matches no label, so none is missed or invented.)
    for (let a = 0; a < text.length; a++) for (let b = a + 2; b <= text.length; b++) if (this.labels.has(text.slice(a, b))) return true;
    return false;
  }

  claim(label: string): string {
    this.labels.add(label);
    for (let a = 0; a < label.length; a++) for (let b = a + 2; b <= label.length; b++) this.parts.add(label.slice(a, b));
    return label;
  }
}

function pick(candidates: Phrase[], fallback: string, used: Used): string {
  const best = candidates[0];
  if (best === undefined) return used.has(fallback) ? numbered(fallback, used) : fallback;
  const free = (p: Phrase) => !used.has(p.text) && !used.overlaps(p.text);
  const close = candidates.find((p) => p.score >= best.score - CLOSE && free(p));
  if (close) return close.text;
  const joined = combination(best, candidates, used);
  if (joined) return joined;
  const any = candidates.find(free) ?? candidates.find((p) => !used.has(p.text));
  if (any) return any.text;
  return used.has(fallback) ? numbered(best.text, used) : fallback;
}

/** The best phrase with the best other phrase sharing none of its words, in question order. */
function combination(best: Phrase, candidates: Phrase[], used: Used): string | undefined {
  for (const p of candidates) {
    if (p === best || p.words.some((w) => best.words.includes(w)) || p.text.includes(best.text) || best.text.includes(p.text)) continue;
    // Two phrases of one clause glued together read as a cut phrase (上海 + 组织青岛峰会); an
    // owned phrase (核项目的公司) glued to a name reads as nothing.
    if ((p.clause !== undefined && p.clause === best.clause) || p.text.includes('的') || best.text.includes('的')) continue;
    const text = p.at < best.at ? p.text + best.text : best.text + p.text;
    if (labelWidth(text) <= MAX_WIDTH && !used.has(text)) return text;
  }
  return undefined;
}

// Where numbering last stopped for each base, so numbering many repeats stays linear.
const lastNumber = new WeakMap<Used, Map<string, number>>();

function numbered(base: string, used: Used): string {
  if (!used.has(base)) return base;
  const last = lastNumber.get(used) ?? new Map<string, number>();
  lastNumber.set(used, last);
  for (let n = (last.get(base) ?? 1) + 1; ; n++) {
    last.set(base, n);
    const text = `${fit(base, MAX_WIDTH - String(n).length)}${n}`;
    if (!used.has(text)) return text;
  }
}

/** The longest start of `text` within `width` columns that cuts no Latin word. */
function fit(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (labelWidth(out + ch) > width) {
      if (/[A-Za-z]/u.test(ch)) out = out.replace(/[A-Za-z]+$/u, '');
      break;
    }
    out += ch;
  }
  return out;
}
