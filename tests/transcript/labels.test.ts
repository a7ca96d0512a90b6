import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkTopic } from '../../src/transcript/parse/dedupe.js';
import { cutAt, labelWidth, MAX_WIDTH } from '../../src/transcript/parse/label-phrases.js';
import { deriveLabels, REMARKS_LABEL } from '../../src/transcript/parse/labels.js';
import { parseTranscript } from '../../src/transcript/parse.js';
import { sanitize } from '../../src/transcript/sanitize.js';
import type { Topic } from '../../src/transcript/model.js';

const SEG = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries of `text` as Intl.Segmenter sees them. */
function boundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const s of SEG.segment(text)) out.add(s.index);
  return out;
}

/** The phrase occurs in one of the texts starting and ending on word boundaries (it cuts no word). */
function wholeWords(phrase: string, texts: string[]): boolean {
  return texts.some((text) => {
    const b = boundaries(text);
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (b.has(at) && b.has(at + phrase.length)) return true;
    }
    return false;
  });
}

/**
 * The label is whole words of the texts: one phrase, or two joined to tell two topics apart
 * ("艾衣提" + "视频"), or one numbered when nothing else is free ("记者证2").
 */
function cutsNoWord(label: string, texts: string[]): boolean {
  if (label === '提问' || wholeWords(label, texts)) return true;
  const bare = label.replace(/\d+$/u, '');
  if (bare !== label && (bare === '提问' || wholeWords(bare, texts))) return true;
  const chars = Array.from(label);
  for (let k = 1; k < chars.length; k++) {
    if (wholeWords(chars.slice(0, k).join(''), texts) && wholeWords(chars.slice(k).join(''), texts)) return true;
  }
  return false;
}

const para = (text: string) => ({ text, line: 1, lines: [1] });
const topic = (q: string | undefined, a: string): WorkTopic => ({
  line: 1,
  turns: [
    ...(q === undefined ? [] : [{ role: 'question' as const, speaker: '记者', paras: [para(q)] }]),
    { role: 'answer' as const, speaker: '发言人', paras: [para(a)] },
  ],
});

// Labels that read as no subject: who asks, how, filler clauses, and the fragments the old
// character-window labeller produced on the corpus.
const STOP = new Set([
  '问题',
  '情况',
  '政策',
  '措施',
  '合作',
  '细节',
  '提出',
  '出台',
  '中方',
  '你刚才说',
  '你一开始提到',
  '没有回答我的问题',
  '第一个问题',
  '是否',
  '如何',
  '有关',
  '报道',
  '表示',
]);
const BAD = [
  '土耳',
  '门问题',
  '平洋伙伴关系协定',
  '国家提供',
  '出台',
  '政策',
  '细节',
  '提出',
  '第一个问题',
  '没有回答我的问题',
  '你刚才说',
  '你一开始提到',
  '天内交还记者证',
  '他们采取措施',
  // Fragments users reported: a verb or modifier alone, a piece of a title, a phrase cut from its head.
  '定位',
  '起草',
  '突出',
  '时代',
  '总体',
  '战略',
  '共和国',
  '现代化',
  '海外中国',
  '民主',
];

function checkLabel(label: string, texts: string[]): void {
  expect(Array.from(label).length, label).toBeGreaterThanOrEqual(2);
  expect(labelWidth(label), label).toBeLessThanOrEqual(MAX_WIDTH);
  expect(STOP.has(label), label).toBe(false);
  expect(cutsNoWord(label, texts), `${label} cuts a word`).toBe(true);
}

