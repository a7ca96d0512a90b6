import type { Repair, Topic, Transcript, Turn } from './model.js';

/**
 * Raw text → Transcript. Pure and total: never throws.
 * PLACEHOLDER: a first cut that reads the seed's layout; the foundation issue makes it general
 * (repeats, page-break splits, quotes, corpus layouts).
 */
export function parseTranscript(raw: string): Transcript {
  const lines = raw.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  const paras: { text: string; line: number }[] = [];
  lines.forEach((l, i) => {
    const text = l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
    if (text) paras.push({ text, line: i + 1 });
  });
  const repairs: Repair[] = [];
  const topics: Topic[] = [];
  const notes: string[] = [];
  const quotes: Transcript['quotes'] = [];
  const title = paras[0]?.text ?? '';
  let byline: string | undefined;
  let intro: string | undefined;
  let topic: Topic | undefined;
  let turn: Turn | undefined;
  for (const [i, p] of paras.entries()) {
    if (i === 0) continue;
    const speaker = /^([^:：，。,]{1,20})[:：](.*)$/.exec(p.text);
    if (p.text.startsWith('■')) {
      quotes.push({ text: p.text.slice(1), topic: null });
    } else if (speaker && topic) {
      const name = speaker[1]!;
      turn = { role: name.endsWith('记者') ? 'question' : 'answer', speaker: name, paragraphs: [speaker[2]!] };
      topic.turns.push(turn);
    } else if (/^\S{2,8} \S/.test(p.text) && p.text.length < 40 && !/[。，,]/.test(p.text)) {
      const [label, ...rest] = p.text.split(' ');
      topic = { id: topics.length + 1, label: label!, headline: rest.join(' '), turns: [] };
      topics.push(topic);
      turn = undefined;
    } else if (turn) {
      turn.paragraphs.push(p.text);
    } else if (!topic && i === 1) {
      byline = p.text;
    } else if (!topic) {
      intro = intro ? `${intro}\n${p.text}` : p.text;
    } else {
      notes.push(p.text);
    }
  }
  return { title, byline, intro, topics, quotes, notes, repairs };
}
