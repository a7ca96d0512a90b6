// Search on English words: case-insensitive, with typos, alone or beside Chinese terms — over an
// English briefing and over a Chinese one that prints Latin names (WHO, ASEAN).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, type Hit } from '../../src/search/index.js';
import { parseTranscript } from '../../src/transcript/parse.js';
import type { Transcript } from '../../src/transcript/model.js';

const read = (name: string): Transcript => parseTranscript(readFileSync(`tests/fixtures/bilingual/${name}`, 'utf8'));
let en: ReturnType<typeof createSearcher>;
let zh: ReturnType<typeof createSearcher>;
let enT: Transcript;

const run = async (s: ReturnType<typeof createSearcher>, q: string): Promise<Hit[]> => {
  await s.prepare(q);
  return s.search(q, {});
};
const matched = (h: Hit) => h.ranges.map(([a, b]) => h.text.slice(a, b)).join('|');
const questionOf = (t: Transcript, topic: number | null) => t.topics[(topic ?? 0) - 1]!.turns.find((u) => u.role === 'question')!.paragraphs[0]!;

beforeAll(() => {
  enT = read('briefing-en.txt');
  en = createSearcher(enT);
  zh = createSearcher(read('briefing-zh.txt'));
});

describe('English words in an English briefing', () => {
  it.each([
    ['fukushima', 'Fukushima'],
    ['FUKUSHIMA', 'Fukushima'],
    ['Blinken', 'Blinken'],
    ['world health organization', 'World'],
  ])('%s is found whatever its case', async (q, word) => {
    const hits = await run(en, q);
    expect(hits.length).toBeGreaterThan(0);
    expect(matched(hits[0]!)).toContain(word);
  });

  it.each([
    ['fukushma', 'Fukushima', 'a letter left out'],
    ['blinkin', 'Blinken', 'a letter wrong'],
    ['wastewatre', 'wastewater', 'two letters swapped'],
    ['Nannign', 'Nanning', 'a capitalised typo'],
  ])('%s finds %s (%s)', async (q, word) => {
    const hits = await run(en, q);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.text.includes(word))).toBe(true);
  });

  it('AND-s English terms: both must be in the hit', async () => {
    const hits = await run(en, 'japan sea');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text.toLowerCase()).toMatch(/japan[\s\S]*sea|sea[\s\S]*japan/);
  });

  it('a word in no briefing finds nothing, typo or not', async () => {
    expect(await run(en, 'Zanzibar')).toEqual([]);
  });
});

describe('English words beside Chinese ones', () => {
  it('a Latin name inside Chinese text', async () => {
    const hits = await run(zh, 'who');
    expect(hits.length).toBeGreaterThan(0);
    expect(matched(hits[0]!)).toBe('WHO');
  });

  it('an English word and a Chinese phrase together', async () => {
    const hits = await run(zh, 'ASEAN 东盟');
    expect(hits.every((h) => /东盟/.test(h.text))).toBe(true);
    const both = await run(zh, 'WHO 武汉');
    expect(both.length).toBeGreaterThan(0);
    expect(both[0]!.text).toMatch(/WHO[\s\S]*武汉|武汉[\s\S]*WHO/);
  });

  it('pinyin still reads as pinyin in a Chinese briefing, ahead of any near miss', async () => {
    const hits = await run(zh, 'fudao');
    expect(hits.length).toBeGreaterThan(0);
    expect(matched(hits[0]!)).toBe('福岛');
  });

  it('the English question of a hit is the one asked', async () => {
    const hits = await run(en, 'nanning');
    expect(questionOf(enT, hits[0]!.topic)).toContain('Nanning');
  });
});
