import { displayWidth } from '../../text/width.js';
import { COUNTRY_CHARS, DISCOURSE_WORDS, FUNCTION_WORDS, NAME_ENDING, PLACE_NAMES, SURNAMES, TITLES, TRANSLITERATION, VERBS } from './label-lexicon.js';
import { wordSegmenter } from './word-segmenter.js';

/**
 * A clause cut into the units a label is built from: dictionary words (Intl.Segmenter, so a label
 * never ends inside a word), with two repairs the dictionary needs. A run of single characters the
 * dictionary does not know is usually a transliterated name (斯|普|鲁|恩|斯, 艾|衣|提), so it is
 * one unit; and a short quoted term (“一带一路”, 《外交学人》) is one unit, marked, because
 * quoting is how a question names a thing. A 《title》 too long for a label is one 'title' unit,
 * which no label uses: a piece of a title (共和国 of 《中华人民共和国宪法》) names nothing.
 */
export interface Unit {
  text: string;
  /** Offset of the unit in the clause, in UTF-16 code units. */
  start: number;
  kind: 'word' | 'name' | 'quote' | 'title' | 'latin' | 'number' | 'break';
}

const HAN = /^\p{Script=Han}+$/u;
const LATIN = /^[A-Za-z][A-Za-z.-]*$/u;
const NUMBER = /^[\d.%０-９]+$/u;
// Maps and sets, not object literals: segment texts come from the transcript, and a Latin word
// such as "constructor" or "__proto__" would find what every object inherits.
const OPEN_QUOTE: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ['‘', '’'],
  ['〈', '〉'],
]);
/** Title marks: what they enclose is a name as a whole, never in pieces. */
const TITLE_MARKS: ReadonlySet<string> = new Set(['《', '〈']);
/** A quoted term as wide as a label (16 columns) stands as one unit. */
const MAX_QUOTE_WIDTH = 16;
/** Longer than this, an unclosed title mark is a stray one, not a title cut short. */
const MAX_TITLE = 60;
/** A quoted clause (“已经在狱中死亡”) is a quotation, not a term: it has particles in it. */
const QUOTED_CLAUSE = /[的了在是吗呢吧就都也把被]/u;

export interface Seg {
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
  return remember(clause, unitsOf(segments(clause)));
}

function remember(clause: string, units: Unit[]): Unit[] {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(clause, units);
  return units;
}

const unitsOf = (segs: Seg[]): Unit[] => joinSuffixes(joinTransliterations(buildUnits(segs)));

/** The clause's segments, from a call of the segmenter of its own. */
export function segments(clause: string): Seg[] {
  const out: Seg[] = [];
  for (const s of wordSegmenter().segment(clause)) out.push({ text: s.segment, start: s.index, wordLike: s.isWordLike === true });
  return out;
}

/**
 * Puts the units of every clause not yet cached into the cache, segmenting several clauses in one
 * call: each call of the segmenter sets up an ICU break iterator (about 10 µs, more than a short
 * clause takes to segment), so a transcript's questions are segmented about a third faster in
 * batches. The clauses are joined by a line feed, which always breaks a word (UAX #29 WB3a/b), so
 * each clause's segments are the ones it has alone; a batch that came out otherwise is segmented
 * clause by clause instead.
 */
