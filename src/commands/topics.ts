import type { Transcript } from '../transcript/model.js';

export function topicsText(t: Transcript): string {
  const n = String(t.topics.length).length;
  return t.topics.map((tp) => `${String(tp.id).padStart(n)}  ${tp.label}${tp.headline ? `  ${tp.headline}` : ''}\n`).join('');
}

export function topicsJson(t: Transcript): string {
  const rows = t.topics.map((tp) => ({
    id: tp.id,
    label: tp.label,
    ...(tp.headline ? { headline: tp.headline } : {}),
    askers: tp.turns.filter((x) => x.role === 'question').map((x) => x.speaker),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
