import {
  ASPECT_PARTICLES,
  DISCOURSE_WORDS,
  FUNCTION_WORDS,
  GENERIC_NOUNS,
  HEAD_NOUNS,
  MODIFIERS,
  NAME_ENDING,
  PLACE_NAMES,
  PREDICATE_MARKERS,
  TITLES,
  VERBS,
} from './label-lexicon.js';
import { PARTICLE, touching, type Unit } from './label-units.js';

/**
 * What a unit does in its clause, as far as a label needs to know without a tagged dictionary:
 * - name: a place, organisation, person, quoted term or Latin word — the best subjects;
 * - noun, head: other content words (a head noun, "关系", "问题", ends a phrase well);
 * - generic: a noun too general to name a topic alone ("定位", "问题"), fine after a word that says whose;
 * - modifier: an adjective or attribute ("突出", "总体"): inside a label, never its last word;
 * - piece: a lone character the dictionary split off;
 * - verb, glue, stop: a predicate, a function word, punctuation or a number: no label crosses one.
 */
export type Role = 'name' | 'noun' | 'head' | 'generic' | 'modifier' | 'piece' | 'verb' | 'glue' | 'stop';

/** Part of a classical idiom the dictionary split (未|解之谜): no subject. */
const IDIOM_PART = /^.之.$/u;
/** Negated and comparative words are predicates ("回不到", "不得不", "不对等"), not subjects. */
const PREDICATE = /[不没未]/u;
const CLASSIFIER = '个位次种项些名家艘架批条只份天年月日场回届篇部本件起匹台辆座所支枚颗张块轮期点号则';
/** A numeral or a demonstrative with its classifier ("一匹", "一部分", "这篇", "该项"): a quantity, no subject. */
const COUNTED = new RegExp(`^(?:[一二三四五六七八九十两几数半][${CLASSIFIER}]|[这那此该哪每各某本其][一]?[${CLASSIFIER}]|第)`, 'u');

/** Function characters that are also content characters in words (上合, 中非, 外交). */
const WEAK_GLUE = /^[上下中内外前后里间来去向同跟使令称有多好]$/u;

const memo = new WeakMap<Unit[], Role[]>();

/** The role of each unit of a clause (units are cached per clause, and so are their roles). */
export function clauseRoles(units: Unit[]): Role[] {
  let roles = memo.get(units);
  if (roles) return roles;
  roles = units.map(baseRole);
  for (let i = 0; i < units.length; i++) {
    const r = roles[i]!;
    const prev = units[i - 1];
    const next = units[i + 1];
    // A classifier after a numeral or a demonstrative counts, it names nothing (这|场|疫情).
    if (r === 'piece' && CLASSIFIER.includes(units[i]!.text) && prev !== undefined && /^[这那此该每各某哪本其一二三四五六七八九十两几数]$/u.test(prev.text)) {
      roles[i] = 'glue';
      continue;
    }
    if (r === 'name') continue;
    if (r === 'noun' || r === 'piece' || r === 'generic') {
      // A word next to a title is a person's name.
      const titled =
        (prev !== undefined && touching(prev, units[i]!) && TITLES.has(prev.text)) ||
        (next !== undefined && touching(units[i]!, next) && TITLES.has(next.text) && next.text !== '领导人');
      if (titled && r !== 'generic' && Array.from(units[i]!.text).length >= 2) {
        roles[i] = 'name';
        continue;
      }
    }
    // A function character run together with a lone character may be part of a word the dictionary
    // lacks (上|合|组织: 上合); the answer decides, as for any run of single characters.
    if (
      r === 'glue' &&
      units[i]!.kind === 'word' &&
      WEAK_GLUE.test(units[i]!.text) &&
      next !== undefined &&
      touching(units[i]!, next) &&
      baseRole(next) === 'piece'
    ) {
      roles[i] = 'piece';
      continue;
    }
    if (r === 'stop' || r === 'glue') continue;
    const afterMarker = prev !== undefined && touching(prev, units[i]!) && prev.kind === 'word' && PREDICATE_MARKERS.has(prev.text);
    const beforeAspect = next !== undefined && touching(units[i]!, next) && next.kind === 'word' && ASPECT_PARTICLES.has(next.text);
    if (afterMarker || beforeAspect) roles[i] = 'verb';
  }
  memo.set(units, roles);
  return roles;
}

function baseRole(u: Unit): Role {
  switch (u.kind) {
    case 'break':
    case 'number':
    case 'title':
      return 'stop';
    case 'quote':
    case 'latin':
      return 'name';
    case 'name':
      return IDIOM_PART.test(u.text) || PREDICATE.test(u.text) ? 'verb' : 'name';
    case 'word':
      return wordRole(u.text);
  }
}

function wordRole(w: string): Role {
  const n = Array.from(w).length;
  if (FUNCTION_WORDS.has(w) || DISCOURSE_WORDS.has(w) || (/^的|的$/u.test(w) && n <= 3)) return 'glue';
  // A copula with its adverb is glue (仍然是, 也就是, 而是).
  if (n <= 3 && w.endsWith('是')) return 'glue';
  // Two function characters are still glue (将与, 已于, 并对).
  if (n === 2 && Array.from(w).every((c) => FUNCTION_WORDS.has(c))) return 'glue';
  if (n === 1) {
    if (PARTICLE.test(w)) return 'glue';
    return VERBS.has(w) ? 'verb' : 'piece';
  }
  if (PREDICATE_MARKERS.has(w) && !MODIFIERS.has(w)) return 'glue';
  if (COUNTED.test(w) || IDIOM_PART.test(w)) return 'glue';
  if (PREDICATE.test(w)) return 'verb';
  if (VERBS.has(w)) return HEAD_NOUNS.has(w) ? 'head' : 'verb';
  if (MODIFIERS.has(w)) return 'modifier';
  if (GENERIC_NOUNS.has(w)) return 'generic';
  if (PLACE_NAMES.has(w) || NAME_ENDING.test(w)) return 'name';
  if (HEAD_NOUNS.has(w)) return 'head';
  return 'noun';
}
