import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkTopic } from '../../src/transcript/parse/dedupe.js';
import { deriveLabels, REMARKS_LABEL } from '../../src/transcript/parse/labels.js';
import { parseTranscript } from '../../src/transcript/parse.js';
import { sanitize } from '../../src/transcript/sanitize.js';

const SEG = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries of `text` as Intl.Segmenter sees them. */
function boundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const s of SEG.segment(text)) out.add(s.index);
  return out;
}

/** The label occurs in one of the texts starting and ending on word boundaries (it cuts no word). */
function cutsNoWord(label: string, texts: string[]): boolean {
  return texts.some((text) => {
    const b = boundaries(text);
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      if (b.has(at) && b.has(at + label.length)) return true;
    }
    return false;
  });
}

const para = (text: string) => ({ text, line: 1, lines: [1] });
const topic = (q: string | undefined, a: string): WorkTopic => ({
  line: 1,
  turns: [...(q === undefined ? [] : [{ role: 'question' as const, speaker: '记者', paras: [para(q)] }]), { role: 'answer' as const, speaker: '发言人', paras: [para(a)] }],
});

// Labels that read as no subject: who asks, how, filler clauses, and the fragments the old
// character-window labeller produced on the corpus.
const STOP = new Set(['问题', '情况', '政策', '措施', '合作', '细节', '提出', '出台', '中方', '你刚才说', '你一开始提到', '没有回答我的问题', '第一个问题', '是否', '如何', '有关', '报道', '表示']);
const BAD = ['土耳', '门问题', '平洋伙伴关系协定', '国家提供', '出台', '政策', '细节', '提出', '第一个问题', '没有回答我的问题', '你刚才说', '你一开始提到', '天内交还记者证', '他们采取措施'];

function checkLabel(label: string, texts: string[]): void {
  expect(Array.from(label).length, label).toBeGreaterThanOrEqual(2);
  expect(Array.from(label).length, label).toBeLessThanOrEqual(8);
  expect(STOP.has(label), label).toBe(false);
  expect(cutsNoWord(label, texts), `${label} cuts a word`).toBe(true);
}

// Question → answer pairs modelled on briefing questions, with the label a sidebar should show.
const exact: [string, string, string][] = [
  ['中方如何看待当前的阿富汗局势？', '当前阿富汗局势快速演变，阿富汗和平进程面临新的机遇。', '阿富汗局势'],
  ['您如何评价疫情发生以来的中俄关系？', '疫情发生以来，中俄关系保持高水平运行，中俄两国相互支持。', '中俄关系'],
  ['据报道，联合国秘书长也门问题特使呼吁冲突各方停火。中方对此有何评论？', '中方一贯支持政治解决也门问题，希望也门问题有关各方继续以也门人民利益为重。', '也门问题'],
  ['据报道，一艘越南渔船在西沙海域沉没，你能否证实？', '越南渔船在中国西沙群岛内水侵渔，越南渔船撞到中国海警船。', '越南渔船'],
  ['中国打算参加跨太平洋伙伴关系协定（TPP）吗？', '至于刚才你提到TPP，中方对加入TPP持开放态度。', 'TPP'],
  ['中方将如何恢复受疫情影响的“一带一路”合作？', '“一带一路”的基础来自于为各国人民带来的切身利益，“一带一路”合作前景广阔。', '一带一路'],
  ['据报道，2月9日，土耳其外交部发言人就中国新疆地区有关情况和政策进行指责和批评。中方有何回应？', '我注意到土耳其外交部发言人的有关表态。中国驻土耳其使馆已作出回应，土耳其方面应当纠正错误。', '土耳其'],
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
  '据报道，', '中方对此有何评论？', '你能否证实？', '你刚才说，', '美国国务卿蓬佩奥称，', '中美关系', '“一带一路”合作', '也门问题特使',
  '土耳其外交部发言人', '新冠肺炎疫情', '在全球蔓延，', '是否考虑取消这次会晤？', '驻美机构的记者证', '联合国安理会', '的',
  '斯普鲁恩斯号', '哈勒木别克·夏合曼', 'TPP', '2月11日，', '第一个问题，', '还是关于新疆的问题。', '我们', '？', '。', '（CNN）',
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 8 }).map((ps) => ps.join(''));

describe('derived labels, on any mix of question pieces', () => {
  it('are short whole-word phrases of the question or answer, all distinct', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 6 }), (pairs) => {
        const labels = deriveLabels(pairs.map(([q, a]) => topic(q, a)));
        expect(new Set(labels).size).toBe(labels.length);
        labels.forEach((label, i) => {
          const n = Array.from(label).length;
          expect(n).toBeGreaterThanOrEqual(2);
          expect(n).toBeLessThanOrEqual(8);
          const bare = label.replace(/\d+$/u, '');
          if (bare === '提问' || bare !== label) return; // the last resort, or numbered to be distinct
          expect(cutsNoWord(label, pairs[i]!)).toBe(true);
        });
      }),
      { seed: 20250307, numRuns: 200 },
    );
  });
});

const corpus = join(import.meta.dirname, '../../../shared/corpus');

describe.skipIf(!existsSync(corpus))('labels on the corpus', () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  it.each(files)('%s: distinct whole-word subjects, none of the known bad labels', (file) => {
    const t = parseTranscript(sanitize(readFileSync(join(corpus, file), 'utf8')).text);
    const labels = t.topics.map((tp) => tp.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const tp of t.topics) {
      expect(BAD).not.toContain(tp.label);
      if (tp.label === REMARKS_LABEL) continue;
      const q = tp.turns.filter((u) => u.role === 'question').flatMap((u) => u.paragraphs);
      const a = tp.turns.filter((u) => u.role !== 'question').flatMap((u) => u.paragraphs);
      checkLabel(tp.label, [...q, ...a]);
    }
  });

  it('leaves the seed\'s heading labels as written', () => {
    const seed = readFileSync(join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt'), 'utf8');
    const labels = parseTranscript(seed).topics.map((tp) => tp.label);
    expect(labels[0]).toBe('元首外交');
    expect(labels.at(-1)).toBe('外交为民');
  });
});
