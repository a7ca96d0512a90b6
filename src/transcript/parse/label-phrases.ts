import { displayWidth } from '../../text/width.js';
import { HEAD_NOUNS, NAME_ENDING, PLACE_NAMES, TITLES, VERBS } from './label-lexicon.js';
import { clauseRoles, type Role } from './label-roles.js';
import { clauseUnits, SUFFIX, touching as adjacent, type Unit } from './label-units.js';
import { wordSegmenter } from './word-segmenter.js';
import { unsplittable } from './label-oov.js';

/** A candidate label: a noun phrase of whole units inside one clause of a question (or an answer). */
export interface Phrase {
  text: string;
  score: number;
  /** Offset in the text it came from: earlier phrases win ties. */
  at: number;
  /** Its content units, so two phrases can be told apart or combined. */
  words: string[];
  /** It ends in a name (a place, an organisation, a person, a quoted term). */
  named?: boolean;
  /** Offset of its clause: two phrases of one clause are parts of one phrase, not two subjects. */
  clause?: number;
}

/** What the scorer knows beyond the phrase: the answer, the whole question, how common each word is. */
export interface Evidence {
  answer: string;
  /** The question as read: a phrase it says twice is what it is about. */
  question?: string;
  /** In how many of the transcript's questions a unit occurs. */
  spread: ReadonlyMap<string, number>;
}

export const MIN_CHARS = 2;
/**
 * A label fits 16 terminal columns: eight Han characters, or a Latin name of up to 16 letters
 * (measured in columns, so a Latin name is whole or not used, never cut to fit a character count).
 */
export const MAX_WIDTH = 16;
const MAX_UNITS = 4;
/** Per character into the question: a question names its subject early ("据报道，菲律宾总统…"). */
const POSITION = 0.008;

/** Columns a label takes, with ambiguous-width characters (· “) counted wide, as they may be drawn. */
export function labelWidth(text: string): number {
  return displayWidth(text, { ambiguous: 'wide' });
}

/** A clause ends at sentence and clause punctuation, at brackets, and at the enumeration comma. */
const CLAUSE_BREAK = /[，。？！；：,?!;:、（）()【】[\]\s…—]/u;
/** A title (《…》) is not split, whatever punctuation it holds: it is one name. */
const MAX_TITLE = 60;

/** Clauses of `text` with their offsets; a 《title》 stays in one clause. */
export function clauses(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let start = -1;
  let inTitle = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text[i]! : '。';
    if (inTitle >= 0) {
      if (ch === '》' || i - inTitle > MAX_TITLE) inTitle = -1;
      else continue;
    } else if (ch === '《') inTitle = i;
    if (CLAUSE_BREAK.test(ch) && inTitle < 0) {
      if (start >= 0) out.push({ text: text.slice(start, i), at: start });
      start = -1;
    } else if (start < 0) start = i;
  }
  return out;
}

/**
 * `text` read up to about `span` UTF-16 units without cutting a word: to the end of the clause the
 * span reaches into (when that ends soon after), else at the last clause break in the span's second
 * half, else before the word the span would cut (a Latin name is whole or not there:
 * "Halemubieke", never "Hal").
 */
export function cutAt(text: string, span: number): string {
  if (text.length <= span) return text;
  const rest = text.slice(span, span + OVERRUN).search(CLAUSE_BREAK);
  if (rest >= 0) return text.slice(0, span + rest);
  let from = span;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  if (from > span / 2) return text.slice(0, from - 1);
  // Segment from the clause's start, a word boundary, to find the last one within the span.
  let cut = from;
  for (const s of wordSegmenter().segment(text.slice(from, span + 16))) {
    if (from + s.index > span) break;
    cut = from + s.index;
  }
  return text.slice(0, cut);
}
/** How far past the span a clause may run and still be read whole. */
const OVERRUN = 40;

