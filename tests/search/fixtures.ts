import { readFileSync } from 'node:fs';
import { parseTranscript } from '../../src/transcript/parse.js';
import type { Topic, Transcript } from '../../src/transcript/model.js';

export const SEED_PATH = 'data/2025-03-07-wang-yi-press-conference.txt';

export function seed(): Transcript {
  return parseTranscript(readFileSync(SEED_PATH, 'utf8'));
}

/** A transcript built by hand: each topic is [label, headline, question, ...answer paragraphs]. */
export function tiny(topics: [string, string, string, ...string[]][], quotes: Transcript['quotes'] = []): Transcript {
  return {
    title: 't',
    topics: topics.map(([label, headline, question, ...answers], i): Topic => ({
      id: i + 1,
      label,
      headline,
      turns: [
        { role: 'question', speaker: '测试社记者', paragraphs: [question] },
        { role: 'answer', speaker: '发言人', paragraphs: answers },
      ],
    })),
    quotes,
    notes: [],
    repairs: [],
  };
}

export function topicIdByLabel(t: Transcript, label: string): number {
  const tp = t.topics.find((x) => x.label === label);
  if (!tp) throw new Error(`no topic labelled ${label}`);
  return tp.id;
}
