import type { SourceLine } from './lines.js';
import { type Label, parseLabel } from './speakers.js';
import { hasWordChar, splitOnSpace } from './text.js';

/** What one source line is, before it is placed in the structure. */
export type Item =
  | { kind: 'label'; line: number; text: string; label: Label }
  | { kind: 'heading'; line: number; text: string; label: string; headline: string }
  | { kind: 'quote'; line: number; text: string; quote: string }
  | { kind: 'debris'; line: number; text: string; why: string }
  | { kind: 'plain'; line: number; text: string };

const BULLET = /^[■□◆◇●○▲△★☆▪▫◼◻►▶]+/u;
// A heading or running head has no sentence punctuation and is made of space-separated parts.
const SENTENCE_MARK = /[。！？!?；;：:]/u;

/**
 * Classifies each line. Labels need evidence for bare names: a name is a speaker when it labels
 * two or more lines, appears in the header (title/byline), or answers a question just asked.
 */
export function classifyLines(lines: SourceLine[], headerText: string): Item[] {
  const labels = lines.map((l) => parseLabel(l.text));
  const nameCount = new Map<string, number>();
  for (const lab of labels) if (lab?.form === 'name') nameCount.set(lab.label, (nameCount.get(lab.label) ?? 0) + 1);

  const items: Item[] = [];
  let lastLabelAsks = false;
  lines.forEach((l, i) => {
    const lab = labels[i];
    if (!hasWordChar(l.text)) {
      items.push({ kind: 'debris', line: l.line, text: l.text, why: 'a line of punctuation only' });
      return;
    }
    const bullet = BULLET.exec(l.text);
    if (bullet) {
      items.push({ kind: 'quote', line: l.line, text: l.text, quote: l.text.slice(bullet[0].length).trim() });
      return;
    }
    if (lab && (lab.form !== 'name' || acceptsName(lab.label, nameCount, headerText, lastLabelAsks))) {
      items.push({ kind: 'label', line: l.line, text: l.text, label: lab });
      lastLabelAsks = lab.form !== 'name' && lab.form !== 'reply';
      return;
    }
    items.push({ kind: 'plain', line: l.line, text: l.text });
  });
  return markHeadings(items);
}

function acceptsName(name: string, counts: Map<string, number>, headerText: string, afterQuestion: boolean): boolean {
  return (counts.get(name) ?? 0) >= 2 || headerText.includes(name) || afterQuestion;
}

/**
 * A short, space-separated line without sentence punctuation is a topic heading when a speaker
 * turn follows it ("中俄关系 成熟稳定的中俄关系 站在新型大国关系前列"), and layout debris (a running
 * head or banner) when a quote block, another such line or the end follows instead.
 */
function markHeadings(items: Item[]): Item[] {
  const out = items.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    const it = out[i]!;
    if (it.kind !== 'plain' || !isGapLine(it.text)) continue;
    let j = i + 1;
    while (j < out.length && out[j]!.kind === 'debris') j++;
    const next = out[j];
    const parts = splitOnSpace(it.text);
    const label = parts[0]!;
    if (next?.kind === 'label' && label.length >= 2 && label.length <= 10) {
      const headline = it.text.slice(it.text.indexOf(label) + label.length).trim();
      out[i] = { kind: 'heading', line: it.line, text: it.text, label, headline };
    } else if (!next || next.kind === 'quote' || next.kind === 'heading' || next.kind === 'debris') {
      out[i] = { kind: 'debris', line: it.line, text: it.text, why: 'a running head or banner (not followed by a turn)' };
    }
  }
  return out;
}

function isGapLine(text: string): boolean {
  if (text.length > 80 || SENTENCE_MARK.test(text)) return false;
  const parts = splitOnSpace(text);
  return parts.length >= 2 && parts.every(hasWordChar);
}
