import type { WorkTopic } from './dedupe.js';

/** The label of a topic of opening remarks or announcements (no question). */
export const REMARKS_LABEL = '开场白';

const MAX_LABEL = 8;
const QUESTION_SPAN = 120;
const ANSWER_SPAN = 1500;
// Words that name no topic: who asks or answers, how the question is put, when.
const STOP = new Set([
  '中方', '美方', '双方', '各方', '我们', '你们', '您', '中国', '国家', '问题', '情况', '什么', '如何', '是否', '能否', '有关',
  '相关', '表示', '认为', '方面', '目前', '当前', '今天', '昨天', '今年', '去年', '一些', '这个', '这些', '那些', '已经', '进行',
  '可以', '外交部', '发言人', '记者', '报道', '据报道', '看待', '评价', '评论', '回应', '介绍', '国际社会', '感谢',
]);
// A phrase does not start with a function word or a classifier, nor end with a particle.
const WEAK_EDGE = /^[的了是在和与对也都就将把被从向给为以及并而但还又这那其之所该此场个位次种项些名家艘架批条件只份称]|[的了是在和与对也都就将把被从向给为以及并而着过吗呢吧么时中上下联]$/u;
// Nouns that name a subject: a phrase ending in one is a good label even if the answer rephrases it.
const SUBJECT = /(?:关系|问题|局势|合作|危机|外交|组织|倡议|经济|改革|立法|磋商|对话|协定|政策|措施|准则|会晤|峰会|疫情|战略|进程|制度|机制|攻坚|就业|贸易|自由|安全|溯源|援助)$/u;
// Nor with who asks or how ("中方选择…", "关于新疆…", "你能否…").
const WEAK_START = /^(?:中方|美方|你|您|是否|能否|有关|关于|针对|对于|如何|为何|为什么|否)/u;
const HAN_RUN = /^\p{Script=Han}+$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const FUNCTION_CHAR = /^[的了是在和与对都就将把被从向给为及并而但还又这那之所该此吗呢吧么]$/u;

/**
 * A short label for a topic without a heading, taken from its question: the 2–8 ideograph phrase
 * of the question that scores best on length, on how often the answer repeats it (the answer
 * repeating the question's words is what marks them as its subject) and on ending in a subject
 * noun ("中俄关系"); words that name no topic ("中方", "如何") are skipped. When nothing scores,
 * the question's first clause after openers like "据报道", trimmed to 8 characters.
 */
export function deriveLabels(topics: WorkTopic[]): string[] {
  const questions = topics.map((t) => firstQuestion(t));
  const spread = questionSpread(questions.filter((q): q is string => q !== undefined));
  return topics.map((t, i) => t.label ?? deriveLabel(t, questions[i], spread));
}

function firstQuestion(topic: WorkTopic): string | undefined {
  const q = topic.turns.find((t) => t.role === 'question')?.paras[0]?.text;
  return q === undefined ? undefined : q.slice(0, QUESTION_SPAN);
}

/** In how many questions each phrase occurs: a phrase most questions share names no one topic. */
function questionSpread(questions: string[]): Map<string, number> {
  const spread = new Map<string, number>();
  for (const q of questions) {
    for (const s of new Set(phrases(q))) spread.set(s, (spread.get(s) ?? 0) + 1);
  }
  return spread;
}

function phrases(q: string): string[] {
  const qc = Array.from(q);
  const out: string[] = [];
  for (let i = 0; i < qc.length; i++) {
    if (!HAN_CHAR.test(qc[i]!)) continue;
    let s = qc[i]!;
    for (let n = 2; n <= MAX_LABEL && i + n <= qc.length; n++) {
      const ch = qc[i + n - 1]!;
      if (!HAN_CHAR.test(ch)) break;
      s += ch;
      out.push(s);
    }
  }
  return out;
}

function deriveLabel(topic: WorkTopic, question: string | undefined, spread: Map<string, number>): string {
  if (question === undefined) return REMARKS_LABEL;
  const answer = topic.turns
    .filter((t) => t.role !== 'question')
    .flatMap((t) => t.paras.map((p) => p.text))
    .join('')
    .slice(0, ANSWER_SPAN);
  return keyPhrase(question, answer, spread) ?? (firstClause(question) || '提问');
}

