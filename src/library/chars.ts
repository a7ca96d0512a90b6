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
  // The distinct characters first, then each folded once: folding maps one code point to one code
  // point, whatever surrounds it, so this is the set of the folded text's code points, found
  // without folding (a regular-expression pass) every paragraph of the transcript.
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  const add = (s: string | undefined) => {
    if (!s) return;
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) {
        i++;
        astral.add(cp);
      } else bmp[cp] = 1;
    }
  };
  for (const p of headerParagraphs(t)) add(p);
  // The engine's question units start with "asker：", its topic units join label and headline with a space.
  add('：: ');
  for (const topic of t.topics) {
    add(topic.label);
    add(topic.headline);
    for (const turn of topic.turns) {
      if (turn.role === 'question') add(turn.speaker);
      for (const p of turn.paragraphs) add(p);
    }
  }
  for (const q of t.quotes) add(q.text);
  const seen = new Set<number>();
  const fold = (cp: number) => {
    const f = foldText(String.fromCodePoint(cp));
    for (let i = 0; i < f.length; i++) {
      const c = f.codePointAt(i)!;
      if (c > 0xffff) i++;
      seen.add(c);
    }
  };
  for (let cp = 0; cp < 0x10000; cp++) if (bmp[cp] === 1) fold(cp);
  for (const cp of astral) fold(cp);
  return Uint32Array.from(seen).sort();
}
