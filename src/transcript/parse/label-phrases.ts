import { DISCOURSE_WORDS, FUNCTION_WORDS, GENERIC_NOUNS, HEAD_NOUNS, NAME_ENDING, PLACE_NAMES, VERBS } from './label-lexicon.js';
import { clauseUnits, SUFFIX, type Unit } from './label-units.js';

/** A candidate label: a run of whole units inside one clause of a question (or an answer). */
export interface Phrase {
  text: string;
  score: number;
  /** Offset in the text it came from: earlier phrases win ties. */
  at: number;
  /** Its content units, so two phrases can be told apart or combined. */
  words: string[];
}

/** What the scorer knows beyond the phrase: the answer, and how common each word is in the questions. */
export interface Evidence {
  answer: string;
  /** In how many of the transcript's questions a unit occurs. */
  spread: ReadonlyMap<string, number>;
}

export const MIN_CHARS = 2;
export const MAX_CHARS = 8;
const MAX_UNITS = 4;
/** A clause ends at sentence and clause punctuation, at brackets, and at the enumeration comma. */
const CLAUSE_BREAK = /[，。？！；：,?!;:、（）()【】[\]\s…—]+/u;

/** Clauses of `text` with their offsets. */
export function clauses(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = 0;
  for (const part of text.split(new RegExp(`(${CLAUSE_BREAK.source})`, 'u'))) {
    if (part !== '' && !CLAUSE_BREAK.test(part)) out.push({ text: part, at });
    at += part.length;
  }
  return out;
}

/** The units of every clause of `text`, for counting how widespread each unit is. */
export function unitTexts(text: string): Set<string> {
  const out = new Set<string>();
  for (const c of clauses(text)) for (const u of clauseUnits(c.text)) if (u.kind !== 'break') out.add(u.text);
  return out;
}

/** Every acceptable phrase of `text`, scored; `penalty` lowers phrases from a weaker source. */
export function phrases(text: string, ev: Evidence, penalty = 0): Phrase[] {
  const out: Phrase[] = [];
  for (const c of clauses(text)) {
    const units = clauseUnits(c.text);
    for (let a = 0; a < units.length; a++) {
      if (!traits(units[a]!).start || units[a - 1]?.kind === 'number') continue;
      let chars = 0;
      let text = '';
      // Once a prefix is missing from the answer, every longer phrase from here is too.
      let inAnswer = true;
      for (let b = a; b < units.length && b < a + MAX_UNITS; b++) {
        const u = units[b]!;
        const tu = traits(u);
        // A quoted term stands alone: joined to its neighbours the label would not be in the text.
        if (!tu.cont || (b > a && (u.kind === 'quote' || units[a]!.kind === 'quote'))) break;
        chars += tu.chars;
        if (chars > MAX_CHARS) break;
        text += u.text;
        if (inAnswer) inAnswer = ev.answer.includes(text);
        if (chars < MIN_CHARS || !tu.end) continue;
        const span = units.slice(a, b + 1);
        const score = scoreSpan(span, text, ev, inAnswer);
        if (score === undefined) continue;
        const cut = span.length === 1 && u.kind === 'quote' ? 0 : cutPenalty(text, units[a - 1], units[b + 1], ev.answer);
        out.push({ text, score: score - cut - penalty - 0.004 * (c.at + u.start), at: c.at + units[a]!.start, words: span.map((s) => s.text) });
      }
    }
  }
  return out;
}

/** A phrase does not start with a particle, a numeral with its classifier, or a suffix ("场疫情", "第二次", "化改革"). */
const BAD_START = /^(?:[的了着是在和与也都就将把被从向给为及并而但还又这那之所该此能会要可我你他她它您]|[第每各某几百千万亿多]|[一二三四五六七八九十两][个位次种项些名家艘架批条只份天年月日场回届国方]|[个位次种项些名家艘架批条只份天场届化性者们式率国长族])/u;
/** Nor end with a particle or a preposition ("我的", "人的"). */
const BAD_END = /[的了着吗呢吧么啊是在和与对也都就将把被从向给能会要可]$/u;
/** Part of a classical idiom the dictionary split (未|解之谜): no subject. */
const IDIOM_PART = /^.之.$/u;
/** Negated and comparative words are predicates ("回不到", "不得不"), not subjects. */
const PREDICATE = /[不没未]/u;