// Question → answer pairs modelled on briefing questions, with the label a sidebar should show.
const exact: [string, string, string][] = [
  ['中方如何看待当前的阿富汗局势？', '当前阿富汗局势快速演变，阿富汗和平进程面临新的机遇。', '阿富汗局势'],
  ['您如何评价疫情发生以来的中俄关系？', '疫情发生以来，中俄关系保持高水平运行，中俄两国相互支持。', '中俄关系'],
  [
    '据报道，联合国秘书长也门问题特使呼吁冲突各方停火。中方对此有何评论？',
    '中方一贯支持政治解决也门问题，希望也门问题有关各方继续以也门人民利益为重。',
    '也门问题',
  ],
  ['据报道，一艘越南渔船在西沙海域沉没，你能否证实？', '越南渔船在中国西沙群岛内水侵渔，越南渔船撞到中国海警船。', '越南渔船'],
  ['中国打算参加跨太平洋伙伴关系协定（TPP）吗？', '至于刚才你提到TPP，中方对加入TPP持开放态度。', 'TPP'],
  ['中方将如何恢复受疫情影响的“一带一路”合作？', '“一带一路”的基础来自于为各国人民带来的切身利益，“一带一路”合作前景广阔。', '一带一路'],
  [
    '据报道，2月9日，土耳其外交部发言人就中国新疆地区有关情况和政策进行指责和批评。中方有何回应？',
    '我注意到土耳其外交部发言人的有关表态。中国驻土耳其使馆已作出回应，土耳其方面应当纠正错误。',
    '土耳其',
  ],
];

// Questions whose exact label is a judgement call: only the properties are checked.
const shaped: [string, string][] = [
  ['你刚才说，所有的选项也都在中方的桌面上。你能举个例子吗？', '我想，最好还是不要做这种假设或推断。'],
  ['你似乎还没有回答我的问题。中方在采取反制行动时是否考虑过降低紧张关系？', '我刚才说过了，造成当前局面的起因和责任不在中方。'],
  ['你一开始提到，中方明晚将同有关欧洲国家举行视频会议，你能告诉我具体有哪些国家参加吗？', '这里有一个国家名单，但还不能公布。'],
  ['第一个问题，澳大利亚上周注销了中国商人的居留签证。中方对此有何评论？', '关于第一个问题，我不了解有关情况。希望澳方公正处理。'],
  ['请问你能否证实此事？', '我不了解有关情况。'],
  ['？', '谢谢。'],
  ['美国“斯普鲁恩斯”号军舰进入南沙群岛有关岛礁邻近海域。请问中方对此有何评论？', '美国“斯普鲁恩斯”号军舰未经中国政府允许，擅自进入中国南沙群岛邻近海域。'],
];

describe('derived topic labels', () => {
  it.each(exact)('%s → its subject', (q, a, label) => {
    const [got] = deriveLabels([topic(q, a)]);
    expect(got).toBe(label);
    checkLabel(got!, [q, a]);
  });

  it.each(shaped)('%s → a short whole-word label', (q, a) => {
    const [got] = deriveLabels([topic(q, a)]);
    expect(got).toBeDefined();
    if (got === '提问') return; // nothing at all to name: the last resort
    checkLabel(got!, [q, a]);
  });

  it('gives topics without a question the remarks label, and headed topics their heading', () => {
    const headed: WorkTopic = { ...topic('中方如何看待中美关系？', '中美关系很重要。'), label: '中美关系' };
    const labels = deriveLabels([topic(undefined, '各位记者朋友，大家好！'), headed, topic('中方如何看待中美关系？', '中美关系很重要。')]);
    expect(labels[0]).toBe(REMARKS_LABEL);
    expect(labels[1]).toBe('中美关系');
    expect(labels[2]).not.toBe('中美关系');
  });

  it('makes labels distinct within a transcript, without numbers while another phrase is free', () => {
    const q1 = '美朝领导人第二次会晤将于2月27日至28日在越南河内举行。中方对此有何评论？';
    const a1 = '中方支持朝美第二次领导人会晤顺利举行，为实现半岛无核化作出贡献。';
    const q2 = '有报道称习近平主席将于近期与特朗普总统会晤，你能否证实？';
    const a2 = '关于中美元首会晤，目前我没有可以发布的消息。';
    const labels = deriveLabels([topic(q1, a1), topic(q2, a2)]);
    expect(new Set(labels).size).toBe(2);
    for (const l of labels) expect(l).not.toMatch(/\d$/u);
    checkLabel(labels[0]!, [q1, a1]);
    checkLabel(labels[1]!, [q2, a2]);
  });

  it('numbers identical questions only when nothing else tells them apart', () => {
    const q = '中方如何看待中日韩关系发展？';
    const a = '中日韩三国是友好近邻。';
    const labels = deriveLabels([topic(q, a), topic(q, a), topic(q, a)]);
    expect(new Set(labels).size).toBe(3);
  });

  it('is deterministic', () => {
    const topics = exact.map(([q, a]) => topic(q, a));
    expect(deriveLabels(topics)).toEqual(deriveLabels(topics));
  });
});

