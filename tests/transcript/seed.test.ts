import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';

const seedPath = join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt');
const seed = parseTranscript(readFileSync(seedPath, 'utf8'));
const allParagraphs = seed.topics.flatMap((t) => t.turns.flatMap((u) => u.paragraphs));
const topicText = (id: number) => seed.topics[id - 1]!.turns.flatMap((u) => u.paragraphs).join('\n');

describe('the seed transcript, end to end', () => {
  it('reads the title, byline, intro and source', () => {
    expect(seed.title).toBe('今年元首外交将迎来新的高光时刻');
    expect(seed.byline).toBe('中共中央政治局委员、外交部长王毅');
    expect(seed.intro).toMatch(/^十四届全国人大三次会议于3月7日上午10时,在梅地亚中心/);
    expect(seed.source).toBe('据新华社');
    expect(allParagraphs.at(-1)).toMatch(/切除网络电诈这颗毒瘤。$/);
  });

  it('has the 15 topics with their labels and headlines, as written', () => {
    expect(seed.topics.map((t) => t.label)).toEqual([
      '元首外交',
      '中俄关系',
      '中国外交',
      '人类命运共同体',
      '全球南方',
      '乌克兰危机',
      '科技创新',
      '上合组织',
      '中美关系',
      '联合国',
      '中欧关系',
      '中国关系',
      '中国经济',
      '南海问题',
      '外交为民',
    ]);
    expect(seed.topics.map((t) => t.id)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(seed.topics[1]!.headline).toBe('成熟稳定的中俄关系 站在新型大国关系前列');
  });

  it('has one question by the right outlet and one answer by 王毅 in every topic', () => {
    expect(seed.topics.map((t) => t.turns.map((u) => `${u.role}:${u.speaker}`).join(' '))).toEqual(
      [
        '中央广播电视总台央视记者',
        '俄罗斯塔斯社记者',
        '新华社记者',
        '美国有线电视新闻网记者',
        '印尼国家广播电台记者',
        '彭博社记者',
        'CGTN记者',
        '人民日报记者',
        '路透社记者',
        '《环球时报》记者',
        '法新社记者',
        '日本共同社记者',
        '东方卫视记者',
        '新加坡《联合早报》记者',
        '中新社记者',
      ].map((asker) => `question:${asker} answer:王毅`),
    );
    expect(seed.topics.every((t) => !t.turns[0]!.paragraphs[0]!.includes('记者:'))).toBe(true);
  });

  it('keeps every paragraph once', () => {
    expect(new Set(allParagraphs).size).toBe(allParagraphs.length);
    for (const p of allParagraphs) {
      expect(allParagraphs.filter((q) => q.includes(p)).length, p).toBe(1);
    }
  });

  it("puts a repeated section's new paragraphs under its first occurrence", () => {
    const sco = seed.topics[7]!;
    expect(sco.turns[1]!.paragraphs.map((p) => p.slice(0, 6))).toEqual(['今年是上合组', '令我们更欣慰', '作为轮值主席', '今年秋天,中']);
    expect(topicText(10)).not.toMatch(/今年秋天,中国将在天津/);
    expect(topicText(10)).not.toMatch(/芬太尼/);
    expect(seed.topics[9]!.turns[1]!.paragraphs).toHaveLength(4);
  });

  it('joins paragraphs split by a page break', () => {
    expect(topicText(9)).toContain('而芬太尼在美国的滥用是美国自身要面对和解决的问题。');
    expect(topicText(13)).toContain('展现出中国经济迎难而上、奋发有为的鲜明特征。');
    const joined = seed.repairs.filter((r) => r.kind === 'joined-split').map((r) => r.line);
    expect(joined).toEqual(expect.arrayContaining([101, 206]));
  });

  it('links the pull quotes to the topics whose answers contain them', () => {
    expect(seed.quotes).toHaveLength(7);
    expect(seed.quotes.map((q) => q.topic)).toEqual([2, 3, 4, 7, 9, 10, null]);
    expect(seed.quotes[2]!.text).toContain('大国应承担起国际义务'); // as the quote is written, not the answer
  });

  it('keeps the text as written', () => {
    expect(topicText(4)).toContain('坚决反对对强权、霸权');
    expect(seed.topics[11]!.label).toBe('中国关系');
    expect(topicText(14)).toContain('但我要在此讲明的,是,侵权挑衅');
  });

  it('records each repair with its line', () => {
    const at = (line: number) => seed.repairs.filter((r) => r.line === line).map((r) => r.kind);
    expect(at(119)).toEqual(['stray-line']);
    expect(at(121)).toEqual(['stray-line']);
    expect(at(107)).toEqual(['duplicate-section']);
    expect(at(146)).toEqual(['duplicate-section']);
    expect(at(115)).toEqual(['moved-paragraph']);
    expect(at(117)).toEqual(['moved-paragraph']);
    expect(at(144)).toEqual(['dropped-fragment']);
    expect(at(174)).toEqual(['dropped-fragment']);
    expect(at(142)).toEqual(['duplicate-paragraph']);
    expect(seed.repairs.every((r) => r.line > 0 && r.detail.length > 0)).toBe(true);
  });
});
