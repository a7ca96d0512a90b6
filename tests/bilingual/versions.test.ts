import { describe, expect, it } from 'vitest';
import { eventKind, langOf, pageId, spokespersonKey, titleMonthDay, type VersionMeta } from '../../src/bilingual/briefing.js';
import { pairVersions } from '../../src/bilingual/versions.js';

const zh = (id: number, date: string | undefined, title: string): VersionMeta => ({ file: `zh/mfa-t${1_000_000 + id}.txt`, title, ...(date ? { date } : {}) });
const en = (id: number, date: string | undefined, title: string): VersionMeta => ({
  file: `en/mfa-en-t${1_000_000 + id}.txt`,
  title,
  ...(date ? { date } : {}),
});
const regularZh = (id: number, date: string, who = '华春莹') =>
  zh(id, date, `${date.slice(0, 4)}年${+date.slice(5, 7)}月${+date.slice(8)}日外交部发言人${who}主持例行记者会`);
const regularEn = (id: number, date: string | undefined, title: string, who = 'Hua Chunying') =>
  en(id, date, `Foreign Ministry Spokesperson ${who}'s Regular Press Conference on ${title}`);
const counterpart = (vs: ReturnType<typeof pairVersions>, file: string) => vs.find((v) => v.file === file)?.counterpart;

describe('what a title says', () => {
  it.each([
    ['2019年2月11日外交部发言人华春莹主持例行记者会', 'zh', 'regular', 'huachunying'],
    ['外交部发言人耿爽就菲律宾遭受台风“山竹”袭击答记者问', 'zh', 'remarks', 'gengshuang'],
    ['外交部发言人陆慷就中美建交40周年发表谈话', 'zh', 'statement', 'lukang'],
    ["Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on July 1, 2020", 'en', 'regular', 'zhaolijian'],
    ["Foreign Ministry Spokesperson Hua Chunying's Remarks on August 5, 2019", 'en', 'remarks', 'huachunying'],
    ['Foreign Ministry Daily Briefing Online on February 11, 2020', 'en', 'regular', undefined],
  ])('%s', (title, lang, kind, speaker) => {
    expect(langOf(title)).toBe(lang);
    expect(eventKind(title, undefined)).toBe(kind);
    expect(spokespersonKey({ file: 'x', title })).toBe(speaker);
  });

  it('a month and day without a year, in English or Chinese; none when the year is there', () => {
    expect(titleMonthDay("Geng Shuang's Regular Press Conference on September 10")).toEqual({ month: 9, day: 10 });
    expect(titleMonthDay('Regular Press Conference on June12')).toEqual({ month: 6, day: 12 });
    expect(titleMonthDay('外交部发言人耿爽2月15日答记者问')).toEqual({ month: 2, day: 15 });
    expect(titleMonthDay('Regular Press Conference on June 12, 2018')).toBeUndefined();
  });

  it('page ids from file names', () => {
    expect(pageId('/lib/mfa-en-t1593756.txt')).toBe(1593756);
    expect(pageId('notes.txt')).toBeUndefined();
  });

  it('the spokesperson from the answerers when the title names no one', () => {
    expect(spokespersonKey({ file: 'x', title: 'Daily Briefing Online', answerers: ['Geng Shuang'] })).toBe('gengshuang');
    expect(spokespersonKey({ file: 'x', title: '例行记者会', answerers: ['耿爽'] })).toBe('gengshuang');
  });
});