/** The units of every clause of `text`, for counting how widespread each unit is. */
export function unitTexts(text: string): Set<string> {
  const out = new Set<string>();
  for (const c of clauses(text)) {
    const units = clauseUnits(c.text);
    units.forEach((u, i) => {
      if (u.kind === 'break') return;
      out.add(u.text);
      // Runs of single characters too (疫|情): a word the dictionary lacks is counted as a word.
      let run = u.text;
      for (let j = i + 1; j < units.length && j < i + 4 && isSingle(u) && isSingle(units[j]!) && adjacent(units[j - 1]!, units[j]!); j++) {
        run += units[j]!.text;
        out.add(run);
      }
    });
  }
  return out;
}

const isSingle = (u: Unit) => u.kind === 'word' && u.text.length === 1;

/** Roles a phrase may be made of: the parts of a noun phrase. */
const IN_PHRASE: ReadonlySet<Role> = new Set(['name', 'noun', 'head', 'generic', 'modifier', 'piece']);
/** Roles that carry a label: a phrase needs one (or a modifier with a general noun: 总体目标). */
const SUBSTANCE: ReadonlySet<Role> = new Set(['name', 'noun', 'head']);
/** Roles that can own a general noun in "X的Y". */
const OWNER: ReadonlySet<Role> = new Set(['name', 'noun', 'head', 'generic']);

/** A phrase does not start with a numeral and its classifier, or a suffix ("场疫情", "化改革"). */
const BAD_START =
  /^(?:[第每各某几百千万亿多]|[一二三四五六七八九十两][个位次种项些名家艘架批条只份天年月日场回届国方]|[个位次种项些名家艘架批条只份天场届化性者们式率国长族])/u;
/** Nor end with a particle or a preposition standing alone ("我的", "人的"). */
const BAD_END = /[的了着吗呢吧么啊是在和与对也都就将把被从向给能会要可]$/u;

/**
 * Every acceptable phrase of `text`, scored; `penalty` lowers phrases from a weaker source. A
 * phrase is a run of whole units inside one noun chunk (words between verbs, glue and punctuation)
 * ending in a noun — Chinese puts the head last, so "海外中国" of "海外中国同胞" is a modifier cut
 * from its head, while "同胞" or the whole chunk is not. "X的Y" joins a chunk to a following one
 * whose head needs an owner ("文件的定位").
 */
export function phrases(text: string, ev: Evidence, penalty = 0): Phrase[] {
  const out: Phrase[] = [];
  for (const c of clauses(text)) {
    const units = clauseUnits(c.text);
    const roles = clauseRoles(units);
    const uncut = unsplittable(units, c.text, ev);
    for (let s = 0; s < units.length;) {
      if (!IN_PHRASE.has(roles[s]!)) {
        s++;
        continue;
      }
      let e = s;
      while (e + 1 < units.length && IN_PHRASE.has(roles[e + 1]!) && adjacent(units[e]!, units[e + 1]!)) e++;
      chunkPhrases(units, roles, s, e, c.at, ev, penalty, out, uncut);
      ownedPhrases(units, roles, s, e, c.at, ev, penalty, out);
      s = e + 1;
    }
  }
  return out;
}

