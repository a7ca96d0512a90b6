import type { WorkTopic } from './dedupe.js';
import { clauses, MAX_CHARS, occurrences, phrases, unitTexts, type Evidence, type Phrase } from './label-phrases.js';
import { distinctLabels, type Choice } from './label-unique.js';
import { clauseUnits } from './label-units.js';
import { DISCOURSE_WORDS, FUNCTION_WORDS, VERBS } from './label-lexicon.js';

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
/** Below this a question phrase is no better than what the answer's opening offers. */
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
  const asked = topics.filter((t) => t.label === undefined && t.turns.some((u) => u.role === 'question')).length;
  const span = Math.max(MIN_SPAN, Math.min(QUESTION_SPAN, Math.floor(SEGMENT_BUDGET / Math.max(1, asked))));
  // A subheading names its exchange better than the question does: label from it when there is one.
  const questions = topics.map((t) => (t.label === undefined ? (t.headline ?? firstQuestion(t, span)) : undefined));
  const spread = unitSpread(questions);
  const choices: Choice[] = topics.map((t, i) => {
    if (t.label !== undefined) return { fixed: t.label };
    const q = questions[i];
    if (q === undefined) return { fixed: REMARKS_LABEL, numbered: true };
    const answer = answerText(t);
    return { candidates: candidates(q, { answer: answer.slice(0, ANSWER_SPAN), spread }), fallback: firstWords(q) };
  });
  return distinctLabels(choices);
}

function firstQuestion(topic: WorkTopic, span: number): string | undefined {
  const q = topic.turns.find((t) => t.role === 'question')?.paras.map((p) => p.text).join('');
  return q === undefined ? undefined : q.slice(0, span);
}

function answerText(topic: WorkTopic): string {
  return topic.turns
    .filter((t) => t.role !== 'question')
    .flatMap((t) => t.paras.map((p) => p.text))
    .join('');
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
 * The question's phrases, best first, one per text. When the question offers nothing strong (a
 * follow-up like "你能举个例子吗？"), phrases of the answer's opening that the rest of the answer
 * repeats compete too, at a discount.
 */
function candidates(q: string, ev: Evidence): Phrase[] {
  let all = phrases(q, ev);
  const best = Math.max(-Infinity, ...all.map((p) => p.score));
  if (best < WEAK) {
    const lead = ev.answer.slice(0, ANSWER_LEAD);
    const rest: Evidence = { answer: ev.answer.slice(ANSWER_LEAD), spread: ev.spread };
    const lent = phrases(lead, rest, 1).filter((p) => p.score >= WEAK && occurrences(rest.answer, p.text, 1) > 0);
    all = all.concat(lent.map((p) => ({ ...p, at: p.at + QUESTION_SPAN })));
  }
  all.sort((a, b) => b.score - a.score || Array.from(b.text).length - Array.from(a.text).length || a.at - b.at);
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

/** Whole words from the question's first clause with any substance, up to the label length. */
function firstWords(q: string): string {
  for (const c of clauses(q)) {
    let label = '';
    for (const u of clauseUnits(c.text)) {
      if (u.kind === 'break' || u.kind === 'number') {
        if (label !== '') break;
        continue;
      }
      const glue = u.kind === 'word' && (FUNCTION_WORDS.has(u.text) || DISCOURSE_WORDS.has(u.text) || VERBS.has(u.text));
      if (glue) {
        if (label !== '') break;
        continue;
      }
      if (Array.from(label + u.text).length > MAX_CHARS) break;
      label += u.text;
    }
    if (Array.from(label).length >= 2) return label;
  }
  return QUESTION_LABEL;
}
