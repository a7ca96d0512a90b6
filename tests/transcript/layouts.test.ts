import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';
import type { Transcript } from '../../src/transcript/model.js';
import { shownSpeaker } from '../../src/transcript/voice.js';
import { unaccountedLines } from './accounting.js';

// Layouts of Chinese Q&A text, written here in the shape each takes in print (not copied from any
// file): every test states who says what.

const doc = (...lines: string[]) => lines.join('\n');
/** Every turn as role:speaker, topic by topic. */
const voices = (t: Transcript) => t.topics.map((tp) => tp.turns.map((u) => `${u.role}:${u.speaker}`));
const paragraphs = (t: Transcript) => t.topics.flatMap((tp) => tp.turns.flatMap((u) => u.paragraphs));

function expectAccounted(raw: string, t: Transcript): void {
  expect(unaccountedLines(raw, t)).toEqual([]);
}

describe('numbered questions', () => {
  it.each([
    ['the number before the label', ['1　问：第一个问题是什么？', '答：第一个回答。', '2　问：第二个问题呢？', '答：第二个回答。']],
    ['no-break spaces after the number', ['1\u00a0\u00a0问：第一个问题是什么？', '答：第一个回答。', '2\u00a0\u00a0问：第二个问题呢？', '答：第二个回答。']],
    ['the number on its own line', ['　　1', '　　问：第一个问题是什么？', '答：第一个回答。', '　　2', '　　问：第二个问题呢？', '答：第二个回答。']],
  ])('%s: a number is structure, never text', (_, lines) => {
    const raw = doc('某部负责人就新规定答记者问', ...lines);
    const t = parseTranscript(raw);
    expect(t.topics.map((tp) => tp.turns[0]!.number)).toEqual([1, 2]);
    expect(t.topics[0]!.turns[0]!.paragraphs).toEqual(['第一个问题是什么？']);
    expect(paragraphs(t).some((p) => /^\d/.test(p))).toBe(false);
    expect(voices(t)).toEqual([
      ['question:', 'answer:某部负责人'],
      ['question:', 'answer:某部负责人'],
    ]);
    expectAccounted(raw, t);
  });

  it('does not take a numbered list item inside an answer for a question', () => {
    const t = parseTranscript(doc('标题', '问：有哪些措施？', '答：有三条。', '1. 张三：这是一条引语。', '2. 加强协调。'));
    expect(t.topics).toHaveLength(1);
    expect(t.topics[0]!.turns[1]!.paragraphs).toHaveLength(3);
  });
});

describe('bare askers and named answerers', () => {
  const raw = doc(
    '食用野味，重罚！',
    '——某委员会有关部门负责人答记者问',
    '　　24日，某委员会表决通过了一项决定。同一天，有关部门负责人回答了记者提问。',
    '修法前先明确禁食范围',
    '　　记者：这个决定的主要考虑是什么？',
    '　　某委员会法工委经济法室副主任甲乙丙：疫情发生以来，社会各界广泛关注。',
    '　　出台专门决定十分必要。',
    '严格管理非食用性利用',
    '　　记者：需要把握好哪些界限？',
    '　　甲乙丙：需要把握好以下几点。',
    '　　要做好以下工作：一是加强宣传。',
    '今年将修改保护法',
    '　　记者：下一步有哪些考虑？',
    '　　某委员会法工委发言人、研究室主任丁戊己：按照部署，将抓紧修改保护法。',
  );
  const t = parseTranscript(raw);

  it('reporters ask; the answerer labelled with office and name is named, the office kept apart', () => {
    expect(voices(t)).toEqual([
      ['question:记者', 'answer:甲乙丙'],
      ['question:记者', 'answer:甲乙丙'],
      ['question:记者', 'answer:丁戊己'],
    ]);
    expect(t.topics[0]!.turns[1]).toMatchObject({
      title: '某委员会法工委经济法室副主任',
      paragraphs: ['疫情发生以来，社会各界广泛关注。', '出台专门决定十分必要。'],
    });
    expect(t.topics[2]!.turns[1]!.title).toBe('某委员会法工委发言人、研究室主任');
    expect(t.topics[1]!.turns[1]!.paragraphs).toEqual(['需要把握好以下几点。', '要做好以下工作：一是加强宣传。']);
  });

  it('heads each exchange with its subheading; the narration before the first question has no speaker', () => {
    expect(t.topics.map((tp) => tp.headline ?? tp.label)).toEqual(['修法前先明确禁食范围', '严格管理非食用性利用', '今年将修改保护法']);
    expect(t.title).toBe('食用野味，重罚！');
    expect(t.subtitle).toBe('某委员会有关部门负责人答记者问');
    expect(t.intro).toMatch(/^24日，某委员会表决通过/);
    expect(t.topics[0]!.turns[1]!.paragraphs.at(-1)).toBe('出台专门决定十分必要。');
    expectAccounted(raw, t);
  });
});

