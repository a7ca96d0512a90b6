import { splitSentences } from '../../search/sentences.js';
import type { Mark } from '../../store/marks.js';
import { graphemes } from '../../text/width.js';
import { fullWidthPunctuation } from '../../text/punct.js';
import { citedSpeaker } from '../../transcript/voice.js';
import { dateOf, quoteTarget } from '../targets.js';
import { quotesPage } from '../pages.js';
import { cursorOf, highlightAtCursor } from './cursor.js';
import { openTarget } from './open.js';
import { type Env, type MarkDraft, type State, type Step, say, step, withStatus } from './types.js';

/**
 * Marks: `m` keeps the paragraph at the cursor (or the sentence of the search hit highlighted on
 * this page, or of the selected pull quote); `M` does so with a one-line note typed first. The
 * marks page (') lists every mark the store holds, from any transcript: Enter opens one of this
 * transcript at its place, `e` edits its note, `d` deletes it. Keeping, reading and deleting are
 * effects; the store's answers come back as `marked` and `marksLoaded`.
 */

/** The sentence of `text` around [start, end): a hit is a few characters, a mark should be a quotable sentence. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const sentences = splitSentences(text);
  const first = sentences.find(([, e]) => e > start) ?? [start, end];
  const last = [...sentences].reverse().find(([s]) => s < Math.max(end, start + 1)) ?? first;
  return [Math.min(first[0], start), Math.max(last[1], end)];
}

/** What `m` marks here: the place, the text and who said it; null when there is nothing to mark. */
export function markDraft(s: State, env: Env): MarkDraft | null {
  const t = env.transcript;
  let page = s.page;
  let ref = cursorOf(s, env);
  let range: [number, number] | null = null;
  const hit = highlightAtCursor(s, env);
  if (hit) {
    range = [hit.start, hit.end];
  } else if (s.page === quotesPage(t)) {
    const target = quoteTarget(t, s.quoteSel);
    if (!target || !target.mark) return null;
    page = target.page;
    ref = target.ref;
    range = [target.start, target.end];
  }
  const topic = t.topics[page - 1];
  const turn = ref && topic?.turns[ref.turn];
  const text = ref && turn ? turn.paragraphs[ref.para] : undefined;
  if (!topic || !turn || !ref || text === undefined || text.trim() === '') return null;
  const [start, end] = range ? sentenceAround(text, range[0], range[1]) : [0, text.length];
  const date = t.date ?? dateOf(env.name);
  return {
    transcript: {
      hash: env.hash ?? '',
      name: env.name,
      ...(env.path ? { path: env.path } : {}),
      title: t.title,
      ...(date ? { date } : {}),
      ...(t.event ? { event: t.event } : {}),
      ...(t.source ? { source: t.source } : {}),
    },
    topic: topic.id,
    topicLabel: topic.label,
    turn: ref.turn,
    para: ref.para,
    start,
    end,
    // The text as the reader shows it and `y` copies it: with the punctuation refinement on, full-width.
    text: shown(s, text.slice(start, end).trim()),
    speaker: citedSpeaker(turn),
  };
}

export function mark(s: State, env: Env): Step {
  const draft = markDraft(s, env);
  if (!draft) return withStatus(s, say(s).nothingToMark);
  return step(s, { type: 'addMark', draft });
}

/** `M`: the note line opens; Enter keeps the mark with the note, Esc keeps nothing. */
export function markWithNote(s: State, env: Env): Step {
  const draft = markDraft(s, env);
  if (!draft) return withStatus(s, say(s).nothingToMark);
  return step({ ...s, mode: 'note', note: { text: '', for: { kind: 'new', draft } } });
}

/** The store kept a mark. */
export function marked(s: State, m: Mark): Step {
  const chars = [...m.text].length;
  return withStatus(s, say(s).marked(chars, !!m.note));
}

/** Text typed into the note line: one line, control characters dropped. */
export function typeNote(s: State, text: string): Step {
  if (s.mode !== 'note' || !s.note) return step(s);
  const clean = text.replace(/[\r\n\t]+/g, ' ').replace(/[\x00-\x1f\x7f]/g, '');
  return step({ ...s, note: { ...s.note, text: s.note.text + clean } });
}

export function editNoteLine(s: State, how: 'char' | 'word' | 'line'): Step {
  if (!s.note) return step(s);
  const text = s.note.text;
  const next = how === 'char' ? graphemes(text).slice(0, -1).join('') : how === 'word' ? text.replace(/\S*\s*$/u, '') : '';
  return step({ ...s, note: { ...s.note, text: next } });
}

