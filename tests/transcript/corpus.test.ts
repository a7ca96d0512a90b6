import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';
import { sanitize } from '../../src/transcript/sanitize.js';

const dir = join(import.meta.dirname, '../../../shared/corpus');
const read = (name: string) => parseTranscript(sanitize(readFileSync(join(dir, name), 'utf8')).text);

/** The questions of a file in source order, found independently of the parser by their labels. */
function labelledQuestions(name: string, label: RegExp): string[] {
  return readFileSync(join(dir, name), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^[\s\u3000]+/, ''))
    .filter((l) => label.test(l));
}

interface Expectation {
  file: string;
  answerer: string;
  /** How a question line starts in this layout. */
  ask: RegExp;
  questions: number;
  followUps: number;
  remarks: number;
  notes: string[];
  title: string;
}

const files: Expectation[] = [
  { file: '01_rmrb_20200525_wangyi_npc_press_conference.txt', answerer: '王毅', ask: /^[^：]{2,20}记者：/, questions: 23, followUps: 0, remarks: 1, notes: ['记者会历时1小时40分钟。'], title: '王毅在十三届全国人大三次会议举行的视频记者会上就中国外交政策和对外关系回答中外记者提问' },
  { file: '02_rmrb_20200529_likeqiang_premier_press_conference.txt', answerer: '李克强', ask: /^[^：]{2,20}记者：/, questions: 11, followUps: 0, remarks: 1, notes: [expect.stringMatching(/^记者会采用网络视频形式进行/) as unknown as string], title: '李克强总理出席记者会并回答中外记者提问' },
  { file: '03_mfa_20200403_huachunying_outlet-name-layout.txt', answerer: '华春莹', ask: /^(?:[^：]{2,20}记者：|会后，有记者问及：|二、)/, questions: 15, followUps: 0, remarks: 0, notes: [expect.stringMatching(/^根据2020年清明节假期放假安排/) as unknown as string], title: '2020年4月3日外交部发言人华春莹主持例行记者会' },
  { file: '04_mfa_20190211_huachunying_wen-da-layout.txt', answerer: '华春莹', ask: /^\s*问：/, questions: 19, followUps: 1, remarks: 1, notes: [], title: '2019年2月11日外交部发言人华春莹主持例行记者会' },
  { file: '05_mfa_20200318_gengshuang_wen-da-layout.txt', answerer: '耿爽', ask: /^\s*问：/, questions: 31, followUps: 2, remarks: 1, notes: [], title: '2020年3月18日外交部发言人耿爽主持例行记者会' },
];

describe.skipIf(!existsSync(dir))('the corpus of other layouts', () => {
  describe.each(existsSync(dir) ? files : [])('$file', (e) => {
    const t = read(e.file);
    const questionTopics = t.topics.slice(e.remarks);

    it('reads the title and makes one topic per question, in order, after any remarks', () => {
      expect(t.title).toBe(e.title);
      expect(t.topics).toHaveLength(e.remarks + e.questions);
      if (e.remarks) expect(t.topics[0]!.turns.every((u) => u.role === 'remark' || u.role === 'narration')).toBe(true);
      const firsts = questionTopics.map((tp) => tp.turns[0]!);
      expect(firsts.every((u) => u.role === 'question')).toBe(true);
      const sourceQuestions = labelledQuestions(e.file, e.ask);
      expect(sourceQuestions).toHaveLength(e.questions);
      firsts.forEach((u, i) => expect(sourceQuestions[i]).toContain(u.paragraphs[0]!.slice(0, 12)));
    });

    it('answers every question with the answerer, follow-ups inside their topic', () => {
      for (const tp of questionTopics) {
        expect(tp.turns.length % 2).toBe(0);
        tp.turns.forEach((u, i) => {
          expect(u.role).toBe(i % 2 === 0 ? 'question' : 'answer');
          if (u.role === 'answer') expect(u.speaker).toBe(e.answerer);
        });
      }
      const followUps = questionTopics.reduce((n, tp) => n + tp.turns.filter((u) => u.role === 'question').length - 1, 0);
      expect(followUps).toBe(e.followUps);
    });

    it('gives every topic a short label, moves closing lines to notes, repairs nothing', () => {
      for (const tp of t.topics) expect(Array.from(tp.label).length).toSatisfy((n: number) => n >= 1 && n <= 8);
      expect(t.notes).toEqual(e.notes);
      expect(t.repairs).toEqual([]);
      expect(t.quotes).toEqual([]);
    });
  });

  it('keeps speaker-looking phrases inside answers as text', () => {
    const t = read(files[0]!.file);
    const paras = t.topics.flatMap((tp) => tp.turns.flatMap((u) => u.paragraphs));
    expect(paras.some((p) => p.startsWith('我要在此呼吁：不要再浪费宝贵时间'))).toBe(true);
    const likeqiang = read(files[1]!.file).topics.flatMap((tp) => tp.turns.flatMap((u) => u.paragraphs));
    expect(likeqiang.some((p) => p.startsWith('这次规模性政策筹措的资金分两大块：'))).toBe(true);
  });

  it('reads datelines apart from the intro and keeps narration without a speaker', () => {
    const t = read(files[1]!.file);
    expect(t.dateline).toBe('新华社北京5月28日电');
    expect(t.intro).toMatch(/^十三届全国人大三次会议28日下午/);
    expect(t.topics[0]!.turns[0]).toMatchObject({ role: 'narration', speaker: '' });
    expect(t.topics[0]!.turns[0]!.paragraphs[0]).toMatch(/^记者会开始时，李克强说/);
    expect(read(files[0]!.file).dateline).toBe('本报北京5月24日电');
  });
});