describe('who answers when the answer is labelled 答', () => {
  it('the person the subtitle names', () => {
    const t = parseTranscript(
      doc(
        '标题一行',
        '——中央组织部负责人就《干部任用条例》答记者问',
        '新华社北京1月15日电 近日，中共中央印发了条例。',
        '问：请介绍条例的背景。',
        '答：条例的修订十分必要。',
      ),
    );
    expect(voices(t)).toEqual([['question:', 'answer:中央组织部负责人']]);
    expect(t.dateline).toBe('新华社北京1月15日电');
    expect(t.intro).toBe('近日，中共中央印发了条例。');
  });

  it('the spokesperson the title names, in a briefing that mixes 问 and 记者 (never the reporter)', () => {
    const t = parseTranscript(
      doc(
        '2019年6月18日外交部发言人甲乙主持例行记者会',
        '问：第一个问题？',
        '答：第一个回答。',
        '问：第二个问题？',
        '答：第二个回答。',
        '记者：你刚才的回答是不是意味着什么？',
        '答：我的意思很清楚。',
      ),
    );
    expect(voices(t)).toEqual([
      ['question:', 'answer:甲乙'],
      ['question:', 'answer:甲乙', 'question:记者', 'answer:甲乙'],
    ]);
  });

  it("a verb of saying after the name: the label is narration, the words the speaker's", () => {
    const raw = doc('外交部发言人丙丁答记者问', '问：中方对此有何评论？', '丙丁表示：我们注意到有关报道。');
    const t = parseTranscript(raw);
    expect(t.topics[0]!.turns.map((u) => [u.role, u.speaker, u.paragraphs[0]])).toEqual([
      ['question', '', '中方对此有何评论？'],
      ['narration', '', '丙丁表示：'],
      ['answer', '丙丁', '我们注意到有关报道。'],
    ]);
    expectAccounted(raw, t);
  });
});

describe('opening statements, narration and interviews', () => {
  it("the answerer's opening statement is a remark; narration before it has no speaker", () => {
    const t = parseTranscript(
      doc(
        '坚持平等 实现共赢',
        '——甲乙就签署协议答记者问',
        '本报华盛顿1月15日电  （记者丙、丁）两国15日正式签署协议。',
        '记者会开始时，主持人介绍了来宾。',
        '甲乙：今天，两国正式签署了协议。',
        '协议签署后，双方将共同努力。',
        '问：请介绍协议的主要内容？',
        '答：协议包括八个章节。',
      ),
    );
    expect(t.credits).toEqual(['记者丙、丁']);
    expect(voices(t)).toEqual([
      ['narration:', 'remark:甲乙'],
      ['question:', 'answer:甲乙'],
    ]);
    expect(t.topics[0]!.turns[1]!.paragraphs).toHaveLength(2);
  });

  it('an interviewer labelled by name asks when no label says 问 or 记者', () => {
    const t = parseTranscript(
      doc('一场对话', '甲乙：您怎么看今年的形势？', '丙丁：总体稳定，稳中有进。', '甲乙：下一步的重点是什么？', '丙丁：重点是改革。', '改革要抓住关键。'),
    );
    expect(voices(t)).toEqual([
      ['question:甲乙', 'answer:丙丁'],
      ['question:甲乙', 'answer:丙丁'],
    ]);
  });

  it("a reporter's words inside an answer are the reporter's", () => {
    const t = parseTranscript(
      doc(
        '外交部发言人甲乙主持例行记者会',
        '问：还有其他人被拘押吗？',
        '答：你听说还有？（记者：没有。）我也没有听说。',
        '记者解释：有媒体这么报道。',
        '答：请你提供具体信息。',
      ),
    );
    expect(t.topics[0]!.turns.map((u) => `${u.role}:${u.speaker}:${u.paragraphs.join('|')}`)).toEqual([
      'question::还有其他人被拘押吗？',
      'answer:甲乙:你听说还有？',
      'remark:记者:没有。',
      'answer:甲乙:我也没有听说。',
      'remark:记者:有媒体这么报道。',
      'answer:甲乙:请你提供具体信息。',
    ]);
  });
});