export function prepareClauses(clauses: Iterable<string>): void {
  let batch: string[] = [];
  const queued = new Set<string>();
  for (const c of clauses) {
    if (cache.has(c) || queued.has(c)) continue;
    if (NEWLINE.test(c)) {
      clauseUnits(c);
      continue;
    }
    queued.add(c);
    batch.push(c);
    if (batch.length === BATCH) {
      segmentBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) segmentBatch(batch);
}
/** Clauses segmented together: a longer text costs ICU more per character again. */
const BATCH = 6;
/** Characters that would join or split clauses in a batch (a clause holds them only inside a 《title》). */
const NEWLINE = /[\n\r\v\f\u0085\u2028\u2029]/u;

function segmentBatch(batch: string[]): void {
  const per = batchSegments(batch);
  if (per === undefined) for (const c of batch) clauseUnits(c);
  else batch.forEach((c, i) => remember(c, unitsOf(per[i]!)));
}

/** Each clause's segments from one call of the segmenter, or undefined if they would differ from its own. */
export function batchSegments(batch: readonly string[]): Seg[][] | undefined {
  if (batch.some((c) => c === '' || NEWLINE.test(c))) return undefined;
  const per: Seg[][] = batch.map(() => []);
  let k = 0;
  let base = 0;
  for (const s of wordSegmenter().segment(batch.join('\n'))) {
    const end = base + batch[k]!.length;
    if (s.index === end) {
      // The line feed between two clauses, alone in its segment.
      if (s.segment !== '\n') return undefined;
      base = end + 1;
      k++;
      continue;
    }
    if (s.index + s.segment.length > end) return undefined;
    per[k]!.push({ text: s.segment, start: s.index - base, wordLike: s.isWordLike === true });
  }
  return k === batch.length - 1 ? per : undefined;
}

function buildUnits(segs: Seg[]): Unit[] {
  const units: Unit[] = [];
  // A closing title mark with no opening one: the clause starts inside a title cut short.
  const close = segs.findIndex((s) => s.text === '》' || s.text === '《');
  let from = 0;
  if (close > 0 && segs[close]!.text === '》') {
    units.push({
      text: segs
        .slice(0, close + 1)
        .map((s) => s.text)
        .join(''),
      start: 0,
      kind: 'title',
    });
    from = close + 1;
  }
  for (let i = from; i < segs.length;) {
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
    // A suffix right after a word belongs to it (捐款|人|黄|向|墨: 捐款人 + 黄向墨), not to a name.
    const prev = units[units.length - 1];
    const suffix = prev?.kind === 'word' && prev.start + prev.text.length === s.start && prev.text.length >= 2 && SUFFIX.test(s.text);
    const run = suffix ? undefined : nameRun(segs, i);
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

/**
 * A quoted term of up to 16 columns at segment i, as one unit (without its quotation marks); a
 * longer 《title》, or one the clause cuts short, as one 'title' unit.
 */
function quoteAt(segs: Seg[], i: number): { unit: Unit; next: number } | undefined {
  const open = segs[i]!.text;
  const close = OPEN_QUOTE.get(open);
  if (close === undefined) return undefined;
  const title = TITLE_MARKS.has(open);
  let text = '';
  let j = i + 1;
  for (; j < segs.length; j++) {
    const s = segs[j]!;
    if (s.text === close) break;
    if (!title && !s.wordLike && s.text !== '·' && s.text !== '-') return undefined;
    text += s.text;
    if (!title && displayWidth(text, { ambiguous: 'wide' }) > MAX_QUOTE_WIDTH) return undefined;
    if (title && text.length > MAX_TITLE) return undefined;
  }
  const closed = j < segs.length;
  if (!closed && !title) return undefined;
  const at = segs[i]!.start;
  const whole = (): { unit: Unit; next: number } => ({
    unit: {
      text: segs
        .slice(i, j + 1)
        .map((s) => s.text)
        .join(''),
      start: at,
      kind: 'title',
    },
    next: j + 1,
  });
  if (title && (!closed || displayWidth(text, { ambiguous: 'wide' }) > MAX_QUOTE_WIDTH || /[^\p{L}\p{N}·-]/u.test(text))) return whole();
  const n = Array.from(text).length;
  if (n < 2 || !/[\p{Script=Han}A-Za-z]/u.test(text) || (!title && QUOTED_CLAUSE.test(text))) return title ? whole() : undefined;
  // A quoted verb or filler ("吊销") is irony, not a term.
  const known = FUNCTION_WORDS.has(text) || DISCOURSE_WORDS.has(text) || VERBS.has(text);
  return { unit: { text, start: segs[i + 1]!.start, kind: known ? 'word' : 'quote' }, next: j + 1 };
}

/** Characters that end words as suffixes (记者|证, 共产|党, 全球|化): one alone after a word joins it. */
export const SUFFIX = /^[团党证国省市州岛队籍界局部院署馆站厂化性者员率派制法案人家]$/u;

/** A word the dictionary split from its suffix, joined again (记者|证 → 记者证). */
function joinSuffixes(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const prev = out[out.length - 1];
    const adjacent = prev !== undefined && prev.start + prev.text.length === u.start;
    // A surname and a short word before a title are a person's name (袁|克勤|教授).
    const next = units[i + 1];
    const person =
      adjacent &&
      prev.kind === 'word' &&
      prev.text.length === 1 &&
      SURNAMES.has(prev.text) &&
      u.kind === 'word' &&
      u.text.length <= 2 &&
      HAN.test(u.text) &&
      next !== undefined &&
      TITLES.has(next.text);
    if (person) {
      out[out.length - 1] = { ...prev, text: prev.text + u.text, kind: 'name' };
      continue;
    }
    const countries =
      adjacent &&
      u.text.length === 1 &&
      COUNTRY_CHARS.has(u.text) &&
      Array.from(prev.text).length <= 3 &&
      Array.from(prev.text).every((c) => COUNTRY_CHARS.has(c));
    if (countries) {
      // 中日|韩 → 中日韩: one more country joins the compound.
      out[out.length - 1] = { ...prev, text: prev.text + u.text, kind: 'name' };
    } else if (adjacent && (prev.kind === 'word' || prev.kind === 'name') && PLACE_NAMES.has(prev.text + u.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + u.text, kind: 'word' };
    } else if (
      adjacent &&
      prev.kind === 'word' &&
      u.kind === 'word' &&
      (SUFFIX.test(u.text) || endingAcross(prev.text, u.text)) &&
      prev.text.length >= 2 &&
      HAN.test(prev.text)
    ) {
      out[out.length - 1] = { ...prev, text: prev.text + u.text };
    } else out.push(u);
  }
  return out;
}

/**
 * Pieces of a transliterated name the dictionary cut into short words (杜|特尔|特, 阿拉|克, 布|哈|里,
 * 马克|·|菲|尔|德): adjacent words of one or two transliteration characters, at least one of them a
 * lone character, are one name.
 */
function joinTransliterations(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length;) {
    let j = i;
    let singles = 0;
    let text = '';
    while (j < units.length && translitPiece(units[j]!) && (j === i || touching(units[j - 1]!, units[j]!))) {
      if (units[j]!.text.length === 1) singles++;
      text += units[j]!.text;
      j++;
    }
    // A middle dot joins two names into one (马克·菲尔德).
    while (j + 1 < units.length && units[j]!.text === '·' && touching(units[j - 1]!, units[j]!) && translitPiece(units[j + 1]!)) {
      text += '·';
      j++;
      while (j < units.length && translitPiece(units[j]!) && touching(units[j - 1]!, units[j]!)) {
        if (units[j]!.text.length === 1) singles++;
        text += units[j]!.text;
        j++;
      }
    }
    const n = Array.from(text).length;
    if (j - i >= 2 && singles > 0 && (n >= 3 || singles === 2) && !PARTICLE.test(text[0]!) && !PARTICLE.test(text[text.length - 1]!)) {
      out.push({ text, start: units[i]!.start, kind: 'name' });
      i = j;
    } else {
      out.push(units[i]!);
      i++;
    }
  }
  return out;
}

/** The two units stand side by side in the clause, with nothing between them. */
export const touching = (a: Unit, b: Unit): boolean => a.start + a.text.length === b.start;

function translitPiece(u: Unit): boolean {
  if ((u.kind !== 'word' && u.kind !== 'name') || u.text.length > 2 || PLACE_NAMES.has(u.text)) return false;
  for (const c of u.text) if (!TRANSLITERATION.has(c)) return false;
  return true;
}

/** A name ending split by the dictionary (委员|会, 理事|会): the ending spans the two words. */
function endingAcross(prev: string, single: string): boolean {
  if (single.length !== 1) return false;
  const m = NAME_ENDING.exec(prev + single);
  return m !== null && m[0].length > 1;
}

/** 的 between transliteration characters is one of them (亚|的|斯|亚|贝|巴). */
function transliterated(segs: Seg[], j: number): boolean {
  return segs[j]!.text === '的' && TRANSLITERATION.has(segs[j - 1]!.text) && TRANSLITERATION.has(segs[j + 1]?.text ?? '');
}

/** Particles that do not occur inside a transliterated name, even between two of its characters. */
const NEVER_IN_NAME = /^[的了着是在也都就将把被从给及并而但还又这那所该此吗呢吧么啊]$/u;

/** Particles and pronouns: never part of a name. */
export const PARTICLE = /^[的了着是在和与也都就将把被从向给为及并而但还又这那之所该此对等吗呢吧么啊我你他她它您其]$/u;

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
    else if (single(segs[j]) && (!NEVER_IN_NAME.test(segs[j]!.text) || transliterated(segs, j)) && content(segs[j + 1]) && content(segs[j - 1])) j += 2;
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
  if (known) return { unit: { text, start: segs[i]!.start, kind: 'word' }, next: j };
  // A run that starts right after another lone character is the tail of a longer run (克|罗地亚).
  const tail = i > 0 && content(segs[i - 1]) && segs[i - 1]!.start + 1 === segs[i]!.start;
  return looksLikeName(text, tail) ? { unit: { text, start: segs[i]!.start, kind: 'name' }, next: j } : undefined;
}

/**
 * A run the dictionary does not know is a name when it reads as one: a foreign name spelled with
 * transliteration characters (斯普鲁恩斯), or a Chinese name of two or three characters after a
 * surname (黄向墨). Otherwise its characters stay single (这|场|疫|情): words the dictionary lacks,
 * which a label may still take where the answer uses them too.
 */
function looksLikeName(text: string, tail: boolean): boolean {
  if (text.includes('·')) return true;
  const chars = Array.from(text);
  if (chars.every((c) => TRANSLITERATION.has(c) || c === '的')) return true;
  if (chars.length <= 4 && chars.every((c) => COUNTRY_CHARS.has(c))) return true;
  return !tail && chars.length <= 3 && SURNAMES.has(chars[0]!);
}
