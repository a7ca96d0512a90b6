import type { Transcript } from '../transcript/model.js';
import { UserError } from '../errors.js';
import type { OutputOptions } from './output.js';

/** PLACEHOLDER until the search issue lands: exact substring matches in answers. */
export function runSearchCommand(t: Transcript, query: string, values: Record<string, string | boolean | undefined>, _out: OutputOptions): string {
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UserError(`--limit must be a positive whole number, not "${values.limit}"`);
  const hits: { kind: string; topic: number | null; text: string; ranges: [number, number][] }[] = [];
  for (const tp of t.topics)
    for (const turn of tp.turns)
      for (const para of turn.paragraphs) {
        const i = para.indexOf(query);
        if (i >= 0) hits.push({ kind: turn.role === 'question' ? 'question' : 'answer', topic: tp.id, text: para, ranges: [[i, i + query.length]] });
      }
  const shown = hits.slice(0, limit);
  if (values.json) return JSON.stringify(shown, null, 2) + '\n';
  return shown.map((h) => `${h.topic}\t${h.kind}\t${h.text}\n`).join('');
}
