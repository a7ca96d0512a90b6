import type { SourceLine } from './lines.js';
import { asks, type Label, parseLabel } from './speakers.js';
import { hasWordChar, splitOnSpace } from './text.js';
import { PROBLEMS } from '../../i18n/problems.js';

/** What one source line is, before it is placed in the structure. */
export type Item =
  | { kind: 'label'; line: number; text: string; label: Label }
  | { kind: 'heading'; line: number; text: string; label?: string; headline: string }
  | { kind: 'number'; line: number; text: string; number: number }
  | { kind: 'credit'; line: number; text: string }
  | { kind: 'box'; line: number; text: string }
  | { kind: 'quote'; line: number; text: string; quote: string }
  | { kind: 'debris'; line: number; text: string; why: string }
  | { kind: 'plain'; line: number; text: string };

const BULLET = /^[■□◆◇●○▲△★☆▪▫◼◻►▶]+/u;
// A heading or running head has no sentence punctuation and is made of space-separated parts.
const SENTENCE_MARK = /[。！？!?；;：:]/u;
/** A subheading is a short line: longer ones are sentences that lost their full stop. */
const MAX_SUBHEADING = 30;
// Newspaper furniture that credits people: "制图：张三", "对话人：", "本版责编：李四".
const CREDIT_LABEL =
  /^(?:对话人|对话嘉宾|嘉宾|主持人|主持|采访人|采访|记者|本报记者|撰文|文|图|图片|制图|摄影|摄|责编|本版责编|责任编辑|编辑|美编|策划|统筹|执笔|整理|通讯员|校对)[：:]/u;
const PARTICIPANTS = /^(?:对话人|对话嘉宾|嘉宾)[：:]/u;
// A box printed before the text: "核心阅读", "编者按：…".
const BOX_HEAD = /^(?:核心阅读|阅读提示|编者按|编前|导读|背景链接|相关链接|延伸阅读|记者手记|链接)(?:[：:]|$)/u;

/**
 * Classifies each line. Labels need evidence for bare names: a name is a speaker when it labels
 * two or more lines, appears in the header (title, subtitle, byline, credits), or stands where an
 * answer stands (the last label asked a question).
 */
export function classifyLines(lines: SourceLine[], headerText: string): Item[] {
  // The first line is the title, even when it reads "耿爽：中国政府决定…" (a title quoting its speaker);
  // a first line that is a whole turn ends its sentence.
  const labels = lines.map((l, i) => (i === 0 && lines.length > 1 && !/[。！？!?…]$/u.test(l.text) ? null : parseLabel(l.text)));
  const nameCount = new Map<string, number>();
  for (const lab of labels) if (lab?.form === 'name') nameCount.set(lab.speaker, (nameCount.get(lab.speaker) ?? 0) + 1);

  const items: Item[] = [];
  let lastLabelAsks = false;
  let inParticipants = false;
  let inBox = false;
  lines.forEach((l, i) => {
    const lab = labels[i];
    if (!hasWordChar(l.text)) {
      items.push({ kind: 'debris', line: l.line, text: l.text, why: PROBLEMS.punctuationOnly() });
      return;
    }
    const bullet = BULLET.exec(l.text);
    if (bullet) {
      items.push({ kind: 'quote', line: l.line, text: l.text, quote: l.text.slice(bullet[0].length).trim() });
      return;
    }
    if (isCredit(l.text, lab ?? null)) {
      items.push({ kind: 'credit', line: l.line, text: l.text });
      inParticipants = PARTICIPANTS.test(l.text);
      inBox = false;
      return;
    }
    if (inParticipants && !lab && isNameLine(l.text)) {
      items.push({ kind: 'credit', line: l.line, text: l.text });
      return;
    }
    inParticipants = false;
    if (BOX_HEAD.test(l.text)) {
      items.push({ kind: 'box', line: l.line, text: l.text });
      inBox = true;
      return;
    }
    if (lab && (lab.form !== 'name' || acceptsName(lab, nameCount, headerText, lastLabelAsks) || outletAsking(lab, lines, labels, i))) {
      items.push({ kind: 'label', line: l.line, text: l.text, label: lab });
      lastLabelAsks = asks(lab.form);
      inBox = false;
      return;
    }
    const lone = /^(\d{1,3})$/.exec(l.text);
    if (lone) {
      items.push({ kind: 'number', line: l.line, text: l.text, number: Number(lone[1]) });
      return;
    }
    if (inBox) {
      items.push({ kind: 'box', line: l.line, text: l.text });
      return;
    }
    items.push({ kind: 'plain', line: l.line, text: l.text });
  });
  return markNumbers(markHeadings(items));
}

/**
 * An English outlet printed like a name ("Bloomberg News:") used once is a speaker when its turn
 * asks: the label line and the unlabelled lines after it end with a question mark.
 */