/** Enter on the note line. */
export function saveNote(s: State): Step {
  const note = s.note;
  if (!note) return step({ ...s, mode: 'normal' });
  const text = note.text.trim();
  if (note.for.kind === 'new') {
    const draft = text ? { ...note.for.draft, note: text } : note.for.draft;
    return step({ ...s, mode: 'normal', note: null }, { type: 'addMark', draft });
  }
  return step({ ...s, mode: 'marks', note: null }, { type: 'setNote', id: note.for.id, note: text });
}

/** Esc on the note line: back to where it was opened, nothing kept. */
export function cancelNote(s: State): Step {
  const back = s.note?.for.kind === 'edit' ? 'marks' : 'normal';
  return step({ ...s, mode: back, note: null });
}

/** ' : the marks page opens (its list read from the store); on it, ' closes it. */
export function toggleMarksPage(s: State): Step {
  if (s.mode === 'marks') return step({ ...s, mode: 'normal' });
  return step({ ...s, mode: 'marks', marks: { ...s.marks, sel: 0 } }, { type: 'loadMarks' });
}

export function marksLoaded(s: State, list: Mark[]): State {
  return { ...s, marks: { list, sel: Math.max(0, Math.min(s.marks.sel, list.length - 1)) } };
}

export function selectMark(s: State, dir: 1 | -1): State {
  const n = s.marks.list.length;
  if (n === 0) return s;
  return { ...s, marks: { ...s.marks, sel: Math.max(0, Math.min(n - 1, s.marks.sel + dir)) } };
}

function selected(s: State): Mark | undefined {
  return s.marks.list[s.marks.sel];
}

export function deleteSelectedMark(s: State): Step {
  const m = selected(s);
  if (!m) return withStatus(s, say(s).noMarkToDelete);
  return {
    state: s,
    effects: [
      { type: 'deleteMark', id: m.id },
      { type: 'status', text: say(s).markDeleted },
    ],
  };
}

export function editSelectedNote(s: State): Step {
  const m = selected(s);
  if (!m) return withStatus(s, say(s).noMarkToNote);
  return step({ ...s, mode: 'note', note: { text: m.note ?? '', for: { kind: 'edit', id: m.id } } });
}

function shown(s: State, text: string): string {
  return s.fullWidthPunctuation ? fullWidthPunctuation(text) : text;
}

/** Where a mark is in this transcript: its paragraph, checked against the text (else found by it), either punctuation. */
function placeOf(env: Env, m: Mark): { page: number; turn: number; para: number; start: number; end: number } | null {
  const topics = env.transcript.topics;
  const same = (a: string, b: string) => a === b || fullWidthPunctuation(a) === fullWidthPunctuation(b);
  const at = topics[m.topic - 1]?.turns[m.turn]?.paragraphs[m.para];
  if (at !== undefined && same(at.slice(m.start, m.end).trim(), m.text)) return { page: m.topic, turn: m.turn, para: m.para, start: m.start, end: m.end };
  const wanted = fullWidthPunctuation(m.text);
  for (const topic of topics) {
    for (const [ti, turn] of topic.turns.entries()) {
      for (const [pi, p] of turn.paragraphs.entries()) {
        const i = fullWidthPunctuation(p).indexOf(wanted);
        if (i >= 0) return { page: topic.id, turn: ti, para: pi, start: i, end: i + m.text.length };
      }
    }
  }
  return null;
}

/** Enter on the marks page: a mark of this transcript opens at its place, its text highlighted. */
export function openSelectedMark(s: State, env: Env): Step {
  const m = selected(s);
  if (!m) return withStatus(s, say(s).noMarkToOpen);
  const here = env.hash ? m.transcript.hash === env.hash : m.transcript.name === env.name;
  // Its own transcript opens it there (or says why it cannot): the marks page stays until it has.
  if (!here) return step(s, { type: 'openMark', mark: m });
  return showMark(s, env, m);
}

/** A mark of this transcript shown at its place, its text highlighted and the cursor on its paragraph. */
export function showMark(s: State, env: Env, m: Mark): Step {
  const place = placeOf(env, m);
  if (!place) return withStatus(s, say(s).passageGone);
  const target = { page: place.page, ref: { turn: place.turn, para: place.para }, start: place.start, end: place.end, mark: true };
  const opened = openTarget({ ...s, mode: 'normal', focus: 'reader' }, env, target);
  return step({ ...opened, cursor: target.ref });
}
