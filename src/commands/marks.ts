import { strings, type Lang } from '../i18n/strings.js';
import { citationLine } from '../transcript/cite.js';
import { printable } from '../transcript/sanitize.js';
import type { Mark } from '../store/marks.js';

/** A mark's citation line, as `y` copies it. */
export function markCitation(m: Mark): string {
  const t = m.transcript;
  return citationLine({ speaker: m.speaker, event: t.event, title: t.title, date: t.date, source: t.source });
}

/** Where the mark is: the file and the topic. */
function place(m: Mark): string {
  return `${printable(m.transcript.name)} · ${m.topic} ${m.topicLabel}`;
}

/** Marks as Markdown: each passage a blockquote with its citation, ready for a story draft. */
export function marksMarkdown(marks: Mark[], lang: Lang = 'en'): string {
  return marks
    .map((m) => {
      const quote = m.text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
      const lines = [quote, '>', `> —— ${markCitation(m)}`, ''];
      if (m.note) lines.push(strings(lang).markNote(m.note), '');
      lines.push(`<sub>${place(m)}</sub>`);
      return lines.join('\n');
    })
    .join('\n\n---\n\n')
    .concat(marks.length ? '\n' : '');
}

/** Marks as plain text: the passage, its citation, the note, the place. */
export function marksText(marks: Mark[], lang: Lang = 'en'): string {
  return marks.map((m) => [m.text, `—— ${markCitation(m)}`, ...(m.note ? [strings(lang).markNote(m.note)] : []), `(${place(m)})`].join('\n') + '\n').join('\n');
}

/** Marks as JSON: the records, each with its citation line. */
export function marksJson(marks: Mark[]): string {
  return `${JSON.stringify(
    marks.map((m) => ({ ...m, citation: markCitation(m) })),
    null,
    2,
  )}\n`;
}
