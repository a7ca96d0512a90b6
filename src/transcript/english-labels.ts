import { eng } from 'stopword';
import { displayWidth } from '../text/width.js';

/**
 * Sidebar labels for English questions (the Chinese deriver in parse/labels.ts reads Han text):
 * the names a question is about — capitalised names of one to three words (Meng Wanzhou, Belt and
 * Road, Human Rights Council), acronyms (WHO, COVID-19, ASEAN), quoted terms ("one country, two
 * systems") — and, when the answer takes them up, plain noun phrases (trade war). A name that most
 * questions share (China, US) names no one topic; a capitalised word that is capitalised only at
 * the start of sentences (Yesterday, According) is no name; a function word is never a label.
 * Labels fit MAX_COLUMNS and are unique within the transcript.
 */

export interface LabelSource {
  /** A label the source gives (a heading): kept, and no other topic takes it. */
  fixed?: string;
  /** The topic's first question; undefined for a topic of announcements or remarks. */
  question?: string;
  /** What the topic's answers say (their opening is enough). */
  answer: string;
}

export const MAX_COLUMNS = 16;
/** The label of a topic with no question (announcements, an opening statement). */
export const ENGLISH_REMARKS_LABEL = 'Announcements';
/** The label of last resort. */
export const ENGLISH_QUESTION_LABEL = 'Question';

/** How much of a question is read: its subject is named early. */
const QUESTION_SPAN = 400;
const ANSWER_SPAN = 1500;

const FUNCTION_WORDS = new Set([
  ...eng,
  'a',
  'an',
  'i',
  'not',
  'no',
  'will',
  'does',
  'yes',
  'okay',
  'ok',
  'please',
  'thank',
  'thanks',
  'also',
  'just',
  'so',
  'today',
  'yesterday',
  'tomorrow',
]);
/** Words that join a name's parts: Belt and Road, Law of the Sea. */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de']);
/**
 * Verbs and adverbs common in questions: a plain phrase never ends in one ("leader gave"). Words in
 * -ed and -ly are taken for them too; -ing words only when not a known noun (meeting, briefing).
 */