describe('a roundtable with credits, a box and sections', () => {
  const raw = doc(
    '让乡村振兴跑出加速度',
    '核心阅读',
    '　　乡村振兴进入新阶段，怎样推动产业兴旺？本期邀请两位专家对话。',
    '对话人：',
    '甲乙丙　某大学农业经济学院教授',
    '丁戊　某研究院研究员',
    '主持人：己庚（本报记者）',
    '一、产业是基础',
    '　　主持人：乡村产业发展现状如何？',
    '　　甲乙丙：总体向好，但还有短板。',
    '　　丁戊：我同意，关键是补齐短板。',
    '　　主持人：短板主要在哪里？',
    '　　丁戊：主要在人才和资金。',
    '二、人才是关键',
    '　　主持人：怎样留住人才？',
    '　　甲乙丙：要让人才有奔头。',
    '　　制图：辛壬',
  );
  const t = parseTranscript(raw);

  it('the host asks, the guests answer in turn, the sections group the exchanges', () => {
    expect(t.topics.map((tp) => tp.label)).toEqual(['一、产业是基础', '二、人才是关键'].map((h) => (Array.from(h).length <= 8 ? h : expect.any(String))));
    expect(t.topics.map((tp) => tp.headline ?? tp.label)).toEqual(['一、产业是基础', '二、人才是关键']);
    expect(voices(t)).toEqual([
      ['question:主持人', 'answer:甲乙丙', 'answer:丁戊', 'question:主持人', 'answer:丁戊'],
      ['question:主持人', 'answer:甲乙丙'],
    ]);
  });

  it('credits and the box are metadata, never turns', () => {
    expect(t.credits).toEqual(['对话人：', '甲乙丙　某大学农业经济学院教授', '丁戊　某研究院研究员', '主持人：己庚（本报记者）', '制图：辛壬']);
    expect(t.notes).toEqual(['核心阅读', '乡村振兴进入新阶段，怎样推动产业兴旺？本期邀请两位专家对话。']);
    expect(paragraphs(t).some((p) => /己庚|辛壬|核心阅读/u.test(p))).toBe(false);
    expectAccounted(raw, t);
  });
});

describe('the header: each field on its own', () => {
  it('kicker, title, subtitle, dateline and intro', () => {
    const t = parseTranscript(
      doc(
        '国务院新闻办举行发布会',
        '介绍稳就业政策措施',
        '——人社部负责人答记者问',
        '新华社北京3月2日电 国务院新闻办公室2日举行新闻发布会。',
        '问：今年的就业形势如何？',
        '答：总体稳定。',
      ),
      {
        nameDate: '2021-03-03',
      },
    );
    expect([t.kicker, t.title, t.subtitle, t.dateline, t.intro]).toEqual([
      '国务院新闻办举行发布会',
      '介绍稳就业政策措施',
      '人社部负责人答记者问',
      '新华社北京3月2日电',
      '国务院新闻办公室2日举行新闻发布会。',
    ]);
    expect(t.date).toBe('2021-03-02');
    expect(voices(t)).toEqual([['question:', 'answer:人社部负责人']]);
  });

  it('a title over two lines is one title', () => {
    const t = parseTranscript(doc('甲乙在记者会上', '就外交政策回答中外记者提问', '问：你好？', '甲乙：你好。'));
    expect([t.kicker, t.title]).toEqual([undefined, '甲乙在记者会上就外交政策回答中外记者提问']);
  });

  it('the first line is the title even when it quotes its speaker', () => {
    const t = parseTranscript(doc('甲乙：中国政府决定派遣医疗专家组', '外交部发言人甲乙宣布：', '为帮助有关国家应对疫情，中国政府决定派遣医疗专家组。'));
    expect(t.title).toBe('甲乙：中国政府决定派遣医疗专家组');
    expect(t.topics[0]!.turns.map((u) => `${u.role}:${u.speaker}`)).toEqual(['narration:', 'remark:甲乙']);
  });
});