/** Phrases inside the chunk units[s..e]. */
function chunkPhrases(
  units: Unit[],
  roles: Role[],
  s: number,
  e: number,
  at: number,
  ev: Evidence,
  penalty: number,
  out: Phrase[],
  uncut: ReadonlySet<number>,
): void {
  for (let a = s; a <= e; a++) {
    // A lone character starts a phrase only as part of a run of them (地|缘政治, not 地|新加坡);
    // nothing starts inside a word the dictionary lacks (芬|太|尼: not 尼类物质).
    if (!canStart(units[a]!, roles[a]!) || (roles[a] === 'piece' && roles[a + 1] !== 'piece') || uncut.has(units[a]!.start)) continue;
    let text = '';
    // Once a prefix is missing from the answer, every longer phrase from here is too.
    let inAnswer = true;
    let words = 0;
    for (let b = a; b <= e; b++) {
      // A run of single characters counts as one word (疫|情|防|控).
      if (b === a || roles[b] !== 'piece' || roles[b - 1] !== 'piece') words++;
      if (words > MAX_UNITS) break;
      text += units[b]!.text;
      if (labelWidth(text) > MAX_WIDTH) break;
      if (inAnswer) inAnswer = ev.answer.includes(text);
      if (Array.from(text).length < MIN_CHARS || uncut.has(units[b]!.start + units[b]!.text.length) || !canEnd(units, roles, a, b, ev)) continue;
      // A quoted term stands alone: joined to its neighbours the label would not be in the text.
      if (b > a && (units[a]!.kind === 'quote' || units[b]!.kind === 'quote')) break;
      const score = scoreSpan(units, roles, a, b, text, ev, inAnswer, b < e);
      if (score === undefined) continue;
      const cut =
        edgePenalty(units, roles, a, b, s, e, text, ev.answer) + ownerPenalty(units, roles, a, b, e) + (b > a && hasPerson(units, roles, a, b) ? 1 : 0);
      const parts: string[] = [];
      for (let k = a; k <= b; k++) parts.push(units[k]!.text);
      out.push({
        text,
        score: score - cut - penalty - POSITION * (at + units[b]!.start),
        at: at + units[a]!.start,
        words: parts,
        named: roles[b] === 'name',
        clause: at,
      });
    }
  }
}

/**
 * "X的Y" where Y needs an owner ("两个文件的定位": 定位 alone names nothing, 文件的定位 does):
 * the chunk units[s..e] (a word or two), 的, and a following chunk of general nouns, modifiers or
 * verbs that head a noun phrase.
 */
function ownedPhrases(units: Unit[], roles: Role[], s: number, e: number, at: number, ev: Evidence, penalty: number, out: Phrase[]): void {
  if (units[e + 1]?.text !== '的' || !adjacent(units[e]!, units[e + 1]!)) return;
  const f = e + 2;
  if (!IN_PHRASE.has(roles[f] ?? 'stop') || !adjacent(units[e + 1]!, units[f]!)) return;
  let g = f;
  while (g + 1 < units.length && g < f + 1 && IN_PHRASE.has(roles[g + 1]!) && adjacent(units[g]!, units[g + 1]!)) g++;
  // Y is the whole following chunk (a head cut from its modifiers is no owner's).
  if (g + 1 < units.length && IN_PHRASE.has(roles[g + 1]!) && adjacent(units[g]!, units[g + 1]!)) return;
  const verbal = (k: number) => roles[k] === 'head' && VERBS.has(units[k]!.text);
  const needsOwner = (k: number) => roles[k] === 'generic' || roles[k] === 'modifier' || verbal(k);
  if (!(roles[g] === 'generic' || verbal(g)) || !Array.from({ length: g - f + 1 }, (_, k) => f + k).every(needsOwner)) return;
  // The owner is its whole chunk, a word or two: a piece of it ("关系" of 紧张关系) owns nothing.
  if (e - s > 1 || !canStart(units[s]!, roles[s]!) || !OWNER.has(roles[e]!)) return;
  const span = [...units.slice(s, e + 1), ...units.slice(f, g + 1)];
  const text = `${units
    .slice(s, e + 1)
    .map((u) => u.text)
    .join('')}的${units
    .slice(f, g + 1)
    .map((u) => u.text)
    .join('')}`;
  if (labelWidth(text) > MAX_WIDTH) return;
  // The answer may say it without 的 ("规划定位").
  const bare = span.map((u) => u.text).join('');
  const said = ev.answer.includes(text) ? text : ev.answer.includes(bare) ? bare : undefined;
  const score = scoreSpan(span, [...roles.slice(s, e + 1), ...roles.slice(f, g + 1)], 0, span.length - 1, said ?? text, ev, said !== undefined, false);
  if (score === undefined) return;
  const cut = edgePenalty(units, roles, s, e, s, e, text, ev.answer) + 0.2;
  out.push({ text, score: score - cut - penalty - POSITION * (at + units[g]!.start), at: at + units[s]!.start, words: span.map((u) => u.text), clause: at });
}

