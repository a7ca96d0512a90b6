import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/transcript/parse.js';
import type { Transcript } from '../../src/transcript/model.js';

/** Lines joined with blank lines between them, as newspapers print. */
const doc = (...lines: string[]) => lines.join('\n\n');
const shape = (t: Transcript) => t.topics.map((tp) => [tp.label, ...tp.turns.map((u) => `${u.role}:${u.speaker}:${u.paragraphs.length}`)]);
const kinds = (t: Transcript) => t.repairs.map((r) => `${r.kind}@${r.line}`);

const Q1 = '甲乙记者:请问您如何看待两国关系的发展前景?';
const A1 = '张三:两国关系总体稳定,双方合作不断深化,前景十分广阔。';
const A1b = '我们愿同对方一道,继续推进各领域务实合作,造福两国人民。';
const Q2 = '丙丁电视台记者:今年的多边外交有哪些重点安排?';
const A2 = '张三:今年我们将主办多场重要多边活动,欢迎各方积极参与。';
const A2b = '多边主义是解决全球性挑战的正确道路,我们将坚定维护。';

describe('speaker turns', () => {
  it('reads "outlet记者:" questions, named answers and continuation paragraphs', () => {
    const t = parseTranscript(doc('标题', Q1, A1, A1b, Q2, A2));
    expect(shape(t)).toEqual([
      [expect.any(String), 'question:甲乙记者:1', 'answer:张三:2'],
      [expect.any(String), 'question:丙丁电视台记者:1', 'answer:张三:1'],
    ]);
    expect(t.topics[0]!.turns[0]!.paragraphs[0]).toBe('请问您如何看待两国关系的发展前景?');
    expect(t.topics[0]!.turns[1]!.paragraphs).toEqual(['两国关系总体稳定,双方合作不断深化,前景十分广阔。', A1b]);
  });

  it('accepts full-width colons and spaces after the label', () => {
    const t = parseTranscript(doc('标题', '甲乙记者： 问题是什么？', '张三：　回答如下。'));
    expect(t.topics[0]!.turns.map((u) => [u.speaker, u.paragraphs[0]])).toEqual([
      ['甲乙记者', '问题是什么？'],
      ['张三', '回答如下。'],
    ]);
  });

  it('does not take a phrase before a colon inside an answer for a speaker', () => {
    const t = parseTranscript(doc('标题', Q1, A1, '我要在此呼吁：不要再浪费宝贵时间。', '这次规模性政策筹措的资金分两大块：一块是赤字。', Q2, A2));
    expect(t.topics[0]!.turns[1]!.paragraphs).toHaveLength(3);
    expect(t.topics[0]!.turns[1]!.paragraphs[1]).toBe('我要在此呼吁：不要再浪费宝贵时间。');
  });

  it('takes a name used once as a speaker when it answers a question', () => {
    const t = parseTranscript(doc('标题', Q1, '李四：谢谢你的提问，我们的立场是一贯的。'));
    expect(t.topics[0]!.turns[1]).toMatchObject({ role: 'answer', speaker: '李四' });
  });

  it('reads 问/答 with the answerer named in the title, and 追问 as a question in the same topic', () => {
    const t = parseTranscript(
      doc(
        '2019年2月11日外交部发言人华春莹主持例行记者会',
        '问：第一个问题是什么？',
        '答：这是回答。',
        '追问：还有一个追问？',
        '答：这是对追问的回答。',
        '问：第二个问题？',
        '答：第二个回答。',
      ),
    );
    expect(t.topics.map((tp) => tp.turns.map((u) => `${u.role}:${u.speaker}`))).toEqual([
      ['question:', 'answer:华春莹', 'question:', 'answer:华春莹'],
      ['question:', 'answer:华春莹'],
    ]);
  });

  it('keeps two questions asked before one answer in one topic', () => {
    const t = parseTranscript(doc('标题', Q1, Q2, A1));
    expect(shape(t)).toEqual([[expect.any(String), 'question:甲乙记者:1', 'question:丙丁电视台记者:1', 'answer:张三:1']]);
  });
});

