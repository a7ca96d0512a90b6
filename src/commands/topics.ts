import type { Transcript } from '../transcript/model.js';

export function topicsText(t: Transcript): string {
  const n = String(t.topics.length).length;
  return t.topics.map((tp) => `${String(tp.id).padStart(n)}  ${tp.label}${tp.headline ? `  ${tp.headline}` : ''}\n`).join('');
}

export function topicsJson(t: Transcript): string {
  return JSON.stringify(topicRows(t), null, 2) + '\n';
}

/** The topics as `topics --json` lists them. */
export function topicRows(t: Transcript) {
  return t.topics.map((tp) => ({
    id: tp.id,
    label: tp.label,
    ...(tp.headline ? { headline: tp.headline } : {}),
    askers: tp.turns.filter((x) => x.role === 'question').map((x) => x.speaker),
  }));
}
