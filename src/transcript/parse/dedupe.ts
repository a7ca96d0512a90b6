import type { Repair } from '../model.js';
import type { Para, RawSection, RawTurn, Voice } from './sections.js';
import { short } from './sections.js';
import { compactKey, endsMidSentence, endsSentence } from './text.js';
import { PROBLEMS } from '../../i18n/problems.js';

export interface WorkTurn extends Voice {
  paras: Para[];
}

export interface WorkTopic {
  /** A heading's label; undefined: derived (from the headline when there is one, else the question). */
  label?: string;
  headline?: string;
  headingLine?: number;
  turns: WorkTurn[];
  line: number;
}

/** Paragraphs shorter than this (in non-space characters) may repeat legitimately ("谢谢。"). */
const MIN_REPEAT = 10;
const EDGE = 10;

/**
 * Collapses the layout's repeats. In reading order: a section whose heading or question was seen
 * before is a repeat, and its new paragraphs join the first occurrence. In a text whose layout
 * repeats sections (damaged newspaper copy), a paragraph seen before anywhere is dropped, and so
 * is a truncated copy of a paragraph found whole elsewhere. Elsewhere a paragraph said again in
 * another answer is the speaker's (spokespeople repeat positions word for word): only a copy
 * within the same topic is dropped.
 */
export function collapseRepeats(sections: RawSection[], repairs: Repair[]): WorkTopic[] {
  const damaged = repeatsSections(sections);
  const wholes = indexWholes(sections);
  const topics: WorkTopic[] = [];
  const byHeading = new Map<string, WorkTopic>();
  const seen = new Map<string, { para: Para; turn: WorkTurn; topic: WorkTopic }>();

  for (const section of sections) {
    const headKey = section.heading ? compactKey((section.heading.label ?? '') + section.heading.headline) : undefined;
    const firstQuestion = section.turns.find((t) => t.role === 'question')?.paras[0];
    const qSeen = firstQuestion ? seen.get(compactKey(firstQuestion.text)) : undefined;
    const target = (headKey !== undefined ? byHeading.get(headKey) : undefined) ?? (qSeen?.turn.role === 'question' ? qSeen.topic : undefined);
    const topic: WorkTopic = target ?? { turns: [], line: section.line };
    if (!target) {
      if (section.heading) {
        if (section.heading.label !== undefined) topic.label = section.heading.label;
        if (section.heading.headline !== '') topic.headline = section.heading.headline;
        topic.headingLine = section.heading.line;
      }
      topics.push(topic);
    }
    if (headKey !== undefined && !byHeading.has(headKey)) byHeading.set(headKey, topic);

    let moved = 0;
    let anchor: { para: Para; turn: WorkTurn } | undefined;
    for (const raw of section.turns) {
      const home: WorkTurn | undefined = target ? undefined : { ...voiceOf(raw), paras: [] };
      let kept = 0;
      for (const p of raw.paras) {
        const key = keyOf(p);
        const whole = wholeOf(p.text, key, wholes, damaged);
        if (whole) {
          repairs.push({ kind: 'dropped-fragment', line: p.line, detail: PROBLEMS.truncatedCopy(String(whole.line), short(p.text)) });
          continue;
        }
        const seenBefore = key.length >= MIN_REPEAT ? seen.get(key) : undefined;
        const prior = seenBefore && (damaged || seenBefore.topic === topic) ? seenBefore : undefined;
        if (prior) {
          repairs.push({ kind: 'duplicate-paragraph', line: p.line, detail: PROBLEMS.repeatsLine(String(prior.para.line), short(p.text)) });
          if (prior.topic === topic) anchor = prior;
          continue;
        }
        if (target) {
          // A repeat's new paragraph: into the first occurrence, after the last one seen there.
          const dest = anchor?.turn.role === raw.role && anchor.turn.speaker === raw.speaker ? anchor.turn : turnFor(topic, raw);
          const at = anchor && anchor.turn === dest ? dest.paras.indexOf(anchor.para) + 1 : dest.paras.length;
          dest.paras.splice(at, 0, p);
          anchor = { para: p, turn: dest };
          moved++;
          repairs.push({
            kind: 'moved-paragraph',
            line: p.line,
            detail: PROBLEMS.movedParagraph(String(topic.line)),
          });
        } else {
          home!.paras.push(p);
          anchor = { para: p, turn: home! };
        }
        kept++;
        if (key.length >= MIN_REPEAT) seen.set(key, { para: p, turn: anchor.turn, topic });
      }
      if (home && (kept > 0 || raw.paras.length === 0)) topic.turns.push(home);
      else if (kept === 0 && !raw.paras.some((p) => p.line === raw.line)) {
        repairs.push({ kind: 'duplicate-paragraph', line: raw.line, detail: PROBLEMS.labelAllRepeat() });
      }
    }
    if (target && section.heading) {
      const what = moved > 0 ? PROBLEMS.newParagraphsJoined(String(moved)) : PROBLEMS.nothingNew();
      repairs.push({ kind: 'duplicate-section', line: section.heading.line, detail: PROBLEMS.repeatsSection(String(target.line), what) });
    }
  }
  return dropEmpty(topics, repairs);
}