// Questions and answers assembled from briefing-like pieces: whatever the mix, every label is a
// short whole-word phrase of its question or answer (or the last resort), and no two are alike.
const PIECES = [
  '据报道，',
  '中方对此有何评论？',
  '你能否证实？',
  '你刚才说，',
  '美国国务卿蓬佩奥称，',
  '中美关系',
  '“一带一路”合作',
  '也门问题特使',
  '土耳其外交部发言人',
  '新冠肺炎疫情',
  '在全球蔓延，',
  '是否考虑取消这次会晤？',
  '驻美机构的记者证',
  '联合国安理会',
  '的',
  '斯普鲁恩斯号',
  '哈勒木别克·夏合曼',
  'TPP',
  '2月11日，',
  '第一个问题，',
  '还是关于新疆的问题。',
  '我们',
  '？',
  '。',
  '（CNN）',
  '《中华人民共和国国家安全法》',
  '《外交学人》',
  '两项规划的定位',
  '有哪些突出特点',
  '（Abdulkarimov Ivanovich）',
  '海外中国同胞',
  '这场疫情',
  '打赢脱贫攻坚战',
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }).map((ps) => ps.join(''));

describe('derived labels, on any mix of question pieces', () => {
  it('are short whole-word phrases of the question or answer, all distinct', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (pairs) => {
        const labels = deriveLabels(pairs.map(([q, a]) => topic(q, a)));
        expect(new Set(labels).size).toBe(labels.length);
        labels.forEach((label, i) => {
          expect(Array.from(label).length).toBeGreaterThanOrEqual(2);
          expect(labelWidth(label)).toBeLessThanOrEqual(MAX_WIDTH);
          expect(cutsNoWord(label, pairs[i]!), label).toBe(true);
        });
      }),
      { seed: 20250307, numRuns: 200 },
    );
  });
});

