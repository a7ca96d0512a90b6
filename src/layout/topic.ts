import type { Topic } from '../transcript/model.js';
import { asksSide, shownSpeaker, speakerPrefix } from '../transcript/voice.js';
import { layoutPage, type Block, type PageLayoutOptions, type PageRow } from './page.js';

/**
 * A topic as blocks: the heading (label and headline), then every paragraph of every turn, the
 * first of each turn led by who speaks (shownSpeaker: roles survive without colour). The reader and `presser show` both lay out these blocks,
 * so what `show` prints is what the reader shows.
 */
export function topicBlocks(topic: Topic): Block[] {
  const blocks: Block[] = [
    {
      ref: { turn: -1, para: 0 },
      text: topic.headline ?? '',
      style: 'headline',
      prefix: topic.headline ? `${topic.label}  ` : topic.label,
      prefixStyle: 'heading',
      preferSpaces: true,
    },
  ];
  blocks.push(...turnBlocks(topic));
  return blocks;
}

/** The blocks of turns [from, to) of a topic (all by default), each paragraph its own block. */
export function turnBlocks(topic: Topic, from = 0, to = topic.turns.length): Block[] {
  const blocks: Block[] = [];
  topic.turns.slice(from, to).forEach((turn, k) => {
    const ti = from + k;
    turn.paragraphs.forEach((para, pi) => {
      const who = pi === 0 ? shownSpeaker(turn) : '';
      const prefix = who ? speakerPrefix(who) : undefined;
      blocks.push({ ref: { turn: ti, para: pi }, text: para, style: turn.role, prefix, prefixStyle: asksSide(turn) ? 'asker' : 'speaker', gapBefore: true });
    });
  });
  return blocks;
}

/** A topic laid out for one width. */
export function layoutTopic(topic: Topic, opts: PageLayoutOptions): PageRow[] {
  return layoutPage(topicBlocks(topic), opts);
}
