import { strings, type Lang } from '../i18n/strings.js';
import type { Alignment, ExchangeLink } from '../bilingual/align.js';
import { counterpartTopics, otherSide, topicParallelAt, type Side } from '../bilingual/parallel.js';
import type { Transcript } from '../transcript/model.js';
import type { Block } from './page.js';
import type { ParallelPart } from './parallel.js';
import { turnBlocks } from './topic.js';

/**
 * One topic of one version beside the other version, exchange by exchange: what `presser show
 * --with` prints and the reader's parallel view shows (both lay these parts out with
 * layoutParallel). The version the topic is from — the primary — is the left (upper) side.
 */

/** Two versions of a briefing, aligned, seen from one of them. */
export interface ParallelPair {
  /** The version being read, the other one, and which language the primary is. */
  primary: Transcript;
  other: Transcript;
  side: Side;
  alignment: Alignment;
}

/** Pairs below this confidence are noted over their part. */
export const SURE = 0.75;

/** What stands in for a version that has nothing at that place. */
export function missingMarker(side: Side, lang: Lang = 'en'): string {
  return `[${strings(lang).noCounterpartOf(side)}]`;
}

export interface TopicParallel {
  /** "3 中国外交  ⇄  3 China's diplomacy" — the topic and the other version's topics it reaches. */
  title: string;
  parts: ParallelPart[];
  /** The alignment's links shown, part by part (part k is link `from + k`). */
  links: ExchangeLink[];
  from: number;
}

export function topicParallelParts(p: ParallelPair, topicId: number, lang: Lang = 'en'): TopicParallel {
  const other = otherSide(p.side);
  const al = p.alignment;
  const topic = p.primary.topics[topicId - 1]!;
  const { from, links } = topicParallelAt(al, topicId, p.side);
  const reached = counterpartTopics(al, links, p.side);
  const title = `${topic.id} ${topic.label}  ⇄  ${reached.length ? reached.map((n) => `${n} ${p.other.topics[n - 1]!.label}`).join(', ') : strings(lang).noCounterpartOf(other)}`;
  const parts: ParallelPart[] = links.map((l) => {
    const n = confidenceNote(l, lang);
    return {
      left: l[p.side].length ? l[p.side].flatMap((i) => exchangeBlocks(p.primary, al[p.side][i]!)) : null,
      right: l[other].length ? l[other].flatMap((j) => exchangeBlocks(p.other, al[other][j]!)) : null,
      ...(n ? { note: n } : {}),
    };
  });
  return { title, parts, links, from };
}

/** An exchange's blocks, one group per turn. */
export function exchangeBlocks(t: Transcript, x: { topic: number; from: number; to: number }): Block[][] {
  const topic = t.topics[x.topic - 1]!;
  return Array.from({ length: x.to - x.from }, (_, k) => turnBlocks(topic, x.from + k, x.from + k + 1));
}

/** Said over a pair the alignment is unsure of. */
export function confidenceNote(l: ExchangeLink, lang: Lang = 'en'): string | undefined {
  if (l.zh.length > 0 && l.en.length > 0) return l.confidence < SURE ? `[${strings(lang).pairedWithConfidence(l.confidence.toFixed(2))}]` : undefined;
  return undefined;
}