function canStart(u: Unit, role: Role): boolean {
  if (!IN_PHRASE.has(role)) return false;
  if (role === 'name' && (u.kind !== 'word' || PLACE_NAMES.has(u.text))) return true;
  return Array.from(u.text).length >= 4 || !BAD_START.test(u.text);
}

/** A phrase ends in a noun; a general noun ends one only after a word that says which (总体目标). */
function canEnd(units: Unit[], roles: Role[], a: number, b: number, ev: Evidence): boolean {
  const role = roles[b]!;
  const u = units[b]!;
  if (role === 'name') return true;
  // A word of the pronoun-and-particle kind ("我的") ends nothing; a longer word may end in 会 (社会).
  if (BAD_END.test(u.text) && (u.text.length === 1 || u.text.endsWith('的'))) return false;
  // A verb that can head a noun phrase (调查, 援助) does so after a noun, not alone (nor with another).
  if (role === 'head' && VERBS.has(u.text)) return roles.slice(a, b).some((r) => r !== 'head' && IN_PHRASE.has(r) && r !== 'modifier');
  if (role === 'noun' || role === 'head') return true;
  if (role === 'piece') return learnedWord(units.slice(a, b + 1), roles.slice(a, b + 1), ev) !== '' && roles[b + 1] !== 'piece';
  return role === 'generic' && b > a;
}

/**
 * A phrase cut from its chunk reads wrong: ending before the chunk does leaves a modifier without
 * its head ("海外中国" of 海外中国同胞, "G20杭州" of G20杭州峰会); starting right after a lone
 * character may cut a word the dictionary split (地|缘政治, 秘书|长|也门).
 */
function edgePenalty(units: Unit[], roles: Role[], a: number, b: number, s: number, e: number, text: string, answer: string): number {
  // The whole chunk is the whole noun phrase (unless it only adds a general noun: 台湾|工作).
  const plain = (k: number) => roles[k] === 'generic' && !HEAD_NOUNS.has(units[k]!.text);
  const named = (k: number) => roles[k] === 'name' || roles[k] === 'head' || HEAD_NOUNS.has(units[k]!.text);
  if (a === s && b === e) return plain(b) && b > a ? 0 : -0.5;
  let p = 0;
  if (b < e) {
    // What follows is its head: cut from it, the phrase is a modifier (海外中国|同胞). A general
    // noun after it adds little (东盟关系|发展).
    const next = roles[b + 1]!;
    const u = units[b + 1]!;
    p += plain(b + 1) ? (named(b) ? 0.5 : 2) : next === 'head' || HEAD_NOUNS.has(u.text) ? 1.5 : next === 'piece' || SUFFIX.test(u.text) ? 3 : 2.5;
  }
  // A general noun or a modifier that starts a phrase inside a chunk lost the word it belongs to
  // (上海|合作组织…, 马来西亚|交通部长).
  if (a > s && (roles[a] === 'generic' || roles[a] === 'modifier')) p += 1;
  if (a > s && roles[a - 1] === 'piece') {
    // Inside a run of single characters, a start the answer never makes is a cut (疫|情 → 情…).
    const before = units[a - 1]!.text + text;
    if (roles[a] === 'piece' && occurrences(answer, before, 9) >= occurrences(answer, text, 9)) p += 4;
    else p += answer.includes(before) ? 1.5 : 0.6;
  }
  return p;
}

/**
 * A phrase scores by what its words say (names and specific words count, general ones barely),
 * minus a cost per extra word so a phrase grows only by words worth having, plus: ending in a head
 * noun after a specific word ("也门问题"), the question saying it twice, and the answer repeating
 * it, the surest sign it is the subject.
 */