function outletAsking(lab: Label, lines: SourceLine[], labels: (Label | null)[], i: number): boolean {
  if (!/^[A-Za-z]/u.test(lab.speaker)) return false;
  let last = lab.body;
  for (let j = i + 1; j < lines.length && !labels[j]; j++) last = lines[j]!.text;
  return /[?？]["”’')）]*$/u.test(last);
}

function acceptsName(lab: Label, counts: Map<string, number>, headerText: string, afterQuestion: boolean): boolean {
  return (counts.get(lab.speaker) ?? 0) >= 2 || headerText.includes(lab.speaker) || afterQuestion;
}

/**
 * A credit line: a credit label over names only ("制图：张三", "主持人：王五（本报记者）", "对话人："),
 * not a turn (a turn says something: it has sentence punctuation or runs longer).
 */
function isCredit(text: string, lab: Label | null): boolean {
  if (!CREDIT_LABEL.test(text)) return false;
  const body = text.replace(CREDIT_LABEL, '').trim();
  if (body.length > 40 || /[。？！?!；;…]/u.test(body)) return false;
  if (lab && (lab.form === 'reporter' || lab.form === 'host')) {
    // "记者：为什么" would be a question without its mark; a credit names people: in brackets, or several.
    return (
      body === '' ||
      /[（(][^）)]*(?:记者|编辑|通讯员|主持)[^）)]*[）)]$/u.test(body) ||
      /^[\p{Script=Han}·]{2,4}(?:[、\s\u3000]+[\p{Script=Han}·]{2,4})+$/u.test(body)
    );
  }
  return true;
}

/** A participant line under "对话人：": a name and an affiliation, no sentence. */
function isNameLine(text: string): boolean {
  return text.length <= 50 && !/[。？！?!；;：:]/u.test(text);
}

/**
 * Headings. A short, space-separated line without sentence punctuation is a topic heading when a
 * speaker turn follows it ("中俄关系 成熟稳定的中俄关系 站在新型大国关系前列"), and layout debris (a running
 * head or banner) when a quote block, another such line or the end follows instead. A short line
 * without sentence punctuation right before a question, after a complete paragraph, is a subheading
 * ("修法前及时明确全面禁食野生动物").
 */
function markHeadings(items: Item[]): Item[] {
  const out = items.slice();
  // Before the first turn there is no page to run a head over: those lines are the header.
  const firstLabel = items.findIndex((it) => it.kind === 'label');
  for (let i = out.length - 1; i >= 1; i--) {
    const it = out[i]!;
    // The first line is the title.
    if (it.kind !== 'plain') continue;
    let j = i + 1;
    while (j < out.length && (out[j]!.kind === 'debris' || out[j]!.kind === 'number')) j++;
    const next = out[j];
    if (isGapLine(it.text)) {
      const parts = splitOnSpace(it.text);
      const label = parts[0]!;
      if (next?.kind === 'label' && label.length >= 2 && label.length <= 10) {
        const headline = it.text.slice(it.text.indexOf(label) + label.length).trim();
        out[i] = { kind: 'heading', line: it.line, text: it.text, label, headline };
      } else if (firstLabel >= 0 && i > firstLabel && (!next || next.kind === 'quote' || next.kind === 'heading' || next.kind === 'debris')) {
        out[i] = { kind: 'debris', line: it.line, text: it.text, why: PROBLEMS.runningHeadOrBanner() };
      }
      continue;
    }
    if (next?.kind === 'label' && asks(next.label.form) && isSubheading(it.text) && closesParagraph(out, i)) {
      // The subheading is the topic's label as printed: no phrase cut out of it names the exchange better.
      out[i] = { kind: 'heading', line: it.line, text: it.text, label: it.text, headline: '' };
    }
  }
  return out;
}

/**
 * A line of phrases set apart by spaces: Chinese, which spaces nothing else (in Latin text a space
 * only separates words).
 */
function isGapLine(text: string): boolean {
  if (text.length > 80 || SENTENCE_MARK.test(text) || /[.]$/u.test(text)) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/gu)?.length ?? 0;
  if (han === 0 || latin > han) return false;
  const parts = splitOnSpace(text);
  return parts.length >= 2 && parts.every(hasWordChar);
}

function isSubheading(text: string): boolean {
  const chars = Array.from(text);
  if (chars.length < 2 || chars.length > MAX_SUBHEADING) return false;
  // No sentence inside; a closing ！ may end a subheading ("重罚！"), a question mark may not (a question is no heading).
  return !/[。；;：:，,、]$/u.test(text) && !/[。；;：:？?]/u.test(text) && !/[！!]./u.test(text);
}

/**
 * The item before i is a complete paragraph: a subheading follows text that ended its sentence (an
 * intro, an answer), never a title line (the first line is the title) or a sentence cut short.
 */
function closesParagraph(items: Item[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (items[k]!.kind === 'debris' || items[k]!.kind === 'quote')) k--;
  const prev = items[k];
  // Credits and boxes stand apart from the text: a heading may follow them.
  if (prev?.kind === 'credit' || prev?.kind === 'box') return true;
  if (!prev || (prev.kind !== 'plain' && prev.kind !== 'label')) return false;
  return /[。！？!?…”」』）)]$/u.test(prev.text);
}

/** A lone number is a question's number when a question follows; otherwise page furniture. */
function markNumbers(items: Item[]): Item[] {
  return items.map((it, i) => {
    if (it.kind !== 'number') return it;
    let j = i + 1;
    while (j < items.length && items[j]!.kind === 'debris') j++;
    const next = items[j];
    if (next?.kind === 'label' && asks(next.label.form)) return it;
    if (next?.kind === 'heading') return it;
    return { kind: 'debris', line: it.line, text: it.text, why: PROBLEMS.loneNumber() };
  });
}
