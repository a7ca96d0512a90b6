// English paragraphs wrap at spaces: a word is never cut unless it is wider than the line, no line
// starts with a space or a closing mark, and every line but the last is filled as far as the next
// word allows. Checked on paragraphs written here and, when the shared library is present, on real
// English briefings at several widths.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/text/linebreak.js';
import { displayWidth } from '../../src/text/width.js';
import { ruleViolations } from './rules.js';

const WIDTHS = [12, 20, 33, 40, 57, 80, 100];

/** The widest run a line may not split: words, numbers, and words joined by no-break spaces (as these pages print them). */
function widestRun(paragraph: string): number {
  return Math.max(...paragraph.split(/ +/).map((w) => displayWidth(w)));
}

/**
 * Where a line ends inside a word: neither at a space nor after a hyphen or dash. Allowed only
 * when the word (with anything glued to it) is wider than the line.
 */
function wordSplits(paragraph: string, width: number): string[] {
  const lines = breakLines(paragraph, width);
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    // Between words, after a hyphen or dash, or before an opening bracket ("China(CPC)" as printed).
    if (b.start > a.end || /[-–—/]$/u.test(a.text) || /^[([]/u.test(b.text)) continue;
    out.push(`width ${width}: ${JSON.stringify(a.text)} | ${JSON.stringify(b.text)}`);
  }
  return out;
}

function check(paragraph: string, width: number): string[] {
  const lines = breakLines(paragraph, width);
  const problems = ruleViolations(paragraph, lines, width, 'narrow');
  for (const l of lines) {
    if (l.width > width) problems.push(`line wider than ${width}: ${l.text}`);
    if (/^\s/.test(l.text)) problems.push(`line starts with a space at width ${width}`);
  }
  // Nothing lost: the lines hold every non-space character of the paragraph, in order.
  if (
    lines
      .map((l) => l.text)
      .join('')
      .replace(/\s/g, '') !== paragraph.replace(/\s/g, '')
  )
    problems.push('text lost');
  // Where every word fits a line, lines end only between words.
  if (width >= widestRun(paragraph)) problems.push(...wordSplits(paragraph, width));
  return problems;
}

const WRITTEN = [
  "China welcomes the completion of the expert team's study, and will continue to cooperate with the World Health Organization (WHO) on COVID-19 origins-tracing.",
  'As far as I know, 10 ASEAN countries have confirmed their participation in the 15th China-ASEAN Expo, to be held in Nanning from September 10 to 13, 2021.',
  "We urge the US side to discard the Cold War mentality and zero-sum game, stop interfering in Hong Kong affairs — which are purely China's internal affairs — and refrain from going further down the wrong path.",
  "The Law of the People's Republic of China on Safeguarding National Security in the Hong Kong Special Administrative Region took effect on June 30, 2020; its 66 articles were published in full.",
];

describe('English paragraphs wrap at word boundaries', () => {
  it.each(WRITTEN.map((p, i) => [i, p]))('paragraph %i at several widths', (_i, p) => {
    expect(WIDTHS.flatMap((w) => check(p as string, w))).toEqual([]);
  });

  it('breaks at spaces: every line of a written paragraph ends where a word ends', () => {
    const lines = breakLines(WRITTEN[0]!, 40);
    expect(lines.map((l) => l.text.trimEnd())).toEqual([
      'China welcomes the completion of the',
      "expert team's study, and will continue",
      'to cooperate with the World Health',
      'Organization (WHO) on COVID-19',
      'origins-tracing.',
    ]);
  });

  it('cuts a word only when it is wider than the line', () => {
    const text = 'A supercalifragilisticexpialidocious word';
    expect(wordSplits(text, 40)).toEqual([]);
    const narrow = breakLines(text, 10);
    expect(narrow.every((l) => l.width <= 10)).toBe(true);
    expect(wordSplits(text, 10).length).toBeGreaterThan(0);
    expect(narrow.at(-1)!.text).toBe('word');
  });
});

const dir = join(import.meta.dirname, '../../../shared/library/mfa-en-2018-2020');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

describe.skipIf(files.length === 0)('real English briefings wrap at word boundaries', () => {
  it('a sample of 40 briefings at several widths', () => {
    const sample = files.filter((_, i) => i % Math.ceil(files.length / 40) === 0);
    const problems: string[] = [];
    for (const f of sample) {
      // These pages put no-break spaces between ordinary words (an HTML leftover): read as the
      // spaces they stand for. Left in, they glue words into runs and start lines with a blank.
      const paragraphs = readFileSync(join(dir, f), 'utf8')
        .replace(/\u00a0/g, ' ')
        .split('\n')
        .slice(1)
        .filter((p) => p.trim() !== '')
        .slice(0, 12);
      for (const p of paragraphs) for (const w of WIDTHS) problems.push(...check(p, w).map((x) => `${f}: ${x}`));
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 120_000);
});
