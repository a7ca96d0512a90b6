import type { Transcript } from '../transcript/model.js';
import type { Block, RowStyle } from './page.js';

/**
 * The transcript's header as blocks, each field on its own (kicker, title, subtitle, byline, the
 * event and its date, the dateline with the intro, credits): the overview page and `presser show`
 * print the same.
 */
export function headerBlocks(t: Transcript): Block[] {
  const blocks: Block[] = [];
  let para = 0;
  const add = (text: string, style: RowStyle, extra: Partial<Block> = {}) => {
    blocks.push({ ref: { turn: 0, para: para++ }, text, style, gapBefore: blocks.length > 0, ...extra });
  };
  if (t.kicker) add(t.kicker, 'dim');
  add(t.title || '(untitled)', 'heading', { gapBefore: false });
  if (t.subtitle) add(t.subtitle, 'headline', { prefix: '——', prefixStyle: 'headline', gapBefore: false });
  if (t.byline) add(t.byline, 'dim');
  const event = t.event !== t.subtitle && t.event !== t.title ? t.event : undefined;
  const when = [event, t.date].filter(Boolean).join(' · ');
  if (when) add(when, 'dim');
  const intro = (t.intro ?? '').split('\n').filter(Boolean);
  if (t.dateline && intro.length > 0) add(intro[0]!, 'answer', { prefix: `${t.dateline}\u3000`, prefixStyle: 'dim' });
  else if (t.dateline) add(t.dateline, 'dim');
  for (const p of t.dateline ? intro.slice(1) : intro) add(p, 'answer');
  if (t.credits?.length) add(t.credits.join('\u3000'), 'dim');
  return blocks;
}
