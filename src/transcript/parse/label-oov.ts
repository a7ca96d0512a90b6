import type { Evidence } from './label-phrases.js';
import { touching, type Unit } from './label-units.js';

const HAN_CHAR = /^\p{Script=Han}$/u;
const NONE: ReadonlySet<number> = new Set();

/**
 * Offsets in the clause where no label may start or end: between two lone characters (or names
 * guessed from them) whose characters at the boundary the question and the answer write together
 * at least twice and never apart. Intl.Segmenter cuts a word its dictionary lacks into lone
 * characters (芬太尼 → 芬|太|尼, 蓬佩奥 → 蓬|佩|奥), and a label starting at 尼 ("尼类物质") or
 * ending at 内芬 ("美国内芬", the transliteration guess of 内|芬) cuts the word in half. Characters that also stand apart (这|场 of 这场疫情, where 场
 * or 疫 occurs alone too) may still be cut where the scoring likes.
 */
export function unsplittable(units: Unit[], clause: string, ev: Evidence): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (let k = 1; k < units.length; k++) {
    const x = units[k - 1]!;
    const y = units[k]!;
    if (!touching(x, y)) continue;
    const a = x.text[x.text.length - 1]!;
    const b = y.text[0]!;
    if (!piece(x) || !piece(y) || !HAN_CHAR.test(a) || !HAN_CHAR.test(b)) continue;
    const both = count(a + b, clause, ev);
    if (both >= 2 && count(a, clause, ev) === both && count(b, clause, ev) === both) (out ??= new Set()).add(y.start);
  }
  return out ?? NONE;
}

/** A lone character, or a name guessed from lone characters (内芬 of 内|芬, joined as a transliteration). */
function piece(u: Unit): boolean {
  return (u.kind === 'word' && u.text.length === 1) || u.kind === 'name';
}

function count(t: string, clause: string, ev: Evidence): number {
  return occurrencesOf(ev.question ?? clause, t) + occurrencesOf(ev.answer, t);
}

function occurrencesOf(text: string, t: string): number {
  let n = 0;
  for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + t.length)) n++;
  return n;
}
