/**
 * The `presser show N --width W` path: every topic of the seed (and of the corpus transcripts when
 * present), laid out by layoutTopic (the path `show` prints) at every width 8..120 in both ambiguous modes; every row must
 * keep every line-breaking rule.
 */
import { shownSpeaker } from '../../src/transcript/voice.js';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { layoutTopic } from '../../src/layout/topic.js';
import type { PageRow as Row } from '../../src/layout/page.js';
import { parseTranscript } from '../../src/transcript/parse.js';
import type { Topic } from '../../src/transcript/model.js';
import { fullWidthPunctuation } from '../../src/text/punct.js';
import { ruleViolations, type LineLike } from './rules.js';

const SEED = new URL('../../data/2025-03-07-wang-yi-press-conference.txt', import.meta.url);
const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const WIDTHS = Array.from({ length: 113 }, (_, i) => i + 8);
const MODES = ['narrow', 'wide'] as const;

/** Rows as lines of `full`, found in order with only spaces between them; null if they are not. */
function asLines(full: string, rows: Row[]): LineLike[] | null {
  const out: LineLike[] = [];
  let cursor = 0;
  for (const r of rows) {
    const at = full.indexOf(r.text, cursor);
    if (at < 0 || (out.length === 0 && at !== 0) || /[^ ]/.test(full.slice(cursor, at))) return null;
    out.push({ text: r.text, start: at, end: at + r.text.length, width: r.width });
    cursor = at + r.text.length;
  }
  return out;
}

/** The texts a group of rows may have been broken from (the layout adds a speaker prefix and may refine punctuation). */
function candidates(topic: Topic, group: Row[], index: number): string[] {
  const base: string[] = [];
  if (index === 0) {
    base.push(topic.headline ? `${topic.label}  ${topic.headline}` : topic.label, `${topic.label} ${topic.headline ?? ''}`);
  } else {
    const ref = group[0]!.ref;
    const turn = topic.turns[ref.turn];
    const para = turn?.paragraphs[ref.para];
    const who = turn ? shownSpeaker(turn) : '';
    if (para !== undefined && turn) base.push(para, `${who}：${para}`, `${who}:${para}`);
  }
  return base.flatMap((t) => [t, fullWidthPunctuation(t)]);
}

function checkTopic(topic: Topic, width: number, ambiguous: 'narrow' | 'wide'): string[] {
  const rows = layoutTopic(topic, { width, ambiguous, fullWidthPunctuation: true });
  const groups: Row[][] = [[]];
  for (const r of rows) {
    if (r.start === -1) groups.push([]);
    else groups.at(-1)!.push(r);
  }
  const bad: string[] = [];
  groups.forEach((g, i) => {
    if (g.length === 0) return;
    for (const full of candidates(topic, g, i)) {
      const lines = asLines(full, g);
      if (lines && lines.at(-1)!.end >= full.trimEnd().length) {
        bad.push(
          ...ruleViolations(full, lines, width, ambiguous, { maximal: i !== 0 }).map(
            (v) => `topic ${topic.id} "${topic.label}" width ${width} ${ambiguous}: ${v}`,
          ),
        );
        return;
      }
    }
    bad.push(`topic ${topic.id} width ${width}: rows ${JSON.stringify(g.map((r) => r.text))} are not the lines of any paragraph`);
  });
  return bad;
}

/** The corpus is wider than the seed: every 5th width plus the narrowest ones keeps it fast. */
const SAMPLED_WIDTHS = WIDTHS.filter((w) => w < 16 || w % 5 === 0);

function checkTranscript(raw: string, widths = WIDTHS): void {
  const t = parseTranscript(raw);
  expect(t.topics.length).toBeGreaterThan(0);
  const bad: string[] = [];
  for (const topic of t.topics) for (const w of widths) for (const m of MODES) bad.push(...checkTopic(topic, w, m));
  expect(bad.slice(0, 20)).toEqual([]);
}

describe('presser show: every topic, widths 8-120, both ambiguous modes', () => {
  it('the seed keeps every rule on every row', () => {
    checkTranscript(readFileSync(SEED, 'utf8'));
  });

  describe.skipIf(!existsSync(CORPUS))('corpus transcripts', () => {
    const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];
    it.each(files)('%s keeps every rule on every row (widths 8-15 and every 5th)', (f) => {
      checkTranscript(readFileSync(new URL(f, CORPUS), 'utf8'), SAMPLED_WIDTHS);
    });
  });
});