describe('dates of the event', () => {
  const date = (lines: string[], nameDate?: string) => parseTranscript(doc(...lines, '问：问题？', '答：回答。'), nameDate ? { nameDate } : {}).date;
  it.each([
    ['a full date in the title', ['2019年2月11日外交部发言人甲乙主持例行记者会'], undefined, '2019-02-11'],
    ['a dateline, the year from the publication', ['标题', '新华社北京2月23日电 近日印发了文件。'], '2019-02-24', '2019-02-23'],
    ['a dateline in late December, published in January', ['标题', '本报北京12月31日电 会议举行。'], '2020-01-02', '2019-12-31'],
    ['the day alone, in a news lead', ['标题', '24日，会议表决通过了决定。'], '2020-02-25', '2020-02-24'],
    ['the event sentence of the intro', ['标题', '某会议于3月7日上午举行记者会。'], '2025-03-08', '2025-03-07'],
    ['a date further in the intro is not the event', ['标题', '日前，某法审议通过，自2020年1月1日起施行。'], '2019-10-28', '2019-10-28'],
    ['no date anywhere', ['外交部发言人甲乙答记者问'], undefined, undefined],
  ])('%s', (_, lines, nameDate, expected) => {
    expect(date(lines, nameDate)).toBe(expected);
  });
});

describe('splices', () => {
  // The spliced clause belongs where its words are at home: the answer about the organisation.
  const A =
    '今年是组织的“中国年”,组织诞生于中国,以上海命名,今秋我国将在天津主办组织峰会,共建更加紧密的命运共同体,让组织从中国再出发,推动构建更加紧密的命运共同体。';
  const B = '上个月,中方在安理会主持召开以“践行多边主义”为主题的会议,让组织从中国再出发,推动构建更加紧密的命运共同体。';
  const exchanges = [
    '甲记者：今年在天津举行的峰会有何安排？',
    `王五：峰会将在天津举行。${A}`,
    '丙记者：联合国的作用是什么？',
    `王五：联合国的作用不可替代。${B}`,
  ];
  it('cuts a tail spliced into another topic mid-sentence in damaged copy, and says so', () => {
    // The layout printed the first exchange twice: this copy is damaged.
    const t = parseTranscript(doc('标题', ...exchanges, ...exchanges.slice(0, 2)));
    expect(t.topics[1]!.turns[1]!.paragraphs[0]).toBe('联合国的作用不可替代。上个月,中方在安理会主持召开以“践行多边主义”为主题的会议,');
    expect(t.topics[0]!.turns[1]!.paragraphs[0]).toContain('推动构建更加紧密的命运共同体。');
    expect(t.repairs.map((r) => r.kind)).toContain('spliced-text');
  });

  it('leaves the same words alone in clean copy: there, the speaker said them twice', () => {
    const t = parseTranscript(doc('标题', ...exchanges));
    expect(t.repairs).toEqual([]);
    expect(t.topics[1]!.turns[1]!.paragraphs[0]).toBe(`联合国的作用不可替代。${B}`);
  });

  it('keeps a sentence said again, whole or announced', () => {
    const stock = '我们敦促有关方面立即改弦更张、纠正错误，停止对媒体的无理限制和政治打压。';
    const again = parseTranscript(
      doc('标题', '甲记者：中方如何回应？', `王五：责任不在中方。${stock}`, '丙记者：还会有进一步措施吗？', `王五：我们的立场很明确。${stock}`),
    );
    expect(again.repairs).toEqual([]);
    const said = parseTranscript(
      doc('标题', '甲记者：两国关系如何？', `王五：两国是伙伴。${stock}`, '丙记者：分歧怎么办？', `王五：我刚才也说过，${stock.slice(2)}`),
    );
    expect(said.repairs).toEqual([]);
  });
});

