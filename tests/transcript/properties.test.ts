import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';
import { unaccountedLines } from './accounting.js';

const seedText = readFileSync(join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt'), 'utf8');
const corpusDir = join(import.meta.dirname, '../../../shared/corpus');
const seedLines = seedText.split('\n').filter((l) => l.trim() !== '');
// Lines of the other layouts, written here so that the property runs without the corpus too.
const otherLines = [
  '2019年2月11日外交部发言人华春莹主持例行记者会',
  '问：据报道，美方代表团今天抵达北京。中方对此有何评论？',
  '答：关于中美经贸磋商，商务部已经发布了消息。',
  '追问：你的意思是磋商会延期吗？',
  '答：我刚才已经说了。',
  '会后，有记者问及：一、也门局势怎么看？',
  '二、你能否证实此事？',
  '华春莹：中方一贯支持政治解决。',
  '记者会历时1小时40分钟。',
  '据新华社',
  '本报北京5月24日电  会议举行视频记者会。',
  '我要在此呼吁：不要再浪费时间。',
  '　　',
  '\t\t　',
  '“',
  '■',
  '：',
  '问：',
  '答：',
];
const vocabulary = [...seedLines, ...otherLines];

/** Transcript-like text: vocabulary lines repeated, cut short, indented, with any line endings. */
const transcriptLike = fc
  .array(
    fc.tuple(
      fc.constantFrom(...vocabulary),
      fc.option(fc.nat(), { nil: undefined }),
      fc.constantFrom('', '　　', '\u00a0', ' '),
      fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' \n'),
    ),
    { maxLength: 60 },
  )
  .map((rows) => rows.map(([line, cut, indent, end]) => indent + (cut === undefined ? line : line.slice(0, cut % (line.length + 1))) + end).join(''));

const anyText = fc.string({ unit: 'binary', maxLength: 300 });
const lineSoup = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...otherLines, '王毅:', '新华社记者:', '■x', '甲乙 丙丁')), { maxLength: 30 })
  .map((a) => a.join('\n'));

const params = { seed: Number(process.env.PROP_SEED ?? 20250307), numRuns: Number(process.env.PROP_RUNS ?? 150) };

describe('parser properties', () => {
  it('never fails inside, on any string (parseTranscript catches everything: a failure shows as its fallback)', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, lineSoup, transcriptLike), (s) => {
        const t = parseTranscript(s);
        expect(t.repairs.filter((r) => /the parser failed/.test(r.detail))).toEqual([]);
      }),
      { ...params, numRuns: 400 },
    );
  });

  it('accounts for every non-blank line: in the model or named by a repair', () => {
    fc.assert(
      fc.property(fc.oneof(transcriptLike, lineSoup, anyText), (s) => {
        const t = parseTranscript(s);
        expect(unaccountedLines(s, t)).toEqual([]);
        expect(t.repairs.filter((r) => r.kind === 'other')).toEqual([]);
      }),
      params,
    );
  });

  it('numbers topics 1..n and links quotes only to existing topics', () => {
    fc.assert(
      fc.property(transcriptLike, (s) => {
        const t = parseTranscript(s);
        expect(t.topics.map((tp) => tp.id)).toEqual(t.topics.map((_, i) => i + 1));
        for (const q of t.quotes) expect(q.topic === null || (q.topic >= 1 && q.topic <= t.topics.length)).toBe(true);
        for (const tp of t.topics) expect(tp.turns.length).toBeGreaterThan(0);
      }),
      params,
    );
  });

  it('accounts for every line of the seed and the corpus files', () => {
    const texts = [seedText];
    if (existsSync(corpusDir)) {
      for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))) texts.push(readFileSync(join(corpusDir, f), 'utf8'));
    }
    for (const s of texts) expect(unaccountedLines(s, parseTranscript(s))).toEqual([]);
  });

  it('finds a line that is lost (the check can fail)', () => {
    const t = parseTranscript('标题\n甲记者:问题?\n王毅:回答。');
    t.topics[0]!.turns[1]!.paragraphs = [];
    expect(unaccountedLines('标题\n甲记者:问题?\n王毅:回答。', t)).toEqual([{ line: 3, text: '王毅:回答。' }]);
  });
});
