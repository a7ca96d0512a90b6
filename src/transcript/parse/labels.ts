import type { WorkTopic } from './dedupe.js';
import { clauses, cutAt, labelWidth, MAX_WIDTH, occurrences, phrases, unitTexts, type Evidence, type Phrase } from './label-phrases.js';
import { clauseRoles } from './label-roles.js';
import { deriveEnglishLabels, isLatinText } from '../english-labels.js';
import { distinctLabels, type Choice } from './label-unique.js';
import { clauseUnits, prepareClauses } from './label-units.js';

/** The label of a topic of opening remarks or announcements (no question). */
export const REMARKS_LABEL = '开场白';
/** The label of last resort, for a question with no usable words at all. */
export const QUESTION_LABEL = '提问';

/** How much of a question is read: its subject is named early. */
const QUESTION_SPAN = 160;
/**
 * How many question characters a whole transcript may send through the dictionary segmenter (about
 * 3 µs a character): a transcript with thousands of questions reads less of each, never under
 * MIN_SPAN, so labels for a 4 MB transcript stay well under a second.
 */
const SEGMENT_BUDGET = 60_000;
const MIN_SPAN = 30;
/** How much of the answer is searched for the question's phrases. */
const ANSWER_SPAN = 1000;
/** How much of the answer's start may lend a label when the question has none. */
const ANSWER_LEAD = 80;
/** An answer's phrase must score this much to lend a label to a question that has none. */
const WEAK = 1.5;
/** How many candidates each topic keeps for making labels distinct. */
const KEEP = 12;

/**
 * Labels for topics without a heading, taken from their questions: the phrase of whole words
 * (Intl.Segmenter) that best names the subject — specific words (names, places, quoted terms, words
 * rare among the transcript's questions) over general ones, a head noun ("关系", "问题") after a
 * specific word, and above all a phrase the answer repeats. Glue, verbs and words that say who
 * asks ("你刚才说", "中方") never start or end a label. Labels are made distinct within the
 * transcript; headed topics keep their heading's label.
 */
export function deriveLabels(topics: WorkTopic[]): string[] {
  // English questions have their own deriver (names, acronyms, noun phrases; words kept apart).
  const english = topics.map((t) =>
    t.label === undefined
      ? t.turns
          .find((u) => u.role === 'question')
          ?.paras.map((p) => p.text)
          .join(' ')
      : undefined,
  );
  const asked = english.filter((q) => q !== undefined);
  // Every question English (a Chinese text quoting an English question stays with the Chinese deriver).
  if (asked.length > 0 && asked.every((q) => isLatinText(q.slice(0, 400)))) {
    return deriveEnglishLabels(
      topics.map((t, i) => ({
        ...(t.label !== undefined ? { fixed: t.label } : {}),
        ...(english[i] !== undefined ? { question: english[i] } : {}),
        answer: answerText(t),
      })),
    );
  }
  return distinctLabels(labelChoices(topics));
}

/** Each topic's label as given, or its candidate phrases, best first (what deriveLabels settles). */
export function labelChoices(topics: WorkTopic[]): Choice[] {
  const asked = topics.filter((t) => t.label === undefined && t.turns.some((u) => u.role === 'question')).length;
  const span = Math.max(MIN_SPAN, Math.min(QUESTION_SPAN, Math.floor(SEGMENT_BUDGET / Math.max(1, asked))));
  const questions = topics.map((t) => (t.label === undefined ? firstQuestion(t, span) : undefined));
  prepareClauses(questions.flatMap((q) => (q === undefined ? [] : clauses(q).map((c) => c.text))));
  const spread = unitSpread(questions);
  return topics.map((t, i): Choice => {
    if (t.label !== undefined) return { fixed: t.label };
    const q = questions[i];
    if (q === undefined) return { fixed: REMARKS_LABEL, numbered: true };
    const answer = answerText(t);
    return { candidates: candidates(q, { answer, question: q, spread }), fallback: firstWords(q) };
  });
}

