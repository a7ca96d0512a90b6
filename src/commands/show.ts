import type { Topic, Transcript } from '../transcript/model.js';
import { layoutTopic } from '../layout/topic.js';
import { rowToString } from '../layout/ansi.js';
import { UserError } from '../errors.js';
import type { OutputOptions } from './output.js';

/** Finds a topic by number ("3") or by label (exact first, then a label that contains it). */
export function findTopic(t: Transcript, key: string): Topic {
  const trimmed = key.trim();
  if (/^\d+$/.test(trimmed)) {
    const topic = t.topics[Number(trimmed) - 1];
    if (!topic) throw new UserError(`no topic ${trimmed}: this transcript has topics 1-${t.topics.length}`);
    return topic;
  }
  const found = t.topics.find((tp) => tp.label === trimmed) ?? t.topics.find((tp) => tp.label.includes(trimmed));
  if (!found) throw new UserError(`no topic labelled "${trimmed}" (see: presser topics)`);
  return found;
}

export function showTopic(topic: Topic, opts: OutputOptions): string {
  const rows = layoutTopic(topic, { width: opts.width, ambiguous: opts.ambiguous });
  return rows.map((r) => rowToString(r, opts.color) + '\n').join('');
}

/** The whole transcript as plain text: the overview, then every topic as `show` prints it. */
export function showAll(t: Transcript, opts: OutputOptions): string {
  const parts: string[] = [];
  const head = [t.title, t.byline, t.intro].filter(Boolean).join('\n\n');
  if (head) parts.push(head + '\n');
  for (const topic of t.topics) parts.push(showTopic(topic, opts));
  if (t.quotes.length) parts.push(t.quotes.map((q) => `■ ${q.text}`).join('\n') + '\n');
  const tail = [...t.notes, t.source].filter(Boolean).join('\n');
  if (tail) parts.push(tail + '\n');
  return parts.join('\n');
}
