/**
 * An independent checker of the line-breaking rules of issue 3, used by the table, property and
 * layout tests. It works on grapheme clusters from Intl.Segmenter (not the breaker's fast path)
 * and on the rule text of the issue; it returns the broken rules as readable strings.
 */
import { displayWidth, graphemeWidth, type Ambiguous } from '../../src/text/width.js';

/** The closing/pause/stop marks: never at a line start. */
export const NO_START = '，。、；：？！）」』】〕〗》〉”’,.;:?!)]}%';
/** The opening marks: never at a line end. */
export const NO_END = '“‘「『（〔【《〈([{';
/**
 * The breaker's stricter sets (extra marks it also keeps off line starts / ends). A break next to
 * one of these is not a *legal* alternative, so the checker must know them to judge avoidability.
 */
const NO_START_ALL = NO_START + '〙〛｝］｠｣､｡»›‰‱℃℉°′″・·～';
const NO_END_ALL = NO_END + '〘〚｛［｟｢«‹〖';
const INSEPARABLE = '—―…‥⸺⸻';
const INFIX = '.,:';
const WORD = /^[\p{L}\p{N}\p{M}\p{Pc}\p{Pd}\p{Sc}#&*+\-/<=>@\\^`|~'"]/u;

export interface Cluster {
  text: string;
  start: number;
  end: number;
  width: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// The same paragraphs are checked at a hundred widths: segment each once.
const cache = new Map<string, Cluster[]>();

export function clusters(text: string, ambiguous: Ambiguous): Cluster[] {
  const key = ambiguous[0] + text;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size > 5000) cache.clear();
  const out: Cluster[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    out.push({ text: segment, start: index, end: index + segment.length, width: graphemeWidth(segment, { ambiguous }) });
  }
  cache.set(key, out);
  return out;
}

const isSpace = (c: Cluster | undefined) => c !== undefined && c.text === ' ';
const NO_BREAK = /^[\u00a0\u2007\u202f\u2060\ufeff]/u;
/** A cluster's base character (a mark or emoji modifier after it does not change what it is). */
const base = (c: Cluster) => String.fromCodePoint(c.text.codePointAt(0)!);
const noStart = (c: Cluster | undefined, marks = NO_START_ALL) => c !== undefined && marks.includes(base(c));
const noEnd = (c: Cluster | undefined, marks = NO_END_ALL) => c !== undefined && marks.includes(base(c));
/** A character of a Latin word or number: one column, a letter/digit/word symbol, not a listed mark. */
const isWord = (c: Cluster | undefined) =>
  c !== undefined && c.width === 1 && WORD.test(c.text) && !INSEPARABLE.includes(c.text[0]!) && !noStart(c) && !noEnd(c) && !INFIX.includes(c.text[0]!);

/** Must clusters i-1 and i stay together (same word/number run, "——", "……")? */
function glued(cs: Cluster[], i: number): boolean {
  const a = cs[i - 1];
  const b = cs[i];
  if (!a || !b) return false;
  // No-break space and word joiners glue their neighbours (UAX #14 class GL).
  if (NO_BREAK.test(a.text) || NO_BREAK.test(b.text)) return true;
  if (isWord(a) && isWord(b)) return true;
  if (a.text === b.text && a.text.length === 1 && INSEPARABLE.includes(a.text)) return true;
  if (INFIX.includes(b.text) && isWord(a) && isWord(cs[i + 1])) return true;
  if (INFIX.includes(a.text) && isWord(b) && isWord(cs[i - 2])) return true;
  return false;
}

/** Width of the glued run around the boundary before cluster i. */
function runWidth(cs: Cluster[], i: number): number {
  let a = i - 1;
  while (a > 0 && glued(cs, a)) a--;
  let b = i;
  while (b + 1 < cs.length && glued(cs, b + 1)) b++;
  let w = 0;
  for (let k = a; k <= b; k++) w += cs[k]!.width;
  return w;
}

/** A split of a run that is not wider than the line on its own. */
function forbiddenSplit(cs: Cluster[], i: number, width: number): boolean {
  return glued(cs, i) && runWidth(cs, i) <= width;
}

/** Could a line that began at cluster `from` legally end before cluster p (from < p)? */
function legalBreak(cs: Cluster[], from: number, p: number, width: number): boolean {
  if (isSpace(cs[p - 1])) return false; // the break at the start of the space run covers it
  if (isSpace(cs[p])) {
    let k = p;
    while (isSpace(cs[k])) k++;
    const next = cs[k];
    return !noEnd(cs[p - 1]) && !noStart(next);
  }
  return !noStart(cs[p]) && !noEnd(cs[p - 1]) && !forbiddenSplit(cs, p, width) && p > from;
}

/**
 * How bad ending a line (begun at cluster `from`) before cluster p is: 1 legal, 2 breaks a
 * punctuation rule, 3 splits a run; 0 when p is not a place a line can end (inside spaces).
 */
function breakLevel(cs: Cluster[], from: number, p: number, width: number): number {
  if (isSpace(cs[p - 1])) return 0;
  if (legalBreak(cs, from, p, width)) return 1;
  if (isSpace(cs[p]) || !forbiddenSplit(cs, p, width)) return 2;
  return 3;
}

export interface LineLike {
  text: string;
  start: number;
  end: number;
  width: number;
}

/**
 * Every broken rule in `lines` as the breaker's output for `text` at `width`: widths, lost text,
 * and prohibited starts/ends or splits that a legal break inside the same line could have avoided.
 */
export function ruleViolations(text: string, lines: LineLike[], width: number, ambiguous: Ambiguous, opts: { maximal?: boolean } = {}): string[] {
  const bad: string[] = [];
  const cs = clusters(text, ambiguous);
  const at = new Map<number, number>(); // UTF-16 offset → cluster index
  cs.forEach((c, i) => at.set(c.start, i));
  at.set(text.length, cs.length);
  if (lines.length === 0) return ['no lines'];
  if (lines[0]!.start !== 0) bad.push(`text before the first line: ${JSON.stringify(text.slice(0, lines[0]!.start))}`);
  const tail = text.slice(lines.at(-1)!.end);
  if (/[^ ]/.test(tail)) bad.push(`text after the last line: ${JSON.stringify(tail)}`);
  lines.forEach((l, k) => {
    const where = `line ${k} ${JSON.stringify(l.text)}`;
    if (l.text !== text.slice(l.start, l.end)) bad.push(`${where}: text is not text.slice(start, end)`);
    if (!at.has(l.start) || !at.has(l.end)) bad.push(`${where}: cuts a grapheme`);
    const dw = displayWidth(l.text, { ambiguous });
    if (dw !== l.width) bad.push(`${where}: width ${l.width} but displayWidth ${dw}`);
    const n = (at.get(l.end) ?? 0) - (at.get(l.start) ?? 0);
    if (l.width > width && n > 1) bad.push(`${where}: width ${l.width} > ${width}`);
    if (l.start === l.end && text.length > 0) bad.push(`${where}: empty line`);
    const next = lines[k + 1];
    if (!next) return;
    const gap = text.slice(l.end, next.start);
    if (/[^ ]/.test(gap) || next.start < l.end) bad.push(`${where}: lost or repeated text ${JSON.stringify(gap)}`);
    const from = at.get(l.start);
    const p = at.get(l.end);
    const q = at.get(next.start);
    if (from === undefined || p === undefined || q === undefined) return;
    const last = cs[p - 1]!;
    const first = cs[q]!;
    // Push-out wastes as little as possible: no later break of the same or a better level fits.
    const level = breakLevel(cs, from, p, width);
    let w = l.width;
    // (Not for headlines laid out with preferSpaces, which may end early at a space by design.)
    for (let q = p + 1; opts.maximal !== false && q <= cs.length && w + cs[q - 1]!.width <= width; q++) {
      w += cs[q - 1]!.width;
      if (q === cs.length) break;
      const lq = breakLevel(cs, from, q, width);
      if (lq > 0 && lq <= level && !/^ *$/.test(text.slice(l.end, cs[q]!.start))) {
        bad.push(`${where}: wastes width, could end before cluster ${q} "${cs[q]!.text}" (level ${lq} vs ${level})`);
        break;
      }
    }
    const problems: string[] = [];
    if (noStart(first, NO_START)) problems.push(`next line starts with "${first.text}"`);
    if (noEnd(last, NO_END)) problems.push(`ends with "${last.text}"`);
    const split = gap === '' && forbiddenSplit(cs, p, width);
    if (split) problems.push(`splits "${cs[p - 1]!.text}|${cs[p]!.text}"`);
    if (problems.length === 0) return;
    // Avoidable if the line had a legal break (or, for a split, any break that splits nothing).
    for (let i = from + 1; i < p; i++) {
      const ok = legalBreak(cs, from, i, width) || (split && !isSpace(cs[i - 1]) && !forbiddenSplit(cs, i, width));
      if (ok) {
        bad.push(`${where}: ${problems.join(', ')}, avoidable by breaking before cluster ${i} "${cs[i]!.text}"`);
        return;
      }
    }
  });
  return bad;
}