// Questions shaped like the ones users found wrong labels for (written for these tests): the label
// names the subject, never a verb or modifier alone, a piece of a 《title》, or a phrase cut from its head.
describe('labels name the subject, not a fragment', () => {
  it('takes the owner of a general noun with it ("X的定位"), never the general noun alone', () => {
    const [got] = deriveLabels([topic('请介绍一下两项规划的定位。', '两项规划远近结合。规划定位于行动计划，定位清晰。')]);
    expect(got).toBe('规划的定位');
  });

  it.each([
    ['请介绍一下这部条例的起草过程。', '条例起草工作历时两年，起草过程中广泛征求意见。', '起草过程'],
    ['《新时代人才发展规划纲要》有哪些突出特点？', '纲要突出人才引领，特点鲜明。', '突出特点'],
  ])('%s → a noun phrase, not its modifier alone', (q, a, label) => {
    expect(deriveLabels([topic(q, a)])).toEqual([label]);
  });

  it('prefers the specific phrase when a word is in every question', () => {
    const labels = deriveLabels([
      topic('如何理解推进农业现代化的总体目标？', '农业现代化的总体目标是到2035年基本实现。'),
      topic('农业现代化面临哪些挑战？', '农业现代化任重道远。'),
      topic('《乡村振兴规划》如何推进农业现代化？', '推进农业现代化要靠科技。'),
    ]);
    expect(labels).toEqual(['总体目标', '农业现代化', '乡村振兴规划']);
  });

  it('names the place a question is about, not a quoted catchword of a third party', () => {
    const q = '据报道，针对台湾将向日本捐赠100万只口罩，日本外务省发言人称，台湾不仅是自由的灯塔，也是日本的好朋友。中方对此有何评论？';
    const a = '我们注意到有关报道。台湾方面捐赠了口罩，就成了“自由灯塔”。提醒日方和台湾方面不要借疫情搞政治操弄，自由不是口号。';
    expect(deriveLabels([topic(q, a)])).toEqual(['台湾']);
  });

  it('never takes a piece of a long 《title》; a whole short one can be the label', () => {
    const long = '《中华人民共和国民法典》第3条规定了民事主体的合法权益受法律保护，有关企业的合法权益还有保障吗？';
    const [got] = deriveLabels([topic(long, '企业的合法权益受法律保护。合法权益是有保障的。')]);
    expect('中华人民共和国民法典'.includes(got!)).toBe(false);
    expect(deriveLabels([topic('《乡村振兴规划》有何意义？', '《乡村振兴规划》意义重大。')])).toEqual(['乡村振兴规划']);
  });

  it('does not cut a phrase from its head where the answer uses the modifier with another head', () => {
    const [got] = deriveLabels([
      topic('你能否谈谈使领馆为解决海外中国留学生遇到的困难所做的工作？', '我们高度重视海外中国公民的安全，海外中国公民遇到困难时，使领馆及时提供协助。'),
    ]);
    expect(got).not.toBe('海外中国');
    expect(['海外中国留学生', '留学生', '使领馆']).toContain(got);
  });

  it('learns a word the dictionary lacks from the answer (这|场|疫|情 → 疫情), and never starts inside it', () => {
    const [got] = deriveLabels([topic('中国外交如何适应疫情防控常态化？', '疫情防控常态化是新课题。疫情防控常态化下，外交要服务发展。')]);
    expect(got).toBe('疫情防控常态化');
  });

  it.each([
    ['美方指责中国是美国内芬太尼类物质的主要来源，中方对此有何评论？', '中方高度重视芬太尼类物质管控。中方已将芬太尼类物质整类列管。', '芬太尼'],
    ['据报道，美国国务卿蓬佩奥日前称中方在非洲制造债务陷阱，中方对此有何评论？', '蓬佩奥的说法毫无根据。我们奉劝蓬佩奥停止散布谎言。', '蓬佩奥'],
  ])('never starts or ends inside a word the dictionary cut into lone characters (%s)', (q, a, word) => {
    const [got] = deriveLabels([topic(q, a)]);
    const chars = Array.from(word);
    // The label holds the whole word or none of it: no piece of it at either edge.
    for (let k = 1; k < chars.length; k++) {
      expect(got!.startsWith(chars.slice(k).join('')), got).toBe(false);
      expect(got!.endsWith(chars.slice(0, k).join('')), got).toBe(false);
    }
  });

  it('measures Latin in columns: a Latin name is whole, up to 16 letters', () => {
    expect(deriveLabels([topic('你如何评价挪威外交大臣Halvorsen的讲话？', 'Halvorsen的讲话不符合事实。')])).toEqual(['Halvorsen']);
  });

  it('never cuts a Latin word where a large transcript reads only the start of each question', () => {
    // Thousands of questions shrink how much of each is read to 30 characters; the Latin name
    // starts right at that point.
    const q = `请问你能否证实有关部门针对外国商人阿卜杜勒·卡里莫夫（Abdulkarimov Ivanovich）提出了请求？`;
    const topics = Array.from({ length: 2500 }, (_, k) => topic(`${k}${q}`, '我不了解有关情况。'));
    for (const label of deriveLabels(topics)) {
      for (const latin of label.match(/[A-Za-z]+/gu) ?? []) expect(['Abdulkarimov', 'Ivanovich']).toContain(latin);
    }
  });
});