function scoreSpan(units: Unit[], allRoles: Role[], a: number, b: number, text: string, ev: Evidence, inAnswer: boolean, open: boolean): number | undefined {
  const span = a === 0 && b === units.length - 1 ? units : units.slice(a, b + 1);
  const roles = a === 0 && b === allRoles.length - 1 ? allRoles : allRoles.slice(a, b + 1);
  const specifics: number[] = [];
  let rest = 0;
  let rarity = 0;
  // Characters the dictionary left single that the answer (or the question again) writes together
  // are a word it lacks (疫|情, 脱|贫|攻|坚).
  const learned = learnedWord(span, roles, ev);
  if (learned !== '') {
    const rare = 1 / (1 + 0.6 * Math.log2(ev.spread.get(learned) ?? 1));
    specifics.push((Array.from(learned).length >= 3 ? 1.8 : 1.2) * rare);
    rarity += rare;
  }
  span.forEach((u, k) => {
    const r = roles[k]!;
    if (SUBSTANCE.has(r)) {
      const rare = rarityOf(u, r, ev);
      // An abstract head alone ("自由", "改革") says less than with the word that says which.
      specifics.push(baseWeight(u, r) * rare * (r === 'head' && span.length === 1 ? 0.75 : 1));
      rarity += rare;
    } else rest += baseWeight(u, r);
  });
  // A modifier with a general noun (突出特点, 总体目标) is a whole phrase, if a weak one.
  if (specifics.length === 0) {
    if (!roles.includes('modifier') && !roles.includes('piece') && span.length < 2) return undefined;
    specifics.push(0.6 * rarityOf(span[span.length - 1]!, 'generic', ev));
    rarity = rarityOf(span[span.length - 1]!, 'generic', ev);
  } else rarity /= specifics.length;
  // The most specific word carries the phrase; more words add less and less (a long phrase is not
  // a better label for having more words in it).
  specifics.sort((x, y) => y - x);
  let score = specifics.reduce((sum, w, k) => sum + w * (k === 0 ? 1 : k === 1 ? 0.5 : 0.3), 0) + 0.2 * rest;
  const words = span.filter((u, k) => k === 0 || roles[k] !== 'piece' || roles[k - 1] !== 'piece').length;
  score -= 0.3 * (words - 1);
  const lastRole = roles[roles.length - 1]!;
  if (headed(span, roles)) score += rarity;
  if (endsInNoun(span[span.length - 1]!, lastRole)) score += 0.5;
  // The answer repeating a phrase marks it as the subject, as much as the phrase is specific: an
  // answer repeats the words every question shares ("疫情") too.
  // A phrase cut from its chunk counts only where the answer ends it too ("海外中国" in 海外中国公民
  // is not the answer saying "海外中国").
  const seen = inAnswer ? (open ? endedOccurrences(ev.answer, text, 3) : occurrences(ev.answer, text, 3)) : 0;
  if (seen > 0) score += (2 + 0.3 * (seen - 1) + 0.4 * (words - 1)) * rarity;
  if (ev.question !== undefined && (open ? endedOccurrences : occurrences)(ev.question, text, 2) > 1) score += 0.6 * rarity;
  const n = labelWidth(text);
  if (n > 12) score -= 0.2 * (n - 12);
  // A name says who; its title beside it ("总统阿尔维", "刘振民副部长") only makes the label longer.
  if (roles.includes('name') && span.some((u) => TITLES.has(u.text))) score -= 1;
  return score;
}

/** The longest run of single characters in the span that the answer also writes, or ''. */
function learnedWord(span: Unit[], roles: Role[], ev: Evidence): string {
  let best = '';
  for (let k = 0; k < span.length;) {
    if (roles[k] !== 'piece') {
      k++;
      continue;
    }
    let j = k;
    while (j + 1 < span.length && roles[j + 1] === 'piece') j++;
    const text = span
      .slice(k, j + 1)
      .map((u) => u.text)
      .join('');
    if (j > k && text.length > best.length && (ev.answer.includes(text) || (ev.question !== undefined && occurrences(ev.question, text, 2) > 1))) best = text;
    k = j + 1;
  }
  return best;
}