describe('text in which no one speaks', () => {
  it('is read whole, never as empty', () => {
    const raw = 'Hello world.\n\nThis is a note.\n';
    const t = parseTranscript(raw);
    expect(t.title).toBe('Hello world.');
    expect(t.topics.flatMap((tp) => tp.turns.map((u) => u.role))).toEqual(['narration']);
    expect(paragraphs(t)).toEqual(['This is a note.']);
    expectAccounted(raw, t);
  });
});

describe('shown speakers: roles survive without colour', () => {
  it.each([
    [{ role: 'question', speaker: '', label: '问' }, '问'],
    [{ role: 'question', speaker: '', label: '追问' }, '追问'],
    [{ role: 'question', speaker: '路透社记者' }, '路透社记者'],
    [{ role: 'question', speaker: '', label: '问', number: 3 }, '3 问'],
    [{ role: 'answer', speaker: '华春莹', label: '答' }, '华春莹'],
    [{ role: 'answer', speaker: '', label: '答' }, '答'],
    [{ role: 'remark', speaker: '记者', label: '记者解释' }, '记者'],
    [{ role: 'narration', speaker: '' }, ''],
  ] as const)('%j → %s', (turn, shown) => {
    expect(shownSpeaker(turn)).toBe(shown);
  });
});

describe('a press conference with a host', () => {
  it('the host moderates where reporters ask: remarks, never questions or answers', () => {
    const raw = doc(
      '国务院新闻办公室举行新闻发布会',
      '主持人袭艳春：女士们、先生们，下午好。今天我们邀请到有关负责人介绍情况。',
      '某部部长甲乙丙：谢谢主持人。今年以来，各项工作稳步推进。',
      '主持人袭艳春：下面请记者朋友提问。',
      '中央广播电视总台央视记者：今年的重点工作是什么？',
      '甲乙丙：重点是稳就业。',
      '主持人袭艳春：今天的发布会到此结束。谢谢大家。',
    );
    const t = parseTranscript(raw);
    expect(voices(t)).toEqual([
      ['remark:袭艳春', 'remark:甲乙丙', 'remark:袭艳春'],
      ['question:中央广播电视总台央视记者', 'answer:甲乙丙', 'remark:袭艳春'],
    ]);
    expect(t.topics[0]!.turns[0]!.title).toBe('主持人');
    expectAccounted(raw, t);
  });
});

describe('other ways of printing a label', () => {
  it('a two-character name spaced out (王　毅：) is the name', () => {
    const t = parseTranscript(doc('标题', '新华社记者：今年外交有哪些看点？', '王　毅：看点很多。', '路透社记者：中美关系如何？', '王　毅：关键是相互尊重。'));
    expect(voices(t)).toEqual([
      ['question:新华社记者', 'answer:王毅'],
      ['question:路透社记者', 'answer:王毅'],
    ]);
  });

  it.each([
    ['（1）问：', '（2）问：'],
    ['一、问：', '二、问：'],
    ['1.问：', '2.问：'],
  ])('questions numbered %s %s', (a, b) => {
    const t = parseTranscript(doc('某局负责人答记者问', `${a}第一问是什么？`, '答：第一答。', `${b}第二问是什么？`, '答：第二答。'));
    expect(t.topics.map((tp) => [tp.turns[0]!.number, tp.turns[0]!.paragraphs[0]])).toEqual([
      [1, '第一问是什么？'],
      [2, '第二问是什么？'],
    ]);
  });
});

