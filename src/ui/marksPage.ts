import { displayWidth, graphemes, type Ambiguous } from '../text/width.js';
import { fitString } from './fit.js';
import { layoutPage, type Block, type PageRow } from '../layout/page.js';
import type { Mark } from '../store/marks.js';
import { printable } from '../transcript/sanitize.js';
import { strings, type Lang } from '../i18n/strings.js';

/**
 * The marks page (') as blocks for `layoutPage`: mark i is turn i — a line saying where it is
 * (date, file, topic, speaker), the passage (cut after a few lines' worth), its note.
 */

/** A passage longer than this is cut on the page (`presser marks` prints it whole). */
const SHOWN_CHARS = 160;

function shortened(text: string): string {
  const gs = graphemes(text.replace(/\s+/g, ' '));
  return gs.length > SHOWN_CHARS ? `${gs.slice(0, SHOWN_CHARS).join('')}…` : gs.join('');
}

export function marksBlocks(marks: Mark[], hash: string | undefined, lang: Lang = 'en'): Block[] {
  const say = strings(lang);
  const heading = say.marksHeading(marks.length);
  const blocks: Block[] = [{ ref: { turn: -1, para: 0 }, text: heading, style: 'heading' }];
  if (marks.length === 0) {
    blocks.push({ ref: { turn: -1, para: 1 }, text: say.noMarksYet, style: 'dim', gapBefore: true });
  }
  marks.forEach((m, i) => {
    const t = m.transcript;
    const here = hash !== undefined && t.hash === hash;
    const where = [t.date, printable(t.name), `${m.topic} ${m.topicLabel}`, m.speaker].filter(Boolean).join(' · ');
    blocks.push({
      ref: { turn: i, para: 0 },
      text: `${where}${here ? '' : say.anotherTranscript}`,
      style: 'dim',
      gapBefore: true,
      prefix: `${i + 1}. `,
      hang: true,
    });
    blocks.push({ ref: { turn: i, para: 1 }, text: shortened(m.text), style: 'answer', prefix: ' '.repeat(`${i + 1}. `.length), hang: true });
    if (m.note)
      blocks.push({
        ref: { turn: i, para: 2 },
        text: m.note,
        style: 'remark',
        prefix: `${' '.repeat(`${i + 1}. `.length)}${say.notePrefix}`,
        prefixStyle: 'dim',
        hang: true,
      });
  });
  return blocks;
}

/** The page laid out, and the top row that shows the selected mark (whole when it fits). */
export function marksRows(
  marks: Mark[],
  hash: string | undefined,
  sel: number,
  height: number,
  opts: { width: number; ambiguous: Ambiguous; fullWidthPunctuation: boolean; lang?: Lang },
): { rows: PageRow[]; top: number } {
  const rows = layoutPage(marksBlocks(marks, hash, opts.lang), opts);
  const first = rows.findIndex((r) => r.ref.turn === sel);
  let last = first;
  while (last + 1 < rows.length && rows[last + 1]!.ref.turn === sel) last++;
  if (first < 0) return { rows, top: 0 };
  // The heading stays in view while the selection is on the first screen.
  const top = last < height ? 0 : Math.max(0, Math.min(first, last - height + 1));
  return { rows, top };
}

/** The note line at the bottom: what is typed, its end kept in view, and where the cursor goes. */
export function noteLine(text: string, width: number, ambiguous: Ambiguous, lang: Lang = 'en'): { text: string; cursor: number } {
  const w = { ambiguous };
  const label = strings(lang).noteLineLabel;
  const room = Math.max(1, width - displayWidth(label, w) - 1);
  const gs = graphemes(text);
  while (gs.length > 0 && displayWidth(gs.join(''), w) > room) gs.shift();
  const line = `${label}${gs.join('')}`;
  return { text: fitString(line, width, w), cursor: Math.min(displayWidth(line, w), width - 1) };
}