describe('the header, remarks and closing lines', () => {
  it('reads a title, a byline naming the answerer and an intro', () => {
    const t = parseTranscript(doc('今年外交将迎来新的时刻', '外交部长张三', '某会议于3月7日举行记者会,邀请外交部长张三回答中外记者提问。', Q1, A1));
    expect([t.title, t.byline, t.intro]).toEqual(['今年外交将迎来新的时刻', '外交部长张三', '某会议于3月7日举行记者会,邀请外交部长张三回答中外记者提问。']);
  });

  it('joins a title printed over two lines', () => {
    const t = parseTranscript(['张三在记者会上', '就外交政策回答中外记者提问', '', '本报北京5月24日电  会议24日举行视频记者会。', Q1, A1].join('\n'));
    expect(t.title).toBe('张三在记者会上就外交政策回答中外记者提问');
    expect(t.byline).toBeUndefined();
    expect(t.dateline).toBe('本报北京5月24日电');
    expect(t.intro).toBe('会议24日举行视频记者会。');
  });

  it('makes opening remarks and announcements before the first question a topic of remarks', () => {
    const labelled = parseTranscript(doc('标题', '本报北京电 会议举行记者会。', '张三：各位记者朋友，大家好！', Q1, A1));
    expect(shape(labelled)).toEqual([
      ['开场白', 'remark:张三:1'],
      [expect.any(String), 'question:甲乙记者:1', 'answer:张三:1'],
    ]);
    const unlabelled = parseTranscript(
      doc('外交部发言人华春莹主持例行记者会', '一、首先我向大家通报一组数字。', '二、另一项通报。', '问：问题？', '答：回答。'),
    );
    expect(shape(unlabelled)[0]).toEqual(['开场白', 'remark:华春莹:2']);
  });

  it('moves closing lines about the press conference to notes', () => {
    const t = parseTranscript(doc('标题', Q1, A1, A1b, '记者会历时1小时40分钟。'));
    expect(t.notes).toEqual(['记者会历时1小时40分钟。']);
    expect(t.topics[0]!.turns[1]!.paragraphs).toEqual(['两国关系总体稳定,双方合作不断深化,前景十分广阔。', A1b]);
  });

  it('takes a trailing source attribution, on the last line or alone', () => {
    const inline = parseTranscript(doc('标题', Q1, A1, `${A1b} 据新华社`));
    expect(inline.source).toBe('据新华社');
    expect(inline.topics[0]!.turns[1]!.paragraphs.at(-1)).toBe(A1b);
    const alone = parseTranscript(doc('标题', Q1, A1, A1b, '（据新华社电）'));
    expect(alone.source).toBe('据新华社电');
    expect(alone.topics[0]!.turns[1]!.paragraphs.at(-1)).toBe(A1b);
    const mid = parseTranscript(doc('标题', Q1, '张三:我们据新华社报道得知此事。'));
    expect(mid.source).toBeUndefined();
  });

  it('reads a reported block of numbered questions after the conference', () => {
    const t = parseTranscript(
      doc(
        '外交部发言人华春莹主持例行记者会',
        Q1,
        '华春莹：回答一。',
        '会后，有记者问及：一、第一件事怎么看？',
        '华春莹：回答二。',
        '二、第二件事你能否证实？',
        '华春莹：回答三。',
        '补充说明。',
      ),
    );
    expect(shape(t).map((s) => s.slice(1))).toEqual([
      ['question:甲乙记者:1', 'answer:华春莹:1'],
      ['question::1', 'answer:华春莹:1'],
      ['question::1', 'answer:华春莹:2'],
    ]);
    expect(t.topics[1]!.turns[0]!.paragraphs[0]).toBe('会后，有记者问及：一、第一件事怎么看？');
  });
});

