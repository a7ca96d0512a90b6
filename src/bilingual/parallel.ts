import type { Alignment, ExchangeLink } from './align.js';

/**
 * The links that show one Chinese topic beside its English counterpart: every link holding one of
 * the topic's exchanges, and the English exchanges without counterpart that sit among them or
 * right next to them in an English topic already shown (a question the English splits off, an
 * exchange only the English prints).
 */
export function topicParallel(al: Alignment, zhTopic: number): ExchangeLink[] {
  const holds = (l: ExchangeLink) => l.zh.some((i) => al.zh[i]!.topic === zhTopic);
  let first = al.links.findIndex(holds);
  if (first < 0) return [];
  let last = first;
  al.links.forEach((l, k) => holds(l) && (last = k));
  const shown = new Set(al.links.slice(first, last + 1).flatMap((l) => l.en.map((j) => al.en[j]!.topic)));
  const englishOnlyInShownTopic = (l: ExchangeLink | undefined) => l !== undefined && l.zh.length === 0 && l.en.every((j) => shown.has(al.en[j]!.topic));
  while (englishOnlyInShownTopic(al.links[first - 1])) first--;
  while (englishOnlyInShownTopic(al.links[last + 1])) last++;
  return al.links.slice(first, last + 1).filter((l) => l.zh.length === 0 || holds(l));
}

/** The English topics a Chinese topic's links reach, in order. */
export function counterpartTopics(al: Alignment, links: ExchangeLink[]): number[] {
  const out: number[] = [];
  for (const l of links) for (const j of l.en) if (!out.includes(al.en[j]!.topic)) out.push(al.en[j]!.topic);
  return out;
}