function firstQuestion(topic: WorkTopic, span: number): string | undefined {
  const q = topic.turns
    .find((t) => t.role === 'question')
    ?.paras.map((p) => p.text)
    .join('');
  return q === undefined ? undefined : cutAt(q, span);
}

/** The start of the topic's answers, as far as the label looks. */
function answerText(topic: WorkTopic): string {
  let out = '';
  for (const t of topic.turns) {
    if (t.role === 'question') continue;
    for (const p of t.paras) {
      out += p.text;
      if (out.length >= ANSWER_SPAN) return out.slice(0, ANSWER_SPAN);
    }
  }
  return out;
}

/** In how many questions each unit occurs: a word most questions share names no one topic. */
function unitSpread(questions: (string | undefined)[]): Map<string, number> {
  const spread = new Map<string, number>();
  for (const q of questions) {
    if (q === undefined) continue;
    for (const u of unitTexts(q)) spread.set(u, (spread.get(u) ?? 0) + 1);
  }
  return spread;
}

/**
 * The question's phrases, best first, one per text. When the question offers no phrase at all (a
 * follow-up like "你能举个例子吗？"), phrases of the answer's opening that the rest of the answer
 * repeats stand in, at a discount.
 */
function candidates(q: string, ev: Evidence): Phrase[] {
  let all = phrases(q, ev);
  if (all.length === 0) {
    const lead = cutAt(ev.answer, ANSWER_LEAD);
    const rest: Evidence = { answer: ev.answer.slice(ANSWER_LEAD), spread: ev.spread };
    const lent = phrases(lead, rest, 1).filter((p) => p.score >= WEAK && occurrences(rest.answer, p.text, 1) > 0);
    all = all.concat(lent.map((p) => ({ ...p, at: p.at + QUESTION_SPAN })));
  }
  demoteHeads(all, ev.answer);
  all.sort((a, b) => b.score - a.score || labelWidth(b.text) - labelWidth(a.text) || a.at - b.at);
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const p of all) {
    if (seen.has(p.text)) continue;
    seen.add(p.text);
    out.push(p);
    if (out.length === KEEP) break;
  }
  return out;
}

/**
 * A phrase that is the head of a longer one the answer also uses ("经济" of "中国经济") borrows its
 * evidence from it: the longer phrase says which, so the shorter one steps back.
 */
function demoteHeads(all: Phrase[], answer: string): void {
  // (A name stands on its own: "犹他州" is no less a subject for "美国犹他州".)
  const byText = new Map<string, Phrase>();
  for (const p of all) if ((byText.get(p.text)?.score ?? -Infinity) < p.score) byText.set(p.text, p);
  for (const q of byText.values()) {
    if (q.words.length < 2 || !answer.includes(q.text)) continue;
    const head = q.words[q.words.length - 1]!;
    const p = byText.get(head);
    if (p !== undefined && p !== q && !p.named && p.score > q.score - DEMOTE)
      for (const x of all) if (x.text === head) x.score = Math.min(x.score, q.score - DEMOTE);
  }
}
/** How far a head steps back behind the longer phrase the answer uses. */
const DEMOTE = 0.5;

/** The first run of whole words in the question with a content word in it, up to the label width. */
function firstWords(q: string): string {
  for (const c of clauses(q)) {
    const units = clauseUnits(c.text);
    const roles = clauseRoles(units);
    let label = '';
    let named = false;
    for (let i = 0; i < units.length; i++) {
      const r = roles[i]!;
      if (r === 'stop' || r === 'glue' || r === 'verb') {
        if (named && Array.from(label).length >= 2) return label;
        label = '';
        named = false;
        continue;
      }
      if (labelWidth(label + units[i]!.text) > MAX_WIDTH) break;
      label += units[i]!.text;
      named ||= r === 'name' || r === 'noun' || r === 'head';
    }
    if (named && Array.from(label).length >= 2) return label;
  }
  return QUESTION_LABEL;
}
