/**
 * Splits a paragraph into sentences at 。！？ and their half-width forms. Closing quotes and
 * brackets that follow the stop stay with its sentence (“……。”); whitespace between sentences
 * belongs to neither. Offsets are UTF-16 indices into the paragraph, [start, end).
 */

const STOPS = new Set(['。', '！', '？', '!', '?', '.', '\uff61']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '〉', '】', '〕', '］', ']']);
const SPACE = /[\s\u3000]/;

/** A half-width "." ends a sentence only before a space, the end, or non-ASCII text (3.5, U.S.A, e.g. stay whole). */
function fullStopEnds(p: string, i: number): boolean {
  if (p[i] !== '.') return true;
  const next = p[i + 1];
  return next === undefined || SPACE.test(next) || next.charCodeAt(0) > 0x7f;
}

export function splitSentences(p: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && SPACE.test(p[s]!)) s++;
    let e = end;
    while (e > s && SPACE.test(p[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    start = end;
  };
  let i = 0;
  while (i < p.length) {
    if (STOPS.has(p[i]!) && fullStopEnds(p, i)) {
      let j = i + 1;
      while (j < p.length && (STOPS.has(p[j]!) || CLOSERS.has(p[j]!))) j++;
      push(j);
      i = j;
    } else i++;
  }
  push(p.length);
  return out;
}