describe('headings and layout debris', () => {
  it('splits a heading into label and headline when a turn follows', () => {
    const t = parseTranscript(doc('标题', '双边关系 成熟稳定的双边关系 站在前列', Q1, A1));
    expect(t.topics[0]).toMatchObject({ label: '双边关系', headline: '成熟稳定的双边关系 站在前列' });
  });

  it('drops punctuation-only lines and running heads into repairs', () => {
    const t = parseTranscript(
      ['标题', '双边关系 前景广阔', Q1, A1, '就“外交政策”回答记者提问 以确定性稳住世界', '“', '■两国关系总体稳定,双方合作不断深化。'].join('\n'),
    );
    expect(kinds(t)).toEqual(['stray-line@5', 'stray-line@6']);
    expect(t.topics[0]!.turns[1]!.paragraphs).toEqual(['两国关系总体稳定,双方合作不断深化,前景十分广阔。']);
  });

  it('drops a header line printed again in the body (a running head)', () => {
    const t = parseTranscript(['今年外交将迎来新的时刻', Q1, A1, '今年外交将迎来新的时刻', A1b].join('\n'));
    expect(kinds(t)).toEqual(['stray-line@4']);
    expect(t.topics[0]!.turns[1]!.paragraphs).toEqual(['两国关系总体稳定,双方合作不断深化,前景十分广阔。', A1b]);
  });

  it('does not take numbered points for speakers, even when they recur', () => {
    const t = parseTranscript(doc('标题', Q1, A1, '第一：坚持对话。', '第二：坚持合作。', '一是：巩固团结。', '一是：推进和谈。'));
    expect(t.topics[0]!.turns.map((u) => u.paragraphs.length)).toEqual([1, 5]);
  });
});

describe('pull quotes', () => {
  it('links each quote to the topic whose answer holds it, tolerating small edits', () => {
    const t = parseTranscript(
      doc(
        '标题',
        '话题一 第一',
        Q1,
        A1,
        '话题二 第二',
        Q2,
        A2,
        A2b,
        '■多边主义是解决全球性挑战的正确道路,我们要坚定维护。',
        '■两国关系总体稳定,前景十分广阔。',
        '■台湾从来不是一个国家,过去不是,今后更绝无可能。',
      ),
    );
    expect(t.quotes).toEqual([
      { text: '多边主义是解决全球性挑战的正确道路,我们要坚定维护。', topic: 2 },
      { text: '两国关系总体稳定,前景十分广阔。', topic: 1 }, // abridged, as pull quotes are
      { text: '台湾从来不是一个国家,过去不是,今后更绝无可能。', topic: null },
    ]);
  });

  it('links a quote to the topic that holds it closely enough', () => {
    const t = parseTranscript(doc('标题', Q1, A1, '■两国关系总体稳定,双方合作不断深化。'));
    expect(t.quotes[0]!.topic).toBe(1);
  });
});

