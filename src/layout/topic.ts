import type { Topic } from '../transcript/model.js';
import { layoutPage, type Block, type PageLayoutOptions, type PageRow } from './page.js';

/**
 * A topic as blocks: the heading (label and headline), then every paragraph of every turn, the
 * first of each turn led by its speaker. The reader and `presser show` both lay out these blocks,
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
  topic.turns.forEach((turn, ti) => {
    turn.paragraphs.forEach((para, pi) => {
      const prefix = pi === 0 && turn.speaker ? `${turn.speaker}：` : undefined;
      blocks.push({ ref: { turn: ti, para: pi }, text: para, style: turn.role, prefix, prefixStyle: turn.role === 'question' ? 'asker' : 'speaker', gapBefore: true });
    });
  });
  return blocks;
}

/** A topic laid out for one width. */
export function layoutTopic(topic: Topic, opts: PageLayoutOptions): PageRow[] {
  return layoutPage(topicBlocks(topic), opts);
}