/** Particles that stand alone: a phrase may well start or end next to one. */
const PARTICLE = /^[的了着是在和与也都就将把被从向给为及并而但还又这那之所该此对等吗呢吧么啊我你他她它您]$/u;

/**
 * A lone character right next to a phrase may be part of its first or last word that the dictionary
 * split off (地|缘政治, 共产|党), or of the neighbouring word (秘书|长|也门): when the answer writes
 * the phrase with that character, the phrase reads cut.
 */
function cutPenalty(text: string, before: Unit | undefined, after: Unit | undefined, answer: string): number {
  // A head noun right after the phrase belongs to it ("也门" before "问题", "论坛北京" before "峰会").
  let p = after?.kind === 'word' && HEAD_NOUNS.has(after.text) ? 1 : 0;
  if (loneChar(before)) p += answer.includes(before!.text + text) ? 1.5 : 0.2;
  if (loneChar(after)) p += answer.includes(text + after!.text) || SUFFIX.test(after!.text) ? 1.5 : 0.2;
  return p;
}


function loneChar(u: Unit | undefined): boolean {
  return u !== undefined && u.kind === 'word' && Array.from(u.text).length === 1 && !PARTICLE.test(u.text) && !VERBS.has(u.text);
}

/** What the scorer asks of a unit, worked out once per unit (units are cached per clause). */
interface Traits {
  chars: number;
  start: boolean;
  cont: boolean;
  end: boolean;
  specific: boolean;
  /** Weight before rarity; `scaled` says whether rarity applies. */
  base: number;
  scaled: boolean;
}
const traitsMemo = new WeakMap<Unit, Traits>();

function traits(u: Unit): Traits {
  let t = traitsMemo.get(u);
  if (t === undefined) {
    t = { chars: Array.from(u.text).length, start: canStart(u), cont: canContinue(u), end: canEnd(u), specific: isSpecific(u), base: baseWeight(u), scaled: !(u.kind === 'word' && VERBS.has(u.text)) };
    traitsMemo.set(u, t);
  }
  return t;
}

const isGlue = (w: string) => FUNCTION_WORDS.has(w) || DISCOURSE_WORDS.has(w);

function canStart(u: Unit): boolean {
  if (u.kind === 'quote' || u.kind === 'latin') return true;
  if (u.kind !== 'word' && u.kind !== 'name') return false;
  const single = Array.from(u.text).length === 1;
  // A lone character may start a phrase the dictionary split (地|缘政治) unless it is a particle.
  if ((single ? PARTICLE.test(u.text) || DISCOURSE_WORDS.has(u.text) : isGlue(u.text)) || VERBS.has(u.text) || PREDICATE.test(u.text)) return false;
  return Array.from(u.text).length >= 4 || PLACE_NAMES.has(u.text) || !BAD_START.test(u.text);
}

/** Inside a phrase: words and names, not glue ("中国和中方政策"), numbers or punctuation. */
function canContinue(u: Unit): boolean {
  if (u.kind === 'break' || u.kind === 'number') return false;
  return u.kind !== 'word' || (!isGlue(u.text) && !ORDINAL.test(u.text));
}

/** An ordinal or a counted thing inside a phrase ("领导人第二次会晤") is a detail, not the subject. */
const ORDINAL = /^(?:第|[一二三四五六七八九十两几][个位次种项些名家艘架批条只份天年月日场回届])/u;

function canEnd(u: Unit): boolean {
  if (u.kind === 'quote' || u.kind === 'latin') return true;
  if (isGlue(u.text) || PREDICATE.test(u.text) || BAD_END.test(u.text)) return false;
  return !VERBS.has(u.text) || HEAD_NOUNS.has(u.text);
}

/**
 * A phrase scores by what its words say (specific words count, general ones barely), minus a cost
 * per extra word so a phrase grows only by words worth having, plus: ending in a head noun after a
 * specific word ("也门问题"), and the answer repeating the phrase, the surest sign it is the subject.
 */