describe('repeats, splits and fragments', () => {
  const H1 = '话题一 第一个话题';
  const H2 = '话题二 第二个话题';
  const New = '这是重复版面里才出现的新段落,它属于第一个话题。';

  it('collapses a repeated section: old paragraphs dropped, new ones join the first occurrence', () => {
    const t = parseTranscript(doc('标题', H1, Q1, A1, H2, Q2, A2, H1, Q1, A1, A1b, New, A2b));
    expect(shape(t)).toEqual([
      ['话题一', 'question:甲乙记者:1', 'answer:张三:4'],
      ['话题二', 'question:丙丁电视台记者:1', 'answer:张三:1'],
    ]);
    expect(t.topics[0]!.turns[1]!.paragraphs.slice(1)).toEqual([A1b, New, A2b]);
    // A2b appeared first inside the repeat of 话题一: it stays there (where it first appeared).
    expect(kinds(t)).toEqual([
      'duplicate-section@15',
      'duplicate-paragraph@17',
      'duplicate-paragraph@19',
      'moved-paragraph@21',
      'moved-paragraph@23',
      'moved-paragraph@25',
    ]);
  });

  it("places a repeat's new paragraph after the paragraph it follows in the repeat", () => {
    const t = parseTranscript(doc('标题', H1, Q1, A1, A1b, H2, Q2, A2, H1, Q1, A1, New, A1b));
    expect(t.topics[0]!.turns[1]!.paragraphs.slice(1)).toEqual([New, A1b]);
  });

  it('drops a wholly repeated section and a paragraph spliced in from another topic', () => {
    const t = parseTranscript(doc('标题', H1, Q1, A1, A1b, H2, Q2, A2, A1b, H2, Q2, A2));
    expect(shape(t)).toEqual([
      ['话题一', 'question:甲乙记者:1', 'answer:张三:2'],
      ['话题二', 'question:丙丁电视台记者:1', 'answer:张三:1'],
    ]);
    expect(kinds(t)).toEqual(['duplicate-paragraph@17', 'duplicate-section@19', 'duplicate-paragraph@21', 'duplicate-paragraph@23']);
  });

  it('treats a repeated question as a repeated section when there are no headings', () => {
    const t = parseTranscript(doc('标题', Q1, A1, Q2, A2, Q1, A1, New));
    expect(shape(t).map((s) => s.slice(1))).toEqual([
      ['question:甲乙记者:1', 'answer:张三:2'],
      ['question:丙丁电视台记者:1', 'answer:张三:1'],
    ]);
  });

  it('joins a paragraph split mid-sentence by a page break', () => {
    const t = parseTranscript(doc('标题', Q1, '张三:而芬太尼在美国的滥', '用是美国自身要面对和解决的问题。', '第二段。'));
    expect(t.topics[0]!.turns[1]!.paragraphs).toEqual(['而芬太尼在美国的滥用是美国自身要面对和解决的问题。', '第二段。']);
    expect(kinds(t)).toEqual(['joined-split@7']);
  });

  it('does not join after a colon, a full stop, or before a list item', () => {
    const t = parseTranscript(doc('标题', Q1, '张三:还应坚持三条原则：', '首先要坚持自主。', '一是巩固团结，', '二是推进和谈。'));
    expect(t.topics[0]!.turns[1]!.paragraphs).toHaveLength(4);
  });

  it('drops a truncated copy of a paragraph found whole elsewhere', () => {
    const whole = '中国一贯坚决打击贩毒制毒,是当今世界禁毒政策最严格的国家。而芬太尼在美国的滥用是美国自身的问题。';
    const head = '中国一贯坚决打击贩毒制毒,是当今世界禁毒政策最严格的国家。而芬太尼在美国的滥';
    const t = parseTranscript(doc('标题', H1, Q1, `张三:${whole}`, H2, Q2, A2, head));
    expect(t.topics[1]!.turns[1]!.paragraphs).toEqual(['今年我们将主办多场重要多边活动,欢迎各方积极参与。']);
    expect(kinds(t)).toEqual(['dropped-fragment@15']);
    // A copy that starts mid-sentence is a fragment in copy whose layout repeats blocks (Q2 printed twice).
    const tail = parseTranscript(doc('标题', Q1, `张三:${whole}`, Q2, A2, '用是美国自身的问题。', Q2, A2));
    expect(kinds(tail)).toContain('dropped-fragment@11');
    const clean = parseTranscript(doc('标题', Q1, `张三:${whole}`, Q2, A2, '用是美国自身的问题。'));
    expect(kinds(clean)).toEqual([]);
  });

  it('keeps short paragraphs that repeat legitimately', () => {
    const t = parseTranscript(doc('标题', Q1, '张三:谢谢。', Q2, '张三:谢谢。'));
    expect(t.topics.map((tp) => tp.turns[1]!.paragraphs)).toEqual([['谢谢。'], ['谢谢。']]);
    expect(t.repairs).toEqual([]);
  });
});

describe('labels for topics without headings', () => {
  it('takes the subject the question and answer share', () => {
    const t = parseTranscript(doc('标题', '甲记者：中方如何看待中日韩关系发展？', '王五：中日韩三国是友好近邻。中日韩合作潜力巨大。'));
    // The shared name with the head noun that says what about it ("关系"), without the general tail ("发展").
    expect(t.topics[0]!.label).toBe('中日韩关系');
  });

  it('names the subject in whole words when the answer repeats nothing', () => {
    const t = parseTranscript(doc('标题', '甲记者：据报道，美国代表团今天抵达北京，有何评论？', '王五：请你向主管部门询问。'));
    expect(t.topics[0]!.label).toBe('美国代表团');
  });
});

describe('totality', () => {
  it.each(['', '\n\n', '：', '问：', '■', '■■', '“', 'a:b', '王毅:', '\ufeff'])('parses %j without failing inside (no fallback)', (s) => {
    // parseTranscript itself never throws: an internal failure would show as an 'other' repair.
    expect(parseTranscript(s).repairs.filter((r) => r.kind === 'other')).toEqual([]);
  });
});