const VERBS = new Set([
  'say',
  'said',
  'says',
  'think',
  'know',
  'knew',
  'want',
  'wants',
  'like',
  'ask',
  'mean',
  'means',
  'seem',
  'seems',
  'gave',
  'give',
  'gives',
  'made',
  'make',
  'makes',
  'take',
  'took',
  'takes',
  'come',
  'came',
  'comes',
  'go',
  'goes',
  'went',
  'see',
  'saw',
  'seen',
  'tell',
  'told',
  'report',
  'comment',
  'confirm',
  'expect',
  'believe',
  'would',
  'could',
  'should',
  'might',
  'must',
  'can',
  'shall',
  'may',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'do',
  'did',
  'done',
  'get',
  'gets',
  'got',
  'let',
  'put',
  'keep',
  'kept',
  'held',
  'hold',
  'holds',
  'become',
  'became',
  'call',
  'calls',
  'show',
  'shows',
  'need',
  'needs',
  'plan',
  'plans',
  'hope',
  'hopes',
  'urge',
  'urges',
  'wonder',
  'elaborate',
  'explain',
  'share',
  'offer',
  'provide',
  'respond',
  'raise',
  'any',
  'some',
  'many',
  'much',
  'more',
  'most',
  'other',
  'such',
  'very',
  'still',
  'even',
  'ever',
  'already',
  'again',
  'recently',
  'generally',
  'really',
  'what',
  'which',
  'whether',
  'how',
  'why',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'there',
  'here',
  'now',
  'then',
  'one',
  'two',
  'three',
  'first',
  'second',
]);
const ING_NOUNS = new Set([
  'meeting',
  'meetings',
  'briefing',
  'building',
  'hearing',
  'training',
  'funding',
  'spending',
  'bombing',
  'shooting',
  'landing',
  'wedding',
  'ceasefire',
]);
const verbLike = (w: string) => {
  const lower = w.toLowerCase();
  return VERBS.has(lower) || /(?:ed|ly)$/.test(lower) || (/ing$/.test(lower) && !ING_NOUNS.has(lower)) || /['’]/.test(lower);
};
/** A nationality or other adjective before a noun (Chinese government, Cambodian side) names nothing alone. */
const ADJECTIVE = /(?:ese|ian|ean|ish|i|ic|an)$/;
/** Offices and generic heads that lead a name but do not name anyone: President Trump → Trump. */
const TITLES = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'premier',
  'secretary',
  'state',
  'chairman',
  'chancellor',
  'king',
  'queen',
  'ambassador',
  'spokesperson',
  'spokesman',
  'director',
  'general',
  'deputy',
  'senator',
  'speaker',
  'mr',
  'mrs',
  'ms',
  'dr',
  'councilor',
  'counselor',
  'leader',
  'supreme',
  'chief',
  'executive',
  'special',
  'representative',
  'envoy',
  'former',
  'acting',
  'defense',
  'defence',
  'commerce',
  'trade',
  'ministry',
  'department',
  'affairs',
]);
/** Words of the briefing itself: they name no subject. */
const BRIEFING_WORDS = new Set([
  'q',
  'a',
  'follow-up',
  'followup',
  'journalist',
  'reporter',
  'question',
  'questions',
  'comment',
  'comments',
  'response',
  'chinese side',
  'mfa',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

interface Candidate {
  text: string;
  score: number;
  at: number;
}

interface Word {
  text: string;
  at: number;
  /** First word of a sentence (or of the question). */
  initial: boolean;
  /** Punctuation right after it breaks a name (comma, period…). */
  breakAfter: boolean;
}

/** Whether a text is written in Latin letters rather than Han characters. */
export function isLatinText(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return latin > 2 * han && latin > 0;
}

export function deriveEnglishLabels(topics: LabelSource[]): string[] {
  const questions = topics.map((t) => (t.question === undefined ? undefined : t.question.slice(0, QUESTION_SPAN)));
  const spread = wordSpread(questions);
  const asked = questions.filter((q) => q !== undefined).length;
  const names = midSentenceCapitals(topics.flatMap((t) => [t.question ?? '', t.answer.slice(0, ANSWER_SPAN)]));
  const used = new Set<string>();
  const labels: (string | undefined)[] = topics.map((t) => t.fixed);
  for (const l of labels) if (l !== undefined) used.add(l.toLowerCase());
  const choices = topics.map((t, i) => {
    const q = questions[i];
    if (t.fixed !== undefined || q === undefined) return { i, candidates: [] as Candidate[], fallback: ENGLISH_REMARKS_LABEL };
    return { i, candidates: candidates(q, t.answer.slice(0, ANSWER_SPAN), spread, asked, names), fallback: fallbackLabel(q) };
  });
  // Topics without a question first (their label is given), then the strongest claims.
  // Claims within a tenth of each other are equal: the earlier topic keeps the name.
  const strength = (c: { candidates: Candidate[] }) => Math.round((c.candidates[0]?.score ?? -100) * 10);
  const order = choices.filter((c) => labels[c.i] === undefined).sort((a, b) => strength(b) - strength(a) || a.i - b.i);
  for (const c of order) {
    const free = c.candidates.find((x) => !used.has(x.text.toLowerCase()));
    const label = free?.text ?? numbered(c.candidates[0]?.text ?? c.fallback, used);
    labels[c.i] = label;
    used.add(label.toLowerCase());
  }
  return labels.map((l) => l!);
}

function numbered(base: string, used: Set<string>): string {
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    let head = base;
    while (head.length > 1 && displayWidth(head + suffix) > MAX_COLUMNS) head = head.slice(0, -1);
    const label = head.trimEnd() + suffix;
    if (!used.has(label.toLowerCase())) return label;
  }
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
  let initial = true;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const between = text.slice(last, m.index);
    if (out.length > 0 && /[.?!:;]\s|[.?!]["”’)]?\s|\n/u.test(between)) initial = true;
    if (out.length > 0) out[out.length - 1]!.breakAfter = /[,.?!:;()"“”\n]|\s[-–—]\s/u.test(between);
    out.push({ text: m[0].replace(/['’]s$/u, ''), at: m.index, initial, breakAfter: false });
    initial = false;
    last = m.index + m[0].length;
  }
  return out;
}

/** Words written capitalised where a sentence does not start: names, whatever their position later. */
function midSentenceCapitals(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (!w.initial && /^\p{Lu}/u.test(w.text)) out.add(w.text);
  return out;
}

function wordSpread(questions: (string | undefined)[]): Map<string, number> {
  const spread = new Map<string, number>();
  for (const q of questions) {
    if (q === undefined) continue;
    for (const w of new Set(words(q).map((x) => x.text.toLowerCase()))) spread.set(w, (spread.get(w) ?? 0) + 1);
  }
  return spread;
}

const isAcronym = (w: string) => /^(?=.*\p{Lu}.*\p{Lu}|\p{Lu}\d)[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u.test(w);
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

function candidates(q: string, answer: string, spread: Map<string, number>, asked: number, names: Set<string>): Candidate[] {
  const ws = words(q);
  const answerLower = answer.toLowerCase();
  const out: Candidate[] = [];
  // Rarity: a word in every question names no one topic (China, US); one in a single question names it.
  const rarity = (parts: string[]) =>
    Math.max(
      ...parts.map((p) =>
        !isAcronym(p) && (FUNCTION_WORDS.has(p.toLowerCase()) || CONNECTORS.has(p.toLowerCase()))
          ? 0
          : Math.log((asked + 1) / (spread.get(p.toLowerCase()) ?? 1)),
      ),
    );
  const add = (text: string, base: number, at: number, parts: string[]) => {
    if (displayWidth(text) > MAX_COLUMNS || text.length < 2) return;
    const lower = text.toLowerCase();
    // WHO and US are names; who and us are not.
    if (!isAcronym(text) && (FUNCTION_WORDS.has(lower) || BRIEFING_WORDS.has(lower) || TITLES.has(lower))) return;
    // The answer taking a phrase up says it is the subject, as far as the phrase is rare at all.
    const r = rarity(parts);
    const repeated = answerLower.includes(lower) ? Math.min(1, r) : 0;
    out.push({ text, score: base + r + repeated - at / 2000, at });
  };
  // Names: runs of capitalised words (and the connectors between them), offices dropped from the front.
  const isName = (w: Word) => {
    if (isAcronym(w.text)) return true;
    const lower = w.text.toLowerCase();
    // I, I'm, It's are no names wherever they stand.
    if (!isCapitalised(w.text) || /['’]/.test(w.text) || FUNCTION_WORDS.has(lower) || BRIEFING_WORDS.has(lower)) return false;
    return !w.initial || names.has(w.text);
  };
  for (let i = 0; i < ws.length; i++) {
    if (!isName(ws[i]!)) continue;
    let j = i;
    while (j + 1 < ws.length && !ws[j]!.breakAfter) {
      const next = ws[j + 1]!;
      if (isName(next)) {
        j++;
        continue;
      }
      // Connectors between two capitalised words, one or two of them: Belt and Road, Law of the Sea.
      let k = j + 1;
      while (k < j + 3 && k < ws.length && CONNECTORS.has(ws[k]!.text) && !ws[k]!.breakAfter) k++;
      if (k > j + 1 && k < ws.length && isName(ws[k]!)) j = k;
      else break;
    }
    const run = ws.slice(i, j + 1);
    const isTitle = (w: Word) => TITLES.has(w.text.toLowerCase());
    // A name after an office is the person's: US Secretary of State Blinken → Blinken.
    const lastTitle = run.findLastIndex((w, k) => isTitle(w) && k < run.length - 1);
    let from = lastTitle >= 0 && !run.slice(lastTitle + 1).some(isTitle) && !CONNECTORS.has(run[lastTitle + 1]!.text) ? lastTitle + 1 : 0;
    let to = run.length;
    while (from < to - 1 && isTitle(run[from]!)) from++;
    // "US Special Representative": an office after the name is no part of it either.
    while (to - 1 > from && TITLES.has(run[to - 1]!.text.toLowerCase())) to--;
    const core = run.slice(from, to);
    if (core.length === 1 && TITLES.has(core[0]!.text.toLowerCase())) {
      i = j;
      continue;
    }
    const text = q.slice(core[0]!.at, core.at(-1)!.at + core.at(-1)!.text.length).replace(/['’]s$/u, '');
    const parts = core.map((w) => w.text);
    const acronym = core.length === 1 && isAcronym(core[0]!.text);
    const next = ws[j + 1];
    const modifier = core.length === 1 && !acronym && ADJECTIVE.test(core[0]!.text) && next !== undefined && !ws[j]!.breakAfter && /^\p{Ll}/u.test(next.text);
    // "UK and Germany" is a list more often than a name: the parts compete on their own too.
    const list = core.some((w) => w.text === 'and');
    // A person named after an office (Secretary of State Blinken) is what the question is about.
    const person = from > 0 && isTitle(run[from - 1]!);
    add(text, acronym ? 3 : modifier ? 1 : list ? 2 : core.length > 1 ? 3.5 : person ? 3.2 : 2.5, core[0]!.at, parts);
    // A long name may not fit: its last two or first two words may (Human Rights Council → Human Rights).
    if (displayWidth(text) > MAX_COLUMNS && core.length > 2) {
      // The last words hold the head noun (State Department, not US State): they come first.
      [core.slice(-2), core.slice(0, 2)].forEach((sub, k) => {
        if (CONNECTORS.has(sub[0]!.text) || CONNECTORS.has(sub.at(-1)!.text)) return;
        add(
          q.slice(sub[0]!.at, sub.at(-1)!.at + sub.at(-1)!.text.length),
          k === 0 ? 2.6 : 2.4,
          sub[0]!.at,
          sub.map((w) => w.text),
        );
      });
    }
    i = j;
  }
  // Quoted terms.
  for (const m of q.matchAll(/["“]([^"”]{2,40})["”]/gu)) {
    const inner = m[1]!.trim().replace(/[,.;:]+$/u, '');
    const parts = words(inner).map((w) => w.text);
    if (parts.length === 0 || parts.length > 4 || parts.every((p) => FUNCTION_WORDS.has(p.toLowerCase()))) continue;
    add(inner, 3, m.index, parts);
  }
  // Plain noun phrases the answer takes up (two or three content words in a row, not ending in a
  // verb), and single content words, weakest: what a follow-up without names is about.
  for (let i = 0; i < ws.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const span = ws.slice(i, i + n);
      if (span.length < n || span.slice(0, -1).some((w) => w.breakAfter)) continue;
      if (
        span.some(
          (w) => FUNCTION_WORDS.has(w.text.toLowerCase()) || CONNECTORS.has(w.text.toLowerCase()) || /^\d/.test(w.text) || isName(w) || w.text.length < 3,
        )
      )
        continue;
      if (verbLike(span.at(-1)!.text) || verbLike(span[0]!.text)) continue;
      const text = q.slice(span[0]!.at, span.at(-1)!.at + span.at(-1)!.text.length);
      if (n > 1 && !answerLower.includes(text.toLowerCase())) continue;
      add(
        text,
        n === 1 ? 0 : 1.5 + n * 0.25,
        span[0]!.at,
        span.map((w) => w.text),
      );
    }
  }
  out.sort((a, b) => b.score - a.score || a.at - b.at);
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.text.toLowerCase()) && seen.add(c.text.toLowerCase()));
}

/** The question's first content words, up to the label width; "Question" when it has none. */
function fallbackLabel(q: string): string {
  let label = '';
  for (const w of words(q)) {
    const lower = w.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || BRIEFING_WORDS.has(lower) || CONNECTORS.has(lower) || verbLike(w.text)) {
      if (label !== '') break;
      continue;
    }
    const next = label ? `${label} ${w.text}` : w.text;
    if (displayWidth(next) > MAX_COLUMNS) break;
    label = next;
  }
  return label.length >= 2 ? label : ENGLISH_QUESTION_LABEL;
}

/**
 * The seam for a parsed model (until the parser calls deriveEnglishLabels itself): an English
 * transcript's derived labels replaced, headed topics (a headline) left alone.
 */
export function relabelEnglish<T extends { topics: { label: string; headline?: string; turns: { role: string; paragraphs: string[] }[] }[] }>(t: T): T {
  const sources: LabelSource[] = t.topics.map((tp) => {
    if (tp.headline !== undefined) return { fixed: tp.label, answer: '' };
    const q = tp.turns.find((u) => u.role === 'question');
    const answer = tp.turns
      .filter((u) => u.role !== 'question')
      .flatMap((u) => u.paragraphs)
      .join('\n');
    return { ...(q ? { question: q.paragraphs.join('\n') } : {}), answer };
  });
  const sample = t.topics
    .flatMap((tp) => tp.turns.filter((u) => u.role === 'question').flatMap((u) => u.paragraphs))
    .join('\n')
    .slice(0, 4000);
  if (!isLatinText(sample)) return t;
  const labels = deriveEnglishLabels(sources);
  return { ...t, topics: t.topics.map((tp, i) => ({ ...tp, label: labels[i]! })) };
}
