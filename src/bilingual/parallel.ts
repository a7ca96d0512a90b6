import type { Alignment, ExchangeLink } from './align.js';

/** Which version of an alignment: the Chinese one or the English one. */
export type Side = 'zh' | 'en';

export function otherSide(side: Side): Side {
  return side === 'zh' ? 'en' : 'zh';
}

/** The topic of a link's first exchange on one side (undefined when that side has none). */
export function linkTopic(al: Alignment, l: ExchangeLink, side: Side): number | undefined {
  const ids = l[side];
  return ids.length > 0 ? al[side][ids[0]!]!.topic : undefined;
}

/**
 * The links that show one topic of one version beside its counterpart: every link holding one of
 * the topic's exchanges, and the other version's exchanges without counterpart that come after
 * them, up to the next topic's (a follow-up only one version prints, an after-briefing question);
 * the first topic also takes those before it. Returns the links and the index of the first in
 * `al.links`.
 */
export function topicParallelAt(al: Alignment, topic: number, side: Side = 'zh'): { from: number; links: ExchangeLink[] } {
  const topicOf = (l: ExchangeLink) => linkTopic(al, l, side);
  const first = al.links.findIndex((l) => topicOf(l) === topic);
  if (first < 0) return { from: -1, links: [] };
  let end = al.links.findIndex((l, k) => k > first && topicOf(l) !== undefined && topicOf(l) !== topic);
  if (end < 0) end = al.links.length;
  const opening = al.links.findIndex((l) => topicOf(l) !== undefined) === first ? 0 : first;
  return { from: opening, links: al.links.slice(opening, end) };
}

/** `topicParallelAt`'s links alone (a Chinese topic by default). */
export function topicParallel(al: Alignment, topic: number, side: Side = 'zh'): ExchangeLink[] {
  return topicParallelAt(al, topic, side).links;
}

/** The other version's topics a topic's links reach, in order. */
export function counterpartTopics(al: Alignment, links: ExchangeLink[], side: Side = 'zh'): number[] {
  const other = otherSide(side);
  const out: number[] = [];
  for (const l of links) for (const j of l[other]) if (!out.includes(al[other][j]!.topic)) out.push(al[other][j]!.topic);
  return out;
}

/**
 * The primary topic that shows link `k` in the parallel view: the topic of the link's own exchange
 * on that side, else of the nearest earlier link that has one (an exchange only the other version
 * prints is shown after the exchanges before it), else of the first link that has one.
 */
export function primaryTopicOfLink(al: Alignment, k: number, side: Side): number | undefined {
  for (let i = k; i >= 0; i--) {
    const t = linkTopic(al, al.links[i]!, side);
    if (t !== undefined) return t;
  }
  for (const l of al.links) {
    const t = linkTopic(al, l, side);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** The link holding turn `turn` of topic `topic` of one version (-1 when none does). */
export function linkOfTurn(al: Alignment, side: Side, topic: number, turn: number): number {
  const x = al[side].findIndex((e) => e.topic === topic && turn >= e.from && turn < e.to);
  if (x < 0) return -1;
  return al.links.findIndex((l) => l[side].includes(x));
}
