/**
 * The characters a transcript can be found by: every code point of its searchable text after the
 * engine's folding. The library keeps these per document (inverted: character → documents) so a
 * search only hands the engine the documents that could match. It must never miss a character the
 * engine could match on (a document left out is a hit lost); including extra ones only costs time.
 */
import type { Transcript } from '../transcript/model.js';
import { foldText } from '../search/normalize.js';
import { headerParagraphs } from './combine.js';

export function searchableChars(t: Transcript): Uint32Array {
  const texts: (string | undefined)[] = [...headerParagraphs(t)];
  // The engine's question units start with "asker：", its topic units join label and headline with a space.
  texts.push('：: ');
  for (const topic of t.topics) {
    texts.push(topic.label, topic.headline);
    for (const turn of topic.turns) {
      if (turn.role === 'question') texts.push(turn.speaker);
      texts.push(...turn.paragraphs);
    }
  }
  for (const q of t.quotes) texts.push(q.text);
  return foldedCodePoints(texts);
}

/**
 * The code points of the texts once folded, sorted. The distinct characters are found first, then
 * each is folded once: folding maps one code point to one code point, whatever surrounds it, so
 * this is the set of the folded texts' code points, without folding (a regular-expression pass)
 * every paragraph.
 */
export function foldedCodePoints(texts: Iterable<string | undefined>): Uint32Array {
  const met = new Uint8Array(0x10000);
  const distinct: number[] = [];
  const astral = new Set<number>();
  for (const s of texts) {
    if (!s) continue;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = s.codePointAt(i)!;
        if (cp > 0xffff) {
          i++;
          astral.add(cp);
          continue;
        }
      }
      if (met[c] === 0) {
        met[c] = 1;
        distinct.push(c);
      }
    }
  }
  const folded = new Set<number>();
  for (const c of distinct) folded.add(foldedUnit(c));
  for (const cp of astral) folded.add(foldText(String.fromCodePoint(cp)).codePointAt(0)!);
  return Uint32Array.from(folded).sort();
}

/** Each UTF-16 unit's folded form (plus one; 0: not folded yet): the same for every transcript. */
const FOLDED = new Uint32Array(0x10000);

function foldedUnit(c: number): number {
  let f = FOLDED[c]!;
  if (f === 0) FOLDED[c] = f = foldText(String.fromCharCode(c)).charCodeAt(0) + 1;
  return f - 1;
}