describe('pairing versions', () => {
  it('links the same date, spokesperson and kind of event; names each side its language', () => {
    const vs = pairVersions([
      regularZh(100, '2019-02-11'),
      regularEn(150, '2019-02-11', 'February 11, 2019'),
      regularZh(200, '2019-02-12'),
      regularEn(260, '2019-02-13', 'February 13, 2019'),
    ]);
    expect(vs.map((v) => [v.lang, v.counterpart ?? null])).toEqual([
      ['zh', 'en/mfa-en-t1000150.txt'],
      ['en', 'zh/mfa-t1000100.txt'],
      ['zh', null],
      ['en', null],
    ]);
    expect(vs[0]!.linkedBy).toBe('date');
  });

  it('never links another spokesperson or another kind of event on the same day', () => {
    const vs = pairVersions([
      regularZh(100, '2019-02-11', '耿爽'),
      regularEn(150, '2019-02-11', 'February 11, 2019'),
      zh(120, '2019-02-11', '2019年2月11日外交部发言人华春莹答记者问'),
    ]);
    expect(vs.every((v) => v.counterpart === undefined)).toBe(true);
  });

  it('dates a title without a year by the pages published around it', () => {
    const vs = pairVersions([
      regularZh(100, '2018-09-07'),
      regularEn(110, '2018-09-07', 'September 7, 2018'),
      regularZh(200, '2018-09-10', '耿爽'),
      regularEn(210, undefined, 'September 10', 'Geng Shuang'),
      regularZh(300, '2018-09-11', '耿爽'),
      regularEn(310, '2018-09-11', 'September 11, 2018', 'Geng Shuang'),
      regularZh(900, '2019-09-10', '耿爽'),
    ]);
    expect(vs[3]).toMatchObject({ date: '2018-09-10', dateEvidence: 'page-order', counterpart: 'zh/mfa-t1000200.txt' });
    expect(counterpart(vs, 'zh/mfa-t1000900.txt')).toBeUndefined();
  });

  it('dates a title without a year by its only counterpart when the names carry no page order', () => {
    const vs = pairVersions([
      { file: 'a.txt', title: '2018年9月10日外交部发言人耿爽主持例行记者会', date: '2018-09-10' },
      { file: 'b.txt', title: "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 10" },
    ]);
    expect(vs[1]).toMatchObject({ date: '2018-09-10', dateEvidence: 'counterpart', counterpart: 'a.txt' });
  });

  it('leaves a title without a year undated when the evidence is missing or disagrees', () => {
    const twoYears = pairVersions([
      { file: 'a.txt', title: '2018年9月10日外交部发言人耿爽主持例行记者会', date: '2018-09-10' },
      { file: 'c.txt', title: '2019年9月10日外交部发言人耿爽主持例行记者会', date: '2019-09-10' },
      { file: 'b.txt', title: "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 10" },
    ]);
    expect(twoYears[2]!.date).toBeUndefined();
    expect(twoYears.every((v) => v.counterpart === undefined)).toBe(true);
    const disagree = pairVersions([
      regularZh(100, '2019-09-07', '耿爽'),
      regularZh(200, '2019-09-12', '耿爽'),
      regularEn(150, undefined, 'September 10', 'Geng Shuang'),
      regularZh(50, '2018-09-10', '耿爽'),
    ]);
    // Page order says 2019, the only counterpart with that day is in 2018: no date, no link.
    expect(disagree[2]!.date).toBeUndefined();
    expect(disagree[2]!.counterpart).toBeUndefined();
  });

  it('points a second copy of the English page at the same Chinese version; the Chinese keeps the nearest', () => {
    const vs = pairVersions([
      regularZh(100, '2019-04-29', '耿爽'),
      regularEn(180, '2019-04-29', 'April 29, 2019', 'Geng Shuang'),
      regularEn(120, '2019-04-29', 'April 29, 2019', 'Geng Shuang'),
    ]);
    expect(vs[0]!.counterpart).toBe('en/mfa-en-t1000120.txt');
    expect(vs[1]).toMatchObject({ counterpart: 'zh/mfa-t1000100.txt', linkedBy: 'duplicate' });
    expect(vs[2]).toMatchObject({ counterpart: 'zh/mfa-t1000100.txt', linkedBy: 'date' });
  });

  it('links undated versions only on the evidence of their content, and only a clear winner', () => {
    const metas = [
      zh(100, undefined, '外交部发言人华春莹就美方涉港言论答记者问'),
      zh(104, undefined, '外交部发言人华春莹就英方涉港言行答记者问'),
      en(130, undefined, "Foreign Ministry Spokesperson Hua Chunying's Remarks on US Remarks on Hong Kong"),
    ];
    expect(pairVersions(metas).every((v) => v.counterpart === undefined)).toBe(true);
    const similar = (z: string) => (z.endsWith('t1000100.txt') ? 0.9 : 0.2);
    expect(pairVersions(metas, { similar })[2]).toMatchObject({ counterpart: 'zh/mfa-t1000100.txt', linkedBy: 'content' });
    const tie = () => 0.9;
    expect(pairVersions(metas, { similar: tie }).every((v) => v.counterpart === undefined)).toBe(true);
  });
});
