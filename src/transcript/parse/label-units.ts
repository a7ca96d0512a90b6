import { DISCOURSE_WORDS, FUNCTION_WORDS, PLACE_NAMES, VERBS } from './label-lexicon.js';

/**
 * A clause cut into the units a label is built from: dictionary words (Intl.Segmenter, so a label
 * never ends inside a word), with two repairs the dictionary needs. A run of single characters the
 * dictionary does not know is usually a transliterated name (斯|普|鲁|恩|斯, 艾|衣|提), so it is
 * one unit; and a short quoted term (“一带一路”, 《外交学人》) is one unit, marked, because
 * quoting is how a question names a thing.
 */
export interface Unit {
  text: string;
  /** Offset of the unit in the clause, in UTF-16 code units. */
  start: number;
  kind: 'word' | 'name' | 'quote' | 'latin' | 'number' | 'break';
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}+$/u;
const LATIN = /^[A-Za-z][A-Za-z.-]*$/u;
const NUMBER = /^[\d.%０-９]+$/u;
const OPEN_QUOTE: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』', '"': '"', '‘': '’', '〈': '〉' };
const MAX_QUOTE = 8;
/** A quoted clause (“已经在狱中死亡”) is a quotation, not a term: it has particles in it. */
const QUOTED_CLAUSE = /[的了在是吗呢吧就都也把被]/u;

interface Seg {
  text: string;
  start: number;
  wordLike: boolean;
}

// Questions repeat whole clauses ("中方对此有何评论"); segmenting each distinct clause once keeps
// the 4 MB case fast. Bounded so a huge transcript cannot grow it without limit.
const cache = new Map<string, Unit[]>();
const CACHE_LIMIT = 20_000;

/** The clause's units; punctuation and spaces become 'break' units. */
export function clauseUnits(clause: string): Unit[] {
  const hit = cache.get(clause);
  if (hit) return hit;
  const units = joinSuffixes(buildUnits(segments(clause)));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(clause, units);
  return units;
}

function segments(clause: string): Seg[] {
  const out: Seg[] = [];
  for (const s of SEGMENTER.segment(clause)) out.push({ text: s.segment, start: s.index, wordLike: s.isWordLike === true });
  return out;
}

function buildUnits(segs: Seg[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < segs.length; ) {
    const s = segs[i]!;
    const quoted = quoteAt(segs, i);
    if (quoted) {
      units.push(quoted.unit);
      i = quoted.next;
      continue;
    }
    if (!s.wordLike) {
      units.push({ text: s.text, start: s.start, kind: 'break' });
      i++;
      continue;
    }
    const run = nameRun(segs, i);
    if (run) {
      units.push(run.unit);
      i = run.next;
      continue;
    }
    units.push({ text: s.text, start: s.start, kind: kindOf(s.text) });
    i++;
  }
  return units;
}

function kindOf(text: string): Unit['kind'] {
  if (HAN.test(text)) return 'word';
  if (LATIN.test(text)) return 'latin';
  // Letters with digits ("G20", "5G") name things; bare numbers and dates do not.
  return NUMBER.test(text) || !/\p{L}/u.test(text) ? 'number' : 'latin';
}

/** A quoted term of 1–8 characters at segment i, as one unit (without its quotation marks). */
function quoteAt(segs: Seg[], i: number): { unit: Unit; next: number } | undefined {
  const close = OPEN_QUOTE[segs[i]!.text];
  if (close === undefined) return undefined;
  let text = '';
  for (let j = i + 1; j < segs.length && j <= i + MAX_QUOTE + 1; j++) {
    const s = segs[j]!;
    if (s.text === close) {
      const n = Array.from(text).length;
      if (n < 2 || n > MAX_QUOTE || !/[\p{Script=Han}A-Za-z]/u.test(text) || QUOTED_CLAUSE.test(text)) return undefined;
      // A quoted verb or filler ("吊销") is irony, not a term.
      const known = FUNCTION_WORDS.has(text) || DISCOURSE_WORDS.has(text) || VERBS.has(text);
      return { unit: { text, start: segs[i + 1]!.start, kind: known ? 'word' : 'quote' }, next: j + 1 };
    }
    if (!s.wordLike && s.text !== '·' && s.text !== '-') return undefined;
    text += s.text;
  }
  return undefined;
}

/** Characters that end words as suffixes (记者|证, 共产|党, 全球|化): one alone after a word joins it. */
export const SUFFIX = /^[团党证国省市州岛队籍界局部院署馆站厂化性者员率派制法案人]$/u;

/** A word the dictionary split from its suffix, joined again (记者|证 → 记者证). */
function joinSuffixes(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    const adjacent = prev !== undefined && prev.start + prev.text.length === u.start;
    if (adjacent && (prev.kind === 'word' || prev.kind === 'name') && PLACE_NAMES.has(prev.text + u.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + u.text, kind: 'word' };
    } else if (adjacent && prev.kind === 'word' && u.kind === 'word' && SUFFIX.test(u.text) && prev.text.length >= 2 && HAN.test(prev.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + u.text };
    } else out.push(u);
  }
  return out;
}

/** Particles that do not occur inside a transliterated name, even between two of its characters. */
const NEVER_IN_NAME = /^[的了着是在也都就将把被从给及并而但还又这那所该此吗呢吧么啊]$/u;

/** Particles and pronouns: never part of a name. */
const PARTICLE = /^[的了着是在和与也都就将把被从向给为及并而但还又这那之所该此对等吗呢吧么啊我你他她它您其]$/u;

const single = (s: Seg | undefined): boolean => s !== undefined && s.wordLike && s.text.length === 1 && HAN.test(s.text);
const content = (s: Seg | undefined): boolean => single(s) && !FUNCTION_WORDS.has(s!.text) && !VERBS.has(s!.text);

/**
 * A run of two or more single Han characters starting at i that the dictionary could not join: a
 * name. A function character counts inside the run only between two content characters (黄|向|墨),
 * and a middle dot joins two runs (哈勒木别克·夏合曼).
 */
function nameRun(segs: Seg[], i: number): { unit: Unit; next: number } | undefined {
  // A run may start with a character that is a function word only sometimes (中|非, 地|缘), not a
  // particle, and only when the rest would be a lone character (称|艾|衣|提 is 称 + a name).
  if (!content(segs[i])) {
    const loose = single(segs[i]) && !PARTICLE.test(segs[i]!.text) && !VERBS.has(segs[i]!.text);
    if (!loose || !content(segs[i + 1]) || content(segs[i + 2])) return undefined;
  }
  let j = i + 1;
  for (;;) {
    if (content(segs[j])) j++;
    else if (single(segs[j]) && !NEVER_IN_NAME.test(segs[j]!.text) && content(segs[j + 1]) && content(segs[j - 1])) j += 2;
    else if (segs[j]?.text === '·' && content(segs[j + 1]) && content(segs[j + 2])) j += 3;
    else break;
  }
  if (j - i < 2) return undefined;
  const text = segs
    .slice(i, j)
    .map((s) => s.text)
    .join('');
  // A known word the dictionary happened to split (打|压) is a word, not a name.
  const known = FUNCTION_WORDS.has(text) || DISCOURSE_WORDS.has(text) || VERBS.has(text);
  return { unit: { text, start: segs[i]!.start, kind: known ? 'word' : 'name' }, next: j };
}
