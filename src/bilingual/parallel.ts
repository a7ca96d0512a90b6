import type { Alignment, ExchangeLink } from './align.js';

/**
 * The links that show one Chinese topic beside its English counterpart: every link holding one of
 * the topic's exchanges, and the English exchanges without counterpart that come after them, up to
 * the next Chinese topic's (a follow-up only the English prints, an after-briefing question); the
 * first topic also takes those before it.
 */
export function topicParallel(al: Alignment, zhTopic: number): ExchangeLink[] {
  const topicOf = (l: ExchangeLink) => (l.zh.length > 0 ? al.zh[l.zh[0]!]!.topic : undefined);
  const first = al.links.findIndex((l) => topicOf(l) === zhTopic);
  if (first < 0) return [];
  let end = al.links.findIndex((l, k) => k > first && topicOf(l) !== undefined && topicOf(l) !== zhTopic);
  if (end < 0) end = al.links.length;
  const opening = al.links.findIndex((l) => topicOf(l) !== undefined) === first ? 0 : first;
  return al.links.slice(opening, end);
}

/** The English topics a Chinese topic's links reach, in order. */
export function counterpartTopics(al: Alignment, links: ExchangeLink[]): number[] {
  const out: number[] = [];
  for (const l of links) for (const j of l.en) if (!out.includes(al.en[j]!.topic)) out.push(al.en[j]!.topic);
  return out;
}