function keyPhrase(q: string, answer: string, spread: Map<string, number>): string | undefined {
  const qc = Array.from(q);
  let best: string | undefined;
  let bestScore = 0;
  let bestAt = Infinity;
  for (let i = 0; i < qc.length; i++) {
    if (!HAN_CHAR.test(qc[i]!)) continue;
    let s = qc[i]!;
    for (let n = 2; n <= MAX_LABEL && i + n <= qc.length; n++) {
      const ch = qc[i + n - 1]!;
      if (!HAN_CHAR.test(ch)) break;
      s += ch;
      if (STOP.has(s) || WEAK_EDGE.test(s) || WEAK_START.test(s)) continue;
      const base = scorePhrase(s, n, answer, edgeBonus(qc, i, n));
      if (base <= 0) continue;
      const score = base - 2 * ((spread.get(s) ?? 1) - 1) - 3 * cutWords(qc, i, n, answer);
      // Higher score wins; on a tie, the longer phrase, then the earlier one.
      if (score > bestScore || (score === bestScore && best !== undefined && (n > best.length || (n === best.length && i < bestAt)))) {
        best = s;
        bestScore = score;
        bestAt = i;
      }
    }
  }
  return best;
}

function scorePhrase(s: string, n: number, answer: string, edges: number): number {
  const count = occurrences(answer, s, 4);
  const subject = SUBJECT.test(s) ? 3 : 0;
  if (count === 0) return subject && edges === 2 ? n + subject : 0;
  return n + 2 * count + subject + 2 * edges;
}

/**
 * How many ends of the phrase cut a longer phrase the answer also uses ("们从这场疫情" when the
 * answer says "这场疫情"): the longest shared phrase is the one to take.
 */
function cutWords(qc: string[], i: number, n: number, answer: string): number {
  const s = qc.slice(i, i + n).join('');
  const before = qc[i - 1];
  const after = qc[i + n];
  const grows = (ch: string | undefined, text: string) => ch !== undefined && HAN_RUN.test(ch) && !FUNCTION_CHAR.test(ch) && answer.includes(text);
  return (grows(before, `${before}${s}`) ? 1 : 0) + (grows(after, `${s}${after}`) ? 1 : 0);
}

/** A phrase that starts and ends where words do (punctuation or a function word) reads better. */
function edgeBonus(qc: string[], i: number, n: number): number {
  const boundary = (ch: string | undefined) => ch === undefined || !HAN_RUN.test(ch) || FUNCTION_CHAR.test(ch);
  return (boundary(qc[i - 1]) ? 1 : 0) + (boundary(qc[i + n]) ? 1 : 0);
}

function occurrences(text: string, s: string, cap: number): number {
  let n = 0;
  for (let at = text.indexOf(s); at >= 0 && n < cap; at = text.indexOf(s, at + s.length)) n++;
  return n;
}

// Openers that precede the substance of a question.
const PREAMBLE = /^(?:请问|我想问一下|我想问|我的问题是|还是有关|还是关于|关于|据报道|据悉|据了解|第一个问题|第一|首先|今天|昨天|近日|近期|最近|日前|当地时间|北京时间|\d{1,4}年|\d{1,2}月\d{1,2}日|\d{1,2}日)[，,、\s]*/u;

// Who is asked or how, at the start of a clause: not what the question is about.
const ASKING = /^(?:中方|你们|你|您|请问|我想问|那么|另外|此外|是否|能否|刚才|一开始|还是)+/u;

/** The first clause with some substance once openers and asking words are removed, trimmed. */
function firstClause(text: string): string {
  let t = text;
  for (let i = 0; i < 6; i++) {
    const next = t.replace(PREAMBLE, '');
    if (next === t) break;
    t = next;
  }
  const clauses = t.split(/[，。？！；：,?!;:]/u).map((c) => c.trim()).filter((c) => c !== '');
  const pick = clauses.map((c) => c.replace(ASKING, '')).find((c) => Array.from(c).length >= 4) ?? clauses[0] ?? '';
  return Array.from(pick).slice(0, 8).join('');
}