function scoreSpan(span: Unit[], text: string, ev: Evidence, inAnswer: boolean): number | undefined {
  const specifics: number[] = [];
  let rest = 0;
  let rarity = 0;
  for (const u of span) {
    const w = unitWeight(u, ev);
    if (traits(u).specific) {
      specifics.push(w);
      rarity += rarityOf(u, ev);
    } else rest += w;
  }
  if (specifics.length === 0) return undefined;
  rarity /= specifics.length;
  // The most specific word carries the phrase; more words add less and less (a long phrase is not
  // a better label for having more words in it).
  specifics.sort((a, b) => b - a);
  let score = specifics.reduce((s, w, k) => s + w * (k === 0 ? 1 : k === 1 ? 0.5 : 0.3), 0) + 0.2 * rest;
  score -= 0.3 * (span.length - 1);
  const last = span[span.length - 1]!;
  if (headed(span)) score += rarity;
  if (endsInNoun(last)) score += 0.5;
  // The answer repeating a phrase marks it as the subject, as much as the phrase is specific: an
  // answer repeats the words every question shares ("疫情") too.
  const seen = inAnswer ? occurrences(ev.answer, text, 3) : 0;
  if (seen > 0) score += (2 + 0.3 * (seen - 1) + 0.4 * (span.length - 1)) * rarity;
  const n = Array.from(text).length;
  if (n > 6) score -= 0.4 * (n - 6);
  return score;
}

/** Ends in a head noun after something specific: "也门问题", "中俄关系" (one dictionary word or two). */
function headed(span: Unit[]): boolean {
  const last = span[span.length - 1]!;
  if (span.length >= 2 && HEAD_NOUNS.has(last.text) && isSpecific(span[span.length - 2]!)) return true;
  const chars = Array.from(last.text);
  if ((last.kind !== 'word' && last.kind !== 'quote') || chars.length < 4) return false;
  for (const cut of [2, 3]) if (HEAD_NOUNS.has(chars.slice(-cut).join('')) && !GENERIC_NOUNS.has(chars.slice(0, -cut).join(''))) return true;
  return false;
}

/** A last word known to be a noun: a name, a quoted term, a place, an organisation, a head noun. */
function endsInNoun(u: Unit): boolean {
  if (u.kind === 'word' && SUFFIX.test(u.text)) return true;
  if (u.kind !== 'word') return u.kind === 'name' || u.kind === 'quote' || u.kind === 'latin';
  return HEAD_NOUNS.has(u.text) || PLACE_NAMES.has(u.text) || (Array.from(u.text).length >= 2 && NAME_ENDING.test(u.text));
}

function rarityOf(u: Unit, ev: Evidence): number {
  return 1 / (1 + 0.6 * Math.log2(ev.spread.get(u.text) ?? 1));
}

/** A unit that can carry a label: not glue, a verb, or a noun too general to name anything. */
function isSpecific(u: Unit): boolean {
  if (u.kind === 'name') return !IDIOM_PART.test(u.text) && !PREDICATE.test(u.text);
  if (u.kind !== 'word') return u.kind !== 'break' && u.kind !== 'number';
  return !isGlue(u.text) && !VERBS.has(u.text) && !GENERIC_NOUNS.has(u.text) && !PREDICATE.test(u.text) && !IDIOM_PART.test(u.text) && Array.from(u.text).length >= 2;
}

function unitWeight(u: Unit, ev: Evidence): number {
  const t = traits(u);
  return t.scaled ? t.base * rarityOf(u, ev) : t.base;
}

function baseWeight(u: Unit): number {
  switch (u.kind) {
    case 'quote':
      return 3;
    case 'name':
      // Two characters the dictionary split are as often a plain word (驻|美) as a name (美|朝).
      return Array.from(u.text).length === 2 ? 1.2 : 2.2;
    case 'latin':
      return 2;
    case 'word':
      break;
    default:
      return 0;
  }
  if (VERBS.has(u.text)) return 0.2;
  if (GENERIC_NOUNS.has(u.text)) return 0.4;
  const n = Array.from(u.text).length;
  const w = n === 1 ? 0.4 : n === 2 ? 1.2 : 1.8;
  return PLACE_NAMES.has(u.text) || (n >= 2 && NAME_ENDING.test(u.text)) ? w + 1 : w;
}

export function occurrences(text: string, s: string, cap: number): number {
  let n = 0;
  for (let at = text.indexOf(s); at >= 0 && n < cap; at = text.indexOf(s, at + s.length)) n++;
  return n;
}
