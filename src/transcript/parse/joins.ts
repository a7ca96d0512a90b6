import type { Repair } from '../model.js';
import type { RawSection } from './sections.js';
import { endsMidSentence } from './text.js';
import { PROBLEMS } from '../../i18n/problems.js';

// A new paragraph that starts a list item is not the tail of a split sentence.
const STARTS_ITEM = /^(?:[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/u;

/**
 * Joins a paragraph cut by a page break: one that stops mid-sentence (ends in a letter,
 * ideograph or comma), followed in the same turn by an unlabelled paragraph.
 */
export function joinSplits(sections: RawSection[], repairs: Repair[]): void {
  for (const s of sections) {
    for (const t of s.turns) {
      const out = [];
      for (const p of t.paras) {
        const prev = out[out.length - 1];
        if (prev && endsMidSentence(prev.text) && !STARTS_ITEM.test(p.text)) {
          prev.text += p.text;
          prev.lines.push(...p.lines);
          repairs.push({ kind: 'joined-split', line: p.line, detail: PROBLEMS.joinedSplit(String(prev.line)) });
        } else {
          out.push({ ...p, lines: [...p.lines] });
        }
      }
      t.paras = out;
    }
  }
}
