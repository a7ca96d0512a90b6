import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';
import { sanitize } from '../../src/transcript/sanitize.js';
import { nameDateOf } from '../../src/transcript/open.js';

const dir = join(import.meta.dirname, '../../../shared/corpus');
// As presser opens a file: the date in its name completes a date the text gives without a year.
const read = (name: string) => parseTranscript(sanitize(readFileSync(join(dir, name), 'utf8')).text, nameDateOf(name));

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
  {
    file: '01_rmrb_20200525_wangyi_npc_press_conference.txt',
    answerer: '王毅',
    ask: /^[^：]{2,20}记者：/,
    questions: 23,
    followUps: 0,
    remarks: 1,
    notes: ['记者会历时1小时40分钟。'],
    title: '王毅在十三届全国人大三次会议举行的视频记者会上就中国外交政策和对外关系回答中外记者提问',
  },
  {
    file: '02_rmrb_20200529_likeqiang_premier_press_conference.txt',
    answerer: '李克强',
    ask: /^[^：]{2,20}记者：/,
    questions: 11,
    followUps: 0,
    remarks: 1,
    notes: [expect.stringMatching(/^记者会采用网络视频形式进行/) as unknown as string],
    title: '李克强总理出席记者会并回答中外记者提问',
  },
  {
    file: '03_mfa_20200403_huachunying_outlet-name-layout.txt',
    answerer: '华春莹',
    ask: /^(?:[^：]{2,20}记者：|会后，有记者问及：|二、)/,
    questions: 15,
    followUps: 0,
    remarks: 0,
    notes: [expect.stringMatching(/^根据2020年清明节假期放假安排/) as unknown as string],
    title: '2020年4月3日外交部发言人华春莹主持例行记者会',
  },
  {
    file: '04_mfa_20190211_huachunying_wen-da-layout.txt',
    answerer: '华春莹',
    ask: /^\s*问：/,
    questions: 19,
    followUps: 1,
    remarks: 1,
    notes: [],
    title: '2019年2月11日外交部发言人华春莹主持例行记者会',
  },
  {
    file: '05_mfa_20200318_gengshuang_wen-da-layout.txt',
    answerer: '耿爽',
    ask: /^\s*问：/,
    questions: 31,
    followUps: 2,
    remarks: 1,
    notes: [],
    title: '2020年3月18日外交部发言人耿爽主持例行记者会',
  },
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

/** 答记者问 and interviews: who asks and who answers each exchange, and the header's fields. */
interface Exchange {
  file: string;
  kicker?: string;
  title: string;
  subtitle?: string;
  dateline?: string;
  date: string;
  /** Turns before the first question, as role:speaker. */
  opening: string[];
  asker: string;
  /** The answerer of each exchange in order. */
  answerers: string[];
  /** Subheadings, when the text has them. */
  headlines?: string[];
  source?: string;
}

const exchanges: Exchange[] = [
  {
    file: '06_rmrb_20190224_jiaoyu_wen-da-layout.txt',
    title: '绘制新时代加快推进教育现代化建设教育强国的宏伟蓝图',
    subtitle: '教育部负责人就《中国教育现代化2035》和《加快推进教育现代化实施方案（2018—2022年）》答记者问',
    dateline: '新华社北京2月23日电',
    date: '2019-02-23',
    opening: [],
    asker: '问',
    answerers: Array(9).fill('教育部负责人'),
  },
  {
    file: '07_rmrb_20200116_liuhe_remarks-then-wen-da.txt',
    title: '坚持平等和相互尊重原则 解决双方关切 实现互利共赢',
    subtitle: '刘鹤就中美签署第一阶段经贸协议答记者问',
    dateline: '本报华盛顿1月15日电',
    date: '2020-01-15',
    opening: ['remark:刘鹤'],
    asker: '问',
    answerers: Array(4).fill('刘鹤'),
  },
  {
    file: '08_rmrb_20200225_yangheqing_bare-jizhe-layout.txt',
    title: '食用野生动物，重罚！',
    subtitle: '全国人大常委会法工委有关部门负责人答记者问',
    date: '2020-02-24',
    opening: [],
    asker: '记者',
    answerers: ['臧铁伟', '杨合庆', '杨合庆', '杨合庆', '杨合庆', '臧铁伟'],
    headlines: [
      '修法前及时明确全面禁食野生动物',
      '确立全面禁食野生动物的制度',
      '严管非食用性利用野生动物',
      '斩断非法野生动物交易利益链条',
      '采取措施保证决定有效实施',
      '今年将修改野生动物保护法',
    ],
  },
  {
    file: '09_rmrb_20200117_wuwenhui_interview.txt',
    title: '互联网加速文学进化（关于网络文学的对话②）',
    date: '2020-01-17',
    opening: [],
    asker: '记者',
    answerers: Array(7).fill('吴文辉'),
  },
  {
    file: '10_rmrb_20191028_mimafa_wen-da-layout.txt',
    title: '维护国家密码安全 促进密码事业发展',
    subtitle: '国家密码管理局负责人就《中华人民共和国密码法》答记者问',
    dateline: '新华社北京10月27日电',
    date: '2019-10-27',
    opening: [],
    asker: '问',
    answerers: Array(6).fill('国家密码管理局负责人'),
    source: '新华社北京10月27日电',
  },
];

describe.skipIf(!existsSync(dir))('答记者问 and interviews', () => {
  describe.each(existsSync(dir) ? exchanges : [])('$file', (e) => {
    const t = read(e.file);
    const asked = t.topics.filter((tp) => tp.turns.some((u) => u.role === 'question'));

    it('reads the header into its own fields', () => {
      expect({ kicker: t.kicker, title: t.title, subtitle: t.subtitle, dateline: t.dateline, date: t.date, source: t.source }).toEqual({
        kicker: e.kicker,
        title: e.title,
        subtitle: e.subtitle,
        dateline: e.dateline,
        date: e.date,
        source: e.source,
      });
      expect(t.intro ?? '').not.toMatch(/^(新华社|本报)/);
    });

    it('gives every question to the asker and every answer to the one who gave it', () => {
      const opening = t.topics.filter((tp) => !tp.turns.some((u) => u.role === 'question')).flatMap((tp) => tp.turns.map((u) => `${u.role}:${u.speaker}`));
      expect(opening).toEqual(e.opening);
      expect(asked.map((tp) => tp.turns.map((u) => (u.role === 'question' ? `Q:${u.label ?? u.speaker}` : `${u.role}:${u.speaker}`)))).toEqual(
        e.answerers.map((a) => [`Q:${e.asker}`, `answer:${a}`]),
      );
    });

    it('leaves no label in a paragraph', () => {
      for (const p of t.topics.flatMap((tp) => tp.turns.flatMap((u) => u.paragraphs))) {
        expect(p).not.toMatch(/^(问|答|记者|追问|主持人)[：:]/u);
        expect(e.answerers.some((a) => p.startsWith(`${a}：`))).toBe(false);
      }
    });

    if (e.headlines) {
      it('heads each exchange with its subheading', () => {
        expect(asked.map((tp) => tp.headline ?? tp.label)).toEqual(e.headlines);
      });
    }
  });
});