describe('cutAt', () => {
  const LONG = ['Abdulkarimov', 'Halvorsen', '请问你能否证实', '外国商人', '（', '）', '，', '阿卜杜勒·卡里莫夫', '海外中国同胞', ' ', 'Ivanovich'];
  it('reads about the span and ends on a word boundary, never inside a Latin word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LONG), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 80 }), (parts, span) => {
        const text = parts.join('');
        const cut = cutAt(text, span);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(span + 40);
        if (cut.length < text.length) {
          // At a word boundary, or at punctuation or a space (a clause break cuts no word).
          expect(boundaries(text).has(cut.length) || /[\s\p{P}]/u.test(text[cut.length]!)).toBe(true);
          expect(/[A-Za-z]$/u.test(cut) && /^[A-Za-z]/u.test(text.slice(cut.length))).toBe(false);
        }
      }),
      { seed: 20250307, numRuns: 300 },
    );
  });
});

const corpus = join(import.meta.dirname, '../../../shared/corpus');
const library = join(import.meta.dirname, '../../../shared/library/mfa-2016-2020');

/** Text of a topic's turns of the given side. */
const said = (tp: Topic, asked: boolean) => tp.turns.filter((u) => (u.role === 'question') === asked).flatMap((u) => u.paragraphs);

/**
 * What a derived label must never be, in any real transcript: a verb, adjective or general noun
 * alone (the fragments users reported), a Latin word cut short, or a piece of a 《title》 that the
 * question and answer never use outside the title.
 */
function checkFragments(tp: Topic): void {
  const label = tp.label.replace(/\d+$/u, '');
  const q = said(tp, true);
  const texts = [...q, ...said(tp, false)];
  expect(BAD, label).not.toContain(label);
  for (const latin of label.match(/[A-Za-z]+/gu) ?? []) {
    const whole = new RegExp(`(?<![A-Za-z])${latin}(?![A-Za-z])`, 'u');
    expect(
      texts.some((t) => whole.test(t)),
      `${label}: ${latin} is a cut Latin word`,
    ).toBe(true);
  }
  for (const [, title] of q.join('').matchAll(/《([^》]{1,60})》/gu)) {
    if (title === label || !title!.includes(label)) continue;
    const outside = texts.map((t) => t.replace(/《[^》]*》/gu, '》')).some((t) => t.includes(label));
    expect(outside, `${label} is a piece of 《${title}》`).toBe(true);
  }
}

/** Files of the MFA library, every 20th: a spread of years and layouts, quick to read. */
const libraryFiles = existsSync(library)
  ? readdirSync(library)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .filter((_, i) => i % 20 === 0)
  : [];

describe.skipIf(libraryFiles.length === 0)('labels on the MFA library', () => {
  it.each(libraryFiles)('%s: distinct labels, none a fragment', (file) => {
    const t = parseTranscript(sanitize(readFileSync(join(library, file), 'utf8')).text);
    expect(new Set(t.topics.map((tp) => tp.label)).size).toBe(t.topics.length);
    for (const tp of t.topics) {
      if (tp.label === REMARKS_LABEL || !tp.turns.some((u) => u.role === 'question')) continue;
      checkFragments(tp);
      checkLabel(tp.label, [...said(tp, true), ...said(tp, false)]);
    }
  });
});

describe.skipIf(!existsSync(corpus))('labels on the corpus', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  it.each(files)('%s: distinct whole-word subjects, none a fragment or a known bad label', (file) => {
    const text = sanitize(readFileSync(join(corpus, file), 'utf8')).text;
    const t = parseTranscript(text);
    const labels = t.topics.map((tp) => tp.label);
    expect(new Set(labels).size).toBe(labels.length);
    // A subheading is the label as printed, not derived: its own line in the source.
    const printed = new Set(text.split(/\r?\n/).map((l) => l.trim()));
    for (const tp of t.topics) {
      expect(BAD).not.toContain(tp.label);
      if (tp.label === REMARKS_LABEL || !tp.turns.some((u) => u.role === 'question') || printed.has(tp.label)) continue;
      checkFragments(tp);
      checkLabel(tp.label, [...said(tp, true), ...said(tp, false)]);
    }
  });

  it("leaves the seed's heading labels as written", () => {
    const seed = readFileSync(join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt'), 'utf8');
    const labels = parseTranscript(seed).topics.map((tp) => tp.label);
    expect(labels[0]).toBe('元首外交');
    expect(labels.at(-1)).toBe('外交为民');
  });
});
