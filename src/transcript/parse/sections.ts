import type { Repair, Role } from '../model.js';
import type { Item } from './items.js';
import { asks, type Label, parseLabel } from './speakers.js';
import { PROBLEMS } from '../../i18n/problems.js';

/** A paragraph and the source lines it came from (more than one once a page-break split is joined). */
export interface Para {
  text: string;
  line: number;
  lines: number[];
}

/** Who speaks a turn and in what capacity: the fields a Turn carries besides its paragraphs. */
export interface Voice {
  role: Role;
  speaker: string;
  label?: string;
  title?: string;
  number?: number;
}

export interface RawTurn extends Voice {
  paras: Para[];
  line: number;
  /** A reporter's one-paragraph word inside an exchange: what follows unlabelled is the answer. */
  interjection?: boolean;
}

/** A stretch of the source that reads as one topic: a heading and/or a question, then turns. */
export interface RawSection {
  heading?: { label?: string; headline: string; line: number };
  turns: RawTurn[];
  line: number;
}

export interface Body {
  sections: RawSection[];
  quotes: { text: string; line: number }[];
  /** Credit lines (制图：…, 对话人：…) and boxes (核心阅读 …): metadata, never turns. */
  credits: { text: string; line: number }[];
  boxes: { text: string; line: number }[];
  repairs: Repair[];
}

/** What the grouping needs to know about the whole document. */
export interface Cast {
  /** Who answers a turn labelled only "答：" (from the title, subtitle or byline, or the most frequent answerer). */
  principal: string;
  /** Unlabelled text before the first question is the principal's (a spokesperson's announcements), not narration. */
  principalOpens: boolean;
  /** Names that ask (an interviewer labelled by name): their turns are questions. */
  askers: ReadonlySet<string>;
  /** The document's usual way of asking: "问" or a reporter label. A bare "记者：" in a 问 document follows up. */
  usualAsk: 'ask' | 'reporter' | 'host' | 'name' | 'none';
  /** Headings group exchanges: every question after the first heading belongs to the heading above it. */
  headed: boolean;
  /** The host asks (a roundtable, an interview); where reporters ask, the host only moderates. */
  hostAsks: boolean;
  /** No label answers anywhere (no 答, no name): the unlabelled paragraph after a question is the answer. */
  answersUnlabelled: boolean;
}

/**
 * Walks the items after the header and groups them: a heading opens a section; so does a question
 * that follows an answer (a follow-up, a reporter's aside, or a question under a heading that groups
 * exchanges stays in its section); unlabelled paragraphs continue the current turn. Before the first
 * question, named turns are remarks and unlabelled text is narration (or the host's announcements).
 */
