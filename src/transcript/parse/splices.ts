import type { Repair } from '../model.js';
import type { WorkTopic } from './dedupe.js';
import type { Para } from './sections.js';
import { short } from './sections.js';
import { wordChars } from './text.js';
import { PROBLEMS } from '../../i18n/problems.js';

/** A splice shorter than this (in letters, digits and ideographs) may be a stock phrase said twice. */
const MIN_SPLICE = 16;
/** How many characters at a paragraph's edge find its partners. */
const EDGE = 12;
/** How much more the kept copy's topic must share with the spliced text than the cut copy's topic. */
const MARGIN = 0.15;

interface Place {
  topic: number;
  para: Para;
}

/**
 * Cuts splices: a paragraph whose tail (or head), from a clause boundary inside a sentence, repeats
 * verbatim the tail (or head) of a paragraph in another topic — newspaper copy spliced across
 * sections, breaking the sentence it lands in. The text stays
 * where it belongs: in the topic whose other text shares more of its words; from the other copy it is
 * cut and recorded as a repair. A phrase both topics share equally (a stock phrase) is left alone.
 */
export function cutSplices(topics: WorkTopic[], repairs: Repair[]): void {
  const places: Place[] = [];
  topics.forEach((t, ti) => {
    for (const turn of t.turns) if (turn.role !== 'question') for (const para of turn.paras) places.push({ topic: ti, para });
  });
  const topicText = topics.map((t) => wordChars(t.turns.flatMap((u) => u.paras.map((p) => p.text)).join('')));
  for (const end of ['tail', 'head'] as const) {
    const buckets = new Map<string, Place[]>();
    for (const p of places) {
      const w = wordChars(p.para.text);
      if (w.length < MIN_SPLICE) continue;
      const key = end === 'tail' ? w.slice(-EDGE) : w.slice(0, EDGE);
      const list = buckets.get(key);
      if (list) list.push(p);
      else buckets.set(key, [p]);
    }
    for (const group of buckets.values()) {
      if (group.length < 2 || group.length > 8) continue;
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          if (a.topic === b.topic) continue;
          cutPair(a, b, end, topicText, repairs);
        }
      }
    }
  }
}

function cutPair(a: Place, b: Place, end: 'tail' | 'head', topicText: string[], repairs: Repair[]): void {
  const shared = end === 'tail' ? commonSuffix(a.para.text, b.para.text) : commonPrefix(a.para.text, b.para.text);
  if (shared === '') return;
  // The spliced copy is the one in which the shared text is only part of the paragraph, from a clause boundary.
  const splice = clauseAligned(shared, end, [a.para.text, b.para.text]);
  if (wordChars(splice).length < MIN_SPLICE) return;
  const affinity = (p: Place) => share(splice, topicText[p.topic]!.replace(wordChars(splice), ''));
  const [keep, cut] = affinity(a) >= affinity(b) ? [a, b] : [b, a];
  if (affinity(keep) - affinity(cut) < MARGIN) return;
  const text = cut.para.text;
  if (splice.length >= text.length) return;
  // A splice breaks the sentence it lands in; a whole sentence said again (a spokesperson repeating a
  // position) is no splice.
  const seam = end === 'tail' ? text[text.length - splice.length - 1]! : splice[splice.length - 1]!;
  if (!MID_SENTENCE.test(seam)) return;
  // "我刚才也说过，…": the speaker says it again, on purpose.
  if (end === 'tail' && SAYS_AGAIN.test(lastSentence(text.slice(0, text.length - splice.length)))) return;
  cut.para.text = end === 'tail' ? text.slice(0, text.length - splice.length).trimEnd() : text.slice(splice.length).trimStart();
  repairs.push({
    kind: 'spliced-text',
    line: cut.para.line,
    detail: (end === 'tail' ? PROBLEMS.splicedTail : PROBLEMS.splicedHead)(short(splice), String(keep.para.line)),
  });
}

function commonSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
}

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}

const CLAUSE_MARK = /[，,；;。！？!?：:]/u;
const MID_SENTENCE = /[，,、；;：:]/u;
// A clause that introduces words said again: a verb of saying, or a word for "again", "as I said".
const SAYS_AGAIN = /说|讲|谈到|表示|强调|指出|重申|提到|提过|所言|认为|看来|那句话|换句话|刚才|此前|一再|多次|再次|反复|重复/u;

/** The sentence a text ends with (after its last full stop). */
function lastSentence(text: string): string {
  const m = /[^。！？!?]*$/u.exec(text);
  return m ? m[0] : text;
}

/**
 * The shared text trimmed to whole clauses: a tail starts after a clause mark (or where both
 * paragraphs have one just before it), a head ends with one (or where both go on with one).
 */
function clauseAligned(shared: string, end: 'tail' | 'head', paras: [string, string]): string {
  const isMark = (ch: string | undefined) => ch === undefined || CLAUSE_MARK.test(ch);
  if (end === 'tail') {
    if (paras.every((p) => isMark(p[p.length - shared.length - 1]))) return shared;
    for (let i = 0; i < shared.length; i++) if (CLAUSE_MARK.test(shared[i]!)) return shared.slice(i + 1);
    return '';
  }
  if (paras.every((p) => isMark(p[shared.length]))) return shared;
  for (let i = shared.length - 1; i >= 0; i--) if (CLAUSE_MARK.test(shared[i]!)) return shared.slice(0, i + 1);
  return '';
}

/** The share of the splice's character pairs found in a topic's other text. */
function share(splice: string, text: string): number {
  const w = wordChars(splice);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) pairs.add(w.slice(i, i + 2));
  if (pairs.size === 0) return 0;
  let found = 0;
  for (const p of pairs) if (text.includes(p)) found++;
  return found / pairs.size;
}
