import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/**
 * Words that carry no meaning across languages: the stopword package's English list, and what
 * dictionary definitions add around a meaning ("to", "sb", "(esp. …)", "lit.", "fig.").
 */
const STOP = new Set([
  ...eng,
  'a',
  'an',
  'i',
  'us',
  'may',
  'shall',
  'not',
  'no',
  'will',
  'does',
  'doe',
  'sb',
  'sth',
  'etc',
  'lit',
  'fig',
  'esp',
  'abbr',
  'oneself',
  'ones',
  's',
  't',
  're',
  've',
  'll',
  'd',
  'm',
]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The stem a word matches by: lower case, possessive dropped, Porter stem. Undefined for a function word. */
export function englishStem(word: string): string | undefined {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (STOP.has(lower)) return undefined;
  const stem = stemmer(lower);
  return STOP.has(stem) || stem.length < 2 ? undefined : stem;
}

/**
 * Keys of an English text that a Chinese text can share: content-word stems, numbers as `#n`
 * ("2,000" and "15th" too) and month names as `@m` (October → @10), in order of occurrence.
 */
export function englishKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const number = /^(\d+)(?:st|nd|rd|th)?$/i.exec(w);
    if (number) {
      out.push(`#${Number(number[1])}`);
      continue;
    }
    const month = MONTHS.indexOf(w.toLowerCase());
    // "May" as a month only when capitalised mid-text; "may" is a modal verb.
    if (month >= 0 && (month !== 4 || w === 'May')) out.push(`@${month + 1}`);
    if (/^\d/.test(w)) continue;
    // An acronym is a name: WHO is not "who", US is not "us".
    if (/^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(w)) {
      out.push(w.toLowerCase());
      continue;
    }
    const stem = englishStem(w);
    if (stem !== undefined) out.push(stem);
  }
  return joinThousands(text, out);
}

/** "2,000" is one number, not 2 and 0. */
function joinThousands(text: string, keys: string[]): string[] {
  if (!/\d,\d{3}/.test(text)) return keys;
  const extra = [...text.matchAll(/\d{1,3}(?:,\d{3})+/g)].map((m) => `#${Number(m[0].replace(/,/g, ''))}`);
  return [...keys, ...extra];
}