export function groupSections(items: Item[], cast: Cast): Body {
  const sections: RawSection[] = [];
  const quotes: Body['quotes'] = [];
  const credits: Body['credits'] = [];
  const boxes: Body['boxes'] = [];
  const repairs: Repair[] = [];
  let section: RawSection | undefined;
  let turn: RawTurn | undefined;
  let asked = false;
  let pendingNumber: number | undefined;

  const open = (line: number): RawSection => {
    section = { turns: [], line };
    sections.push(section);
    turn = undefined;
    return section;
  };
  const addTurn = (voice: Voice, line: number): RawTurn => {
    const s = section ?? open(line);
    turn = { ...voice, paras: [], line };
    s.turns.push(turn);
    return turn;
  };
  const para = (text: string, line: number): Para => ({ text, line, lines: [line] });
  /** A paragraph into a turn, a reporter's bracketed words inside it ("…？（记者：没有。）我也…") made turns of their own. */
  const addText = (t: RawTurn, text: string, line: number) => {
    const pieces = splitAsides(text);
    if (pieces.length === 1 || t.role === 'question' || t.role === 'narration') {
      t.paras.push(para(text, line));
      return;
    }
    const voice: Voice = {
      role: t.role,
      speaker: t.speaker,
      ...(t.label !== undefined ? { label: t.label } : {}),
      ...(t.title !== undefined ? { title: t.title } : {}),
    };
    let current = t;
    for (const piece of pieces) {
      if (piece.aside) {
        // Words dropped into an answer: a question only when they ask.
        const lab = piece.aside;
        addTurn({ role: /[？?]/u.test(lab.body) ? 'question' : 'remark', ...voiceOf(lab, '') }, line).paras.push(para(lab.body, line));
        current = turn!;
      } else {
        if (current.role !== voice.role || current.speaker !== voice.speaker) current = addTurn(voice, line);
        current.paras.push(para(piece.text, line));
      }
    }
  };

  items.forEach((it, i) => {
    switch (it.kind) {
      case 'debris':
        repairs.push({ kind: 'stray-line', line: it.line, detail: PROBLEMS.strayLine(it.why, short(it.text)) });
        return;
      case 'quote':
        quotes.push({ text: it.quote, line: it.line });
        return;
      case 'credit':
        credits.push({ text: it.text, line: it.line });
        return;
      case 'box':
        boxes.push({ text: it.text, line: it.line });
        return;
      case 'number':
        pendingNumber = it.number;
        return;
      case 'heading':
        open(it.line).heading = { ...(it.label !== undefined ? { label: it.label } : {}), headline: it.headline, line: it.line };
        return;
      case 'label': {
        const lab = it.label;
        const moderates = lab.form === 'host' && !cast.hostAsks;
        const asking = (asks(lab.form) && !moderates) || (lab.form === 'name' && cast.askers.has(lab.speaker));
        if (asking) {
          const hasReply = section?.turns.some((t) => t.role !== 'question') ?? true;
          const grouped = cast.headed && section?.heading !== undefined;
          if (hasReply && !followsUp(lab, cast) && !grouped) open(it.line);
          asked = true;
          const number = lab.number ?? pendingNumber;
          pendingNumber = undefined;
          const t = addTurn({ role: 'question', ...voiceOf(lab, ''), ...(number !== undefined ? { number } : {}) }, it.line);
          if (interjects(lab, cast)) t.interjection = true;
          const text = lab.form === 'narrated-ask' ? it.text : lab.body;
          if (text !== '') t.paras.push(para(text, it.line));
          return;
        }
        if (lab.form === 'reporter-remark' || moderates) {
          const t = addTurn({ role: 'remark', ...voiceOf(lab, '') }, it.line);
          if (lab.body !== '') t.paras.push(para(lab.body, it.line));
          return;
        }
        if (lab.said) {
          // "华春莹表示：" is the narrator's; what follows is hers.
          const colon = /[:：]/u.exec(it.text)!;
          addTurn({ role: 'narration', speaker: '' }, it.line).paras.push(para(it.text.slice(0, colon.index + 1), it.line));
        }
        const { label: _printed, ...voice } = voiceOf(lab, cast.principal);
        const t = addTurn({ role: asked ? 'answer' : 'remark', ...(lab.said ? voice : voiceOf(lab, cast.principal)) }, it.line);
        if (lab.body !== '') addText(t, lab.body, it.line);
        return;
      }
      case 'plain': {
        if (turn?.role === 'answer' && asksByPosition(it.text, items, i, turn.speaker)) {
          open(it.line);
          addTurn({ role: 'question', speaker: '' }, it.line).paras.push(para(it.text, it.line));
          return;
        }
        if (turn?.interjection && cast.principal !== '') {
          addTurn({ role: 'answer', speaker: cast.principal }, it.line).paras.push(para(it.text, it.line));
          return;
        }
        if (turn?.role === 'question' && cast.answersUnlabelled && /[？?][”"」』）)]*$/u.test(turn.paras.at(-1)?.text ?? '')) {
          // The question is asked; in a text that labels no answer, what follows answers it.
          addTurn({ role: 'answer', speaker: cast.principal, label: '答' }, it.line).paras.push(para(it.text, it.line));
          return;
        }
        const t =
          turn ??
          addTurn(
            asked || !cast.principalOpens || cast.principal === '' ? { role: 'narration', speaker: '' } : { role: 'remark', speaker: cast.principal },
            it.line,
          );
        addText(t, it.text, it.line);
        return;
      }
    }
  });
  return { sections, quotes, credits, boxes, repairs };
}

/** Stays in the current topic: a 追问, a reporter's aside, a bare 记者 (Journalist) in a 问 (Q) document. */
function followsUp(lab: Label, cast: Cast): boolean {
  if (lab.form === 'follow-up' || lab.aside) return true;
  return interjects(lab, cast);
}

/**
 * A reporter named by no outlet in a text that asks with 问 (Q): a word within an exchange, one
 * paragraph long; the unlabelled text after it is the answerer's (these texts omit the 答).
 */
function interjects(lab: Label, cast: Cast): boolean {
  return lab.form === 'reporter' && (lab.bare === true || lab.aside === true) && cast.usualAsk === 'ask';
}

/** The turn's speaker and how the source labelled it. */
function voiceOf(lab: Label, principal: string): Omit<Voice, 'role'> {
  const speaker = lab.form === 'reply' ? principal : lab.speaker;
  return {
    speaker,
    ...(lab.label !== speaker && lab.form !== 'narrated-ask' ? { label: lab.label } : {}),
    ...(lab.title ? { title: lab.title } : {}),
  };
}

/**
 * An unlabelled question inside a reported block ("二、据报道，…你能否证实此事？"): a paragraph
 * with a question mark, after an answer, that the same answerer answers next with a new label.
 */
function asksByPosition(text: string, items: Item[], i: number, answerer: string): boolean {
  if (!/[？?]/u.test(text)) return false;
  let j = i + 1;
  while (j < items.length && items[j]!.kind === 'debris') j++;
  const next = items[j];
  if (next?.kind !== 'label') return false;
  return (next.label.form === 'name' && next.label.speaker === answerer) || (next.label.form === 'reply' && answerer !== '');
}

/** A paragraph cut around a reporter's bracketed words: text, aside, text. */
function splitAsides(text: string): { text: string; aside?: Label }[] {
  const out: { text: string; aside?: Label }[] = [];
  const re = /[（(](?:记者|主持人)[：:][^（()）]{1,80}[）)]/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const lab = parseLabel(m[0]);
    if (!lab?.aside) continue;
    const before = text.slice(last, m.index).trim();
    if (before !== '') out.push({ text: before });
    out.push({ text: m[0], aside: lab });
    last = m.index + m[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest !== '') out.push({ text: rest });
  // Words only on one side of the aside: still split; an aside alone is the whole paragraph.
  return out.length === 0 ? [{ text }] : out;
}

export function short(s: string, n = 24): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