/** Ends in a head noun after something specific: "也门问题", "中俄关系" (one dictionary word or two). */
function headed(span: Unit[], roles: Role[]): boolean {
  const last = span[span.length - 1]!;
  const k = span.length - 1;
  if (k >= 1 && HEAD_NOUNS.has(last.text) && SUBSTANCE.has(roles[k - 1]!)) return true;
  const chars = Array.from(last.text);
  if ((last.kind !== 'word' && last.kind !== 'quote') || chars.length < 4) return false;
  for (const cut of [2, 3]) if (HEAD_NOUNS.has(chars.slice(-cut).join(''))) return true;
  return false;
}

/** A last word known to be a noun: a name, a quoted term, a place, an organisation, a head noun. */
function endsInNoun(u: Unit, role: Role): boolean {
  if (role === 'name') return true;
  if (u.kind === 'word' && SUFFIX.test(u.text)) return true;
  return HEAD_NOUNS.has(u.text) || PLACE_NAMES.has(u.text) || (Array.from(u.text).length >= 2 && NAME_ENDING.test(u.text));
}

/** Words many questions share name no one topic; a name shared by a few still names its topic. */
function rarityOf(u: Unit, role: Role, ev: Evidence): number {
  return 1 / (1 + (role === 'name' ? 0.3 : 0.6) * Math.log2(ev.spread.get(u.text) ?? 1));
}

function baseWeight(u: Unit, role: Role): number {
  switch (u.kind) {
    case 'quote':
      return 3;
    case 'name':
      // Two characters the dictionary split are as often a plain word (驻|美) as a name (美|朝).
      return role !== 'name' ? 0.4 : Array.from(u.text).length === 2 ? 1.2 : 2.2;
    case 'latin':
      return 2;
    case 'word':
      break;
    default:
      return 0;
  }
  if (role === 'generic' || role === 'piece') return 0.4;
  if (role === 'modifier') return 0.3;
  const n = Array.from(u.text).length;
  const w = n === 1 ? 0.4 : n === 2 ? 1.2 : 1.8;
  return role === 'name' ? w + 1 : w;
}

/** Occurrences of `s` in `text` not followed by another Han character that is not a particle. */
function endedOccurrences(text: string, s: string, cap: number): number {
  let n = 0;
  for (let at = text.indexOf(s); at >= 0 && n < cap; at = text.indexOf(s, at + s.length)) {
    const next = text[at + s.length];
    if (next === undefined || !HAN_CHAR.test(next) || ENDING_PARTICLE.test(next)) n++;
  }
  return n;
}
const HAN_CHAR = /\p{Script=Han}/u;
const ENDING_PARTICLE = /[的了和与及在是对等也都就将把被从向给为之]/u;

/**
 * A person's name (a name beside a title: 总统|阿尔维, 袁克勤|教授) is a label alone; joined to the
 * words around it ("大学袁克勤") it reads as two things.
 */
function hasPerson(units: Unit[], roles: Role[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (roles[k] !== 'name') continue;
    if (TITLES.has(units[k - 1]?.text ?? '') || TITLES.has(units[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * A word right before "的" and a general noun is that noun's owner ("编制的背景", "人口的大国"):
 * alone it says less than the whole, unless it is a name ("台湾的地位": 台湾 is the subject).
 */
function ownerPenalty(units: Unit[], roles: Role[], a: number, b: number, e: number): number {
  if (a !== b || b !== e || roles[b] === 'name' || units[b + 1]?.text !== '的') return 0;
  const r = roles[b + 2];
  return r === 'generic' || r === 'modifier' || (r === 'head' && VERBS.has(units[b + 2]!.text)) ? 1.5 : 0;
}

export function occurrences(text: string, s: string, cap: number): number {
  let n = 0;
  for (let at = text.indexOf(s); at >= 0 && n < cap; at = text.indexOf(s, at + s.length)) n++;
  return n;
}
