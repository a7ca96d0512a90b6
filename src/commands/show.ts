import { type Lang, strings } from '../i18n/strings.js';
import type { Topic, Transcript } from '../transcript/model.js';
import { layoutTopic } from '../layout/topic.js';
import { layoutPage, type Block, type RowStyle } from '../layout/page.js';
import { rowToString } from '../layout/ansi.js';
import { headerBlocks } from '../layout/header.js';
import { UserError } from '../errors.js';
import type { OutputOptions } from './output.js';

/** Finds a topic by number ("3") or by label (exact first, then a label that contains it). */
export function findTopic(t: Transcript, key: string, lang: Lang = 'en'): Topic {
  const trimmed = key.trim();
  if (/^\d+$/.test(trimmed)) {
    const topic = t.topics[Number(trimmed) - 1];
    if (!topic) throw new UserError(strings(lang).noTopicNumber(trimmed, t.topics.length));
    return topic;
  }
  const exact = t.topics.find((tp) => tp.label === trimmed);
  if (exact) return exact;
  // Part of a label: only when it names one topic; several are listed, never one picked for the user.
  const found = t.topics.filter((tp) => tp.label.includes(trimmed));
  if (found.length === 0) throw new UserError(strings(lang).noTopicLabelled(trimmed));
  if (found.length > 1) throw new UserError(strings(lang).topicAmbiguous(trimmed, found.map((tp) => `${tp.id} ${tp.label}`).join(', ')));
  return found[0]!;
}

export function showTopic(topic: Topic, opts: OutputOptions): string {
  const rows = layoutTopic(topic, { width: opts.width, ambiguous: opts.ambiguous, fullWidthPunctuation: opts.fullWidthPunctuation ?? true });
  return rows.map((r) => rowToString(r, opts.color) + '\n').join('');
}

/** The whole transcript as plain text: the overview, then every topic as `show` prints it, then the quotes and notes. */
export function showAll(t: Transcript, opts: OutputOptions): string {
  const layout = { width: opts.width, ambiguous: opts.ambiguous, fullWidthPunctuation: opts.fullWidthPunctuation ?? true };
  const render = (blocks: Block[]) =>
    layoutPage(blocks, layout)
      .map((r) => rowToString(r, opts.color) + '\n')
      .join('');
  const para = (text: string, style: RowStyle, extra: Partial<Block> = {}): Block => ({ ref: { turn: 0, para: 0 }, text, style, gapBefore: true, ...extra });
  const parts: string[] = [];
  parts.push(render(headerBlocks(t)));
  for (const topic of t.topics) parts.push(showTopic(topic, opts));
  if (t.quotes.length) parts.push(render(t.quotes.map((q, i) => para(q.text, 'answer', { prefix: '■ ', prefixStyle: 'speaker', gapBefore: i > 0 }))));
  const tail = [...t.notes, ...(t.source ? [t.source] : [])];
  if (tail.length) parts.push(render(tail.map((n, i) => para(n, 'remark', { gapBefore: i > 0 }))));
  return parts.join('\n');
}
