import type { WorkTopic } from './dedupe.js';

const MAX_LABEL = 6;
const QUESTION_SPAN = 120;
const ANSWER_SPAN = 240;
// Words that carry no topic: who asks or answers, how the question is put.
const STOP = new Set(['中方', '我们', '你们', '您', '问题', '情况', '什么', '如何', '是否', '能否', '有关', '表示', '认为', '方面', '目前', '当前', '今天', '昨天', '今年', '去年', '一些', '这个', '这些', '那些', '已经', '进行', '可以', '外交部', '发言人', '记者', '报道', '据报道', '看待', '评价', '评论', '回应', '介绍', '我们的', '中国的']);
const WEAK_EDGE = /^[的了是在和与对也都就将把被从向给为以及并而但还又这那其之所]|[的了是在和与对也都就将把被从向给为以及并而着过吗呢吧么时中上下]$/u;
const HAN_RUN = /^\p{Script=Han}+$/u;

/**
 * A short label for a topic without a heading: the longest run of ideographs (2–6) that the
 * question shares with the start of the answer, skipping words that name no topic ("中方",
 * "如何"); the answer repeating the question's words is what marks them as its subject. When
 * nothing is shared, the question's first clause, trimmed.
 */
export function deriveLabel(topic: WorkTopic): string {
  const q = topic.turns.find((t) => t.role === 'question')?.paras[0]?.text ?? '';
  const answer = topic.turns.filter((t) => t.role !== 'question').flatMap((t) => t.paras.map((p) => p.text)).join('');
  if (q === '') return firstClause(answer) || '开场白';
  const shared = sharedPhrase(q.slice(0, QUESTION_SPAN), answer.slice(0, ANSWER_SPAN));
  return shared ?? (firstClause(q) || '提问');
}

function sharedPhrase(q: string, a: string): string | undefined {
  const grams = new Set<string>();
  const chars = Array.from(a);
  for (let i = 0; i < chars.length; i++) {
    let s = '';
    for (let n = 1; n <= MAX_LABEL && i + n <= chars.length; n++) {
      s += chars[i + n - 1];
      if (n >= 2) grams.add(s);
    }
  }
  const qc = Array.from(q);
  for (let n = MAX_LABEL; n >= 2; n--) {
    for (let i = 0; i + n <= qc.length; i++) {
      const s = qc.slice(i, i + n).join('');
      if (grams.has(s) && HAN_RUN.test(s) && !STOP.has(s) && !WEAK_EDGE.test(s)) return s;
    }
  }
  return undefined;
}

// Openers that precede the substance of a question.
const PREAMBLE = /^(?:请问|我想问一下|我想问|我的问题是|还是有关|还是关于|关于|据报道|据悉|据了解|第一个问题|第一|首先|今天|昨天|近日|近期|最近|日前|当地时间|北京时间|\d{1,4}年|\d{1,2}月\d{1,2}日|\d{1,2}日)[，,、\s]*/u;

function firstClause(text: string): string {
  let t = text;
  for (let i = 0; i < 6; i++) {
    const next = t.replace(PREAMBLE, '');
    if (next === t) break;
    t = next;
  }
  const clause = t.split(/[，。？！；：,?!;:]/u)[0] ?? '';
  return Array.from(clause).slice(0, 8).join('');
}
