import type { Transcript } from '../../src/transcript/model.js';

// Letters, digits and ideographs only: a header line split into fields (dateline, credits in brackets,
// a subtitle's dash) is accounted for by its words.
const compact = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');
const BULLETS = /^[■□◆◇●○▲△★☆▪▫◼◻►▶]+/u;

/**
 * The non-blank source lines that the model neither holds (title, byline, intro, headings,
 * speakers, paragraphs, quotes, notes, source) nor names in a repair. Spacing is ignored, and a
 * line may lose its speaker label ("王毅:") or quote bullet ("■").
 */
export function unaccountedLines(raw: string, t: Transcript): { line: number; text: string }[] {
  const parts: string[] = [t.kicker ?? '', t.title, t.subtitle ?? '', t.byline ?? '', t.dateline ?? '', ...(t.credits ?? []), t.intro ?? ''];
  for (const tp of t.topics) {
    parts.push(tp.label, tp.headline ?? '');
    for (const u of tp.turns) parts.push(String(u.number ?? ''), u.label ?? '', u.title ?? '', u.speaker, ...u.paragraphs);
  }
  parts.push(...t.notes, t.source ?? '', ...t.quotes.map((q) => q.text)); // source ends the last paragraph or note
  const blob = compact(parts.join(''));
  const repaired = new Set(t.repairs.map((r) => r.line));
  const out: { line: number; text: string }[] = [];
  raw
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .forEach((text, i) => {
      const c = compact(text);
      if (c === '' || repaired.has(i + 1) || blob.includes(c) || blob.includes(compact(text.replace(BULLETS, '').replace(/^[\s]+/, '')).replace(BULLETS, '')))
        return;
      const colon = /[:：]/u.exec(text);
      if (colon) {
        const label = compact(text.slice(0, colon.index));
        const body = compact(text.slice(colon.index + 1));
        if (blob.includes(body) && (blob.includes(label) || /问|答/u.test(label))) return;
      }
      out.push({ line: i + 1, text });
    });
  return out;
}