/** Whether any section repeats an earlier one's heading or question: the layout printed blocks twice. */
export function repeatsSections(sections: RawSection[]): boolean {
  const heads = new Set<string>();
  const questions = new Set<string>();
  for (const s of sections) {
    if (s.heading) {
      const k = compactKey((s.heading.label ?? '') + s.heading.headline);
      if (heads.has(k)) return true;
      heads.add(k);
    }
    const q = s.turns.find((t) => t.role === 'question')?.paras[0];
    if (q) {
      const k = compactKey(q.text);
      if (k.length >= MIN_REPEAT && questions.has(k)) return true;
      questions.add(k);
    }
  }
  return false;
}

/** A topic left with no turns (everything under its heading repeated earlier text) is no topic. */
function dropEmpty(topics: WorkTopic[], repairs: Repair[]): WorkTopic[] {
  for (const t of topics) {
    if (t.turns.length === 0 && t.headingLine !== undefined) {
      repairs.push({ kind: 'duplicate-section', line: t.headingLine, detail: PROBLEMS.headingOverNothingNew() });
    }
  }
  return topics.filter((t) => t.turns.length > 0);
}

function turnFor(topic: WorkTopic, raw: RawTurn): WorkTurn {
  for (let i = topic.turns.length - 1; i >= 0; i--) {
    const t = topic.turns[i]!;
    if (t.role === raw.role && t.speaker === raw.speaker) return t;
  }
  const t: WorkTurn = { ...voiceOf(raw), paras: [] };
  topic.turns.push(t);
  return t;
}

/** A raw turn's voice, without its paragraphs and line. */
function voiceOf(raw: RawTurn): Voice {
  const { paras: _paras, line: _line, interjection: _interjection, ...voice } = raw;
  return voice;
}

interface Wholes {
  byStart: Map<string, Para[]>;
  byEnd: Map<string, Para[]>;
}

/** Buckets every paragraph by its first and last few characters, to find truncated copies fast. */
function indexWholes(sections: RawSection[]): Wholes {
  const byStart = new Map<string, Para[]>();
  const byEnd = new Map<string, Para[]>();
  const add = (m: Map<string, Para[]>, k: string, p: Para) => {
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  };
  for (const s of sections) {
    for (const t of s.turns) {
      for (const p of t.paras) {
        const key = keyOf(p);
        if (key.length <= EDGE) continue;
        add(byStart, key.slice(0, EDGE), p);
        add(byEnd, key.slice(-EDGE), p);
      }
    }
  }
  return { byStart, byEnd };
}

const MAX_BUCKET_SCAN = 64;

const keys = new WeakMap<Para, string>();
/** A paragraph's comparison key, computed once. */
function keyOf(p: Para): string {
  let k = keys.get(p);
  if (k === undefined) {
    k = compactKey(p.text);
    keys.set(p, k);
  }
  return k;
}

/**
 * The paragraph this one is a truncated copy of: a longer paragraph that starts with it (this
 * one stopping mid-sentence: no speaker ends a paragraph mid-word), or, in damaged copy, ends
 * with it (this one starting mid-sentence).
 */
function wholeOf(text: string, key: string, w: Wholes, damaged: boolean): Para | undefined {
  if (key.length < MIN_REPEAT) return undefined;
  if (endsMidSentence(text)) {
    const bucket = w.byStart.get(key.slice(0, EDGE)) ?? [];
    for (const p of bucket.slice(0, MAX_BUCKET_SCAN)) {
      const other = keyOf(p);
      if (other.length > key.length && other.startsWith(key)) return p;
    }
  }
  // A copy that starts mid-sentence may be a speaker repeating the end of an earlier answer; in
  // damaged copy it is a fragment.
  if (!damaged) return undefined;
  const bucket = w.byEnd.get(key.slice(-EDGE)) ?? [];
  for (const p of bucket.slice(0, MAX_BUCKET_SCAN)) {
    const other = keyOf(p);
    if (other.length > key.length && other.endsWith(key) && !endsSentence(other.slice(0, other.length - key.length))) return p;
  }
  return undefined;
}
