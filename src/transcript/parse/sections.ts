import type { Repair, Role } from '../model.js';
import type { Item } from './items.js';
import type { Label } from './speakers.js';

/** A paragraph and the source lines it came from (more than one once a page-break split is joined). */
export interface Para {
  text: string;
  line: number;
  lines: number[];
}

export interface RawTurn {
  role: Role;
  speaker: string;
  paras: Para[];
  line: number;
}

/** A stretch of the source that reads as one topic: a heading and/or a question, then turns. */
export interface RawSection {
  heading?: { label: string; headline: string; line: number };
  turns: RawTurn[];
  line: number;
}

export interface Body {
  sections: RawSection[];
  quotes: { text: string; line: number }[];
  repairs: Repair[];
}

/**
 * Walks the items after the header and groups them: a heading opens a section; so does a
 * question that follows an answer (a follow-up "追问" stays in its section); unlabelled
 * paragraphs continue the current turn. Labelled turns before the first question are remarks.
 */
export function groupSections(items: Item[], principal: string): Body {
  const sections: RawSection[] = [];
  const quotes: Body['quotes'] = [];
  const repairs: Repair[] = [];
  let section: RawSection | undefined;
  let turn: RawTurn | undefined;
  let asked = false;

  const open = (line: number): RawSection => {
    section = { turns: [], line };
    sections.push(section);
    turn = undefined;
    return section;
  };
  const addTurn = (role: Role, speaker: string, line: number): RawTurn => {
    const s = section ?? open(line);
    turn = { role, speaker, paras: [], line };
    s.turns.push(turn);
    return turn;
  };

  items.forEach((it, i) => {
    switch (it.kind) {
      case 'debris':
        repairs.push({ kind: 'stray-line', line: it.line, detail: `${it.why}: "${short(it.text)}"` });
        return;
      case 'quote':
        quotes.push({ text: it.quote, line: it.line });
        return;
      case 'heading':
        open(it.line).heading = { label: it.label, headline: it.headline, line: it.line };
        return;
      case 'label': {
        const lab = it.label;
        const asks = isQuestion(lab);
        if (asks) {
          const hasReply = section?.turns.some((t) => t.role !== 'question') ?? true;
          if (lab.form !== 'follow-up' && hasReply) open(it.line);
          asked = true;
        }
        const role: Role = asks ? 'question' : asked ? 'answer' : 'remark';
        const t = addTurn(role, speakerOf(lab, principal), it.line);
        const text = lab.form === 'narrated-ask' ? it.text : lab.body;
        if (text !== '') t.paras.push({ text, line: it.line, lines: [it.line] });
        return;
      }
      case 'plain': {
        if (turn?.role === 'answer' && asksByPosition(it.text, items, i, turn.speaker)) {
          open(it.line);
          addTurn('question', '', it.line).paras.push({ text: it.text, line: it.line, lines: [it.line] });
          return;
        }
        const t = turn ?? addTurn(!asked ? 'remark' : 'answer', !asked ? principal : '', it.line);
        t.paras.push({ text: it.text, line: it.line, lines: [it.line] });
        return;
      }
    }
  });
  return { sections, quotes, repairs };
}

function isQuestion(lab: Label): boolean {
  return lab.form === 'ask' || lab.form === 'follow-up' || lab.form === 'narrated-ask' || lab.form === 'reporter';
}

function speakerOf(lab: Label, principal: string): string {
  if (lab.form === 'reporter' || lab.form === 'name') return lab.label;
  if (lab.form === 'reply') return principal;
  return '';
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
  return (next.label.form === 'name' && next.label.label === answerer) || (next.label.form === 'reply' && answerer !== '');
}

export function short(s: string, n = 24): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
