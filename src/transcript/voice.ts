import type { Turn } from './model.js';

/**
 * Who a turn is shown as, before its first paragraph, so that roles survive without colour (plain
 * output, NO_COLOR, a pager): the asker's outlet or the source's label (问, 追问, 记者) before a
 * question, the answerer's name before an answer, nothing before narration.
 */
export function shownSpeaker(turn: Pick<Turn, 'role' | 'speaker' | 'label' | 'number'>): string {
  if (turn.role === 'narration') return '';
  if (turn.role === 'question') {
    const who = turn.label ?? (turn.speaker || '问');
    return turn.number !== undefined ? `${turn.number} ${who}` : who;
  }
  return turn.speaker || turn.label || (turn.role === 'answer' ? '答' : '');
}

/** The lead before a turn's first paragraph: "王毅：" after a Chinese name or label, "Zhao Lijian: " after a Latin one. */
export function speakerPrefix(who: string): string {
  return /[\p{Script=Han}\d]$/u.test(who) ? `${who}：` : `${who}: `;
}

/**
 * Who a copied passage is cited to: the speaker; for a question by an unnamed reporter (问, 追问),
 * "记者"; nobody for narration (the citation then names only the event).
 */
export function citedSpeaker(turn: Pick<Turn, 'role' | 'speaker' | 'label'>): string {
  if (turn.role === 'narration') return '';
  if (turn.speaker) return turn.speaker;
  return turn.role === 'question' ? '记者' : '';
}

/** The asking side speaks: questions, and a reporter's or host's other words (记者解释). */
export function asksSide(turn: Pick<Turn, 'role' | 'speaker' | 'label'>): boolean {
  if (turn.role === 'question') return true;
  return turn.role === 'remark' && /记者|主持人/u.test(turn.label ?? turn.speaker);
}