describe('English briefings', () => {
  it('Q:/A:/Follow-up:, the spokesperson named in the title, announcements first', () => {
    const raw = doc(
      "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on February 11, 2019",
      'At the invitation of the Munich Security Conference, a Chinese delegation will attend the conference.',
      'Q: What is your comment on the report?',
      'A: We have noted the report.',
      'Follow-up: Does that mean China disagrees?',
      'A: I have made our position clear.',
    );
    const t = parseTranscript(raw);
    expect(voices(t)).toEqual([['remark:Hua Chunying'], ['question:', 'answer:Hua Chunying', 'question:', 'answer:Hua Chunying']]);
    expect(t.topics[1]!.turns.map((u) => shownSpeaker(u))).toEqual(['Q', 'Hua Chunying', 'Follow-up', 'Hua Chunying']);
    expect([t.title, t.date, t.event]).toEqual([
      "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on February 11, 2019",
      '2019-02-11',
      'Foreign Ministry Regular Press Conference',
    ]);
    expectAccounted(raw, t);
  });

  it('outlets printed like names ask, even once; the spokesperson answers', () => {
    const t = parseTranscript(
      doc(
        "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on June12, 2020",
        'Reuters: Can you confirm the report?',
        'Zhao Lijian: I am not aware of that.',
        'Bloomberg\u00a0News: A follow-up on the law. Will it apply to foreigners?',
        'Zhao Lijian: The law applies to a tiny few.',
        'The Globe and Mail: What about the two Canadians?',
        'Zhao Lijian: Their cases are being handled according to law.',
      ),
    );
    expect(voices(t)).toEqual([
      ['question:Reuters', 'answer:Zhao Lijian'],
      ['question:Bloomberg News', 'answer:Zhao Lijian'],
      ['question:The Globe and Mail', 'answer:Zhao Lijian'],
    ]);
    expect(t.date).toBe('2020-06-12');
  });

  it('a title without a year takes it from the file name, or leaves the date out', () => {
    const title = "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 10";
    expect(parseTranscript(doc(title, 'Q: Any news?', 'A: No.'), { nameDate: '2018-09-11' }).date).toBe('2018-09-10');
    expect(parseTranscript(doc(title, 'Q: Any news?', 'A: No.')).date).toBeUndefined();
  });
});

describe('answers printed without a label', () => {
  it('in a text that labels no answer, the paragraph after a question answers it', () => {
    const raw = doc(
      '——某局负责人就新规定答记者问',
      '问：为什么出台新规定？',
      '新规定是形势所需。',
      '它将于明年施行。',
      '问：新规定有哪些亮点？这些亮点意味着什么？',
      '亮点有三个。',
    );
    const t = parseTranscript(raw);
    expect(voices(t)).toEqual([
      ['question:', 'answer:某局负责人'],
      ['question:', 'answer:某局负责人'],
    ]);
    expect(t.topics[0]!.turns[1]!.paragraphs).toEqual(['新规定是形势所需。', '它将于明年施行。']);
  });

  it('a question over two paragraphs stays one question until it asks', () => {
    const t = parseTranscript(doc('——某局负责人答记者问', '问：据报道，新规定明年施行。', '请问有哪些亮点？', '亮点有三个。'));
    expect(t.topics[0]!.turns.map((u) => `${u.role}:${u.paragraphs.length}`)).toEqual(['question:2', 'answer:1']);
  });

  it("where answers are labelled, a question's second paragraph is still the question", () => {
    const t = parseTranscript(doc('标题', '问：第一个问题？', '补充一句背景。', '答：回答。'));
    expect(t.topics[0]!.turns.map((u) => `${u.role}:${u.paragraphs.length}`)).toEqual(['question:2', 'answer:1']);
  });
});

describe("a reporter's word inside a 问 exchange, and the answer printed without 答", () => {
  it("记者 (Journalist) stays in the exchange; the unlabelled paragraph after it is the spokesperson's", () => {
    const zh = parseTranscript(
      doc(
        '2019年6月21日外交部发言人甲乙主持例行记者会',
        '问：美方为何暂停考试？',
        '答：你说和贸易摩擦有关，是你猜测的还是引述的？',
        '记者：这是部分人的猜测。',
        '那你向有关部门求证了吗？',
        '记者：我的同事已经询问了。',
        '我不了解你说的情况。',
        '问：下一个问题？',
        '答：下一个回答。',
      ),
    );
    expect(voices(zh)).toEqual([
      ['question:', 'answer:甲乙', 'question:记者', 'answer:甲乙', 'question:记者', 'answer:甲乙'],
      ['question:', 'answer:甲乙'],
    ]);
    const en = parseTranscript(
      doc(
        "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on June 21, 2019",
        'Q: Why was the exam suspended?',
        'A: Is that your guess?',
        'Journalist: Some people guess so.',
        'Then did you check with the ministry?',
        'Q: Next question?',
        'A: Next answer.',
      ),
    );
    expect(voices(en)).toEqual([
      ['question:', 'answer:Lu Kang', 'question:Journalist', 'answer:Lu Kang'],
      ['question:', 'answer:Lu Kang'],
    ]);
  });
});
