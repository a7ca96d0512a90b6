import { englishKeys } from './english-words.js';
import type { Glossary } from './glossary.js';

/**
 * One piece of a Chinese text that its English translation can show: a dictionary word (its
 * definitions' stems), a number or month, a Latin name. `key` tells two terms apart (and weighs
 * them by rarity); `matches` are the English keys that translate it.
 */
export interface Term {
  key: string;
  matches: ReadonlySet<string>;
}

const HAN = /\p{Script=Han}/u;
const NUMERALS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_NUMBER = /[〇零一二两三四五六七八九十百千]+/uy;

/**
 * The terms of a Chinese text: Han runs segmented by longest dictionary match (single characters
 * are too ambiguous to count: 中 is "middle", "China", "in"), Latin words and acronyms as written
 * (WHO, TPP, Halemubieke), Arabic numbers (`10月` is a month, @10), and Chinese numbers that
 * count (十五, 二〇一九, 第三).
 */
export function chineseTerms(text: string, glossary: Glossary | null): Term[] {
  const out: Term[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/[0-9０-９]/u.test(c)) {
      const m = /[0-9０-９]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?/uy;
      m.lastIndex = i;
      const digits = m.exec(text)![0];
      const n = Number(toHalfWidth(digits).replace(/[,，]/g, ''));
      i += digits.length;
      const month = text[i] === '月' && n >= 1 && n <= 12;
      const key = month ? `@${n}` : `#${n}`;
      if (Number.isFinite(n)) out.push({ key, matches: new Set([key]) });
      continue;
    }
    if (/[A-Za-zＡ-Ｚａ-ｚ]/u.test(c)) {
      const m = /[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９'’-]*/uy;
      m.lastIndex = i;
      const word = m.exec(text)![0];
      i += word.length;
      for (const key of englishKeys(toHalfWidth(word))) out.push({ key, matches: new Set([key]) });
      continue;
    }
    if (HAN.test(c)) {
      const number = chineseNumberAt(text, i);
      const word = longestWord(text, i, glossary);
      // 十分 ("very") and 一些 are words; 十五 and 二〇一九 are numbers.
      if (number && word.length <= number.end - i) {
        out.push({ key: number.key, matches: new Set([number.key]) });
        i = number.end;
        continue;
      }
      if (word.length > 1 && glossary) {
        const keys = glossary.keys(word);
        if (keys && keys.size > 0) out.push({ key: word, matches: keys });
      }
      i += word.length;
      continue;
    }
    i++;
  }
  return out;
}

function toHalfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Forward maximum matching: the longest headword starting at i, else one character. */
function longestWord(text: string, i: number, glossary: Glossary | null): string {
  return text.slice(i, i + (glossary ? glossary.longestAt(text, i) : 1));
}

/**
 * A Chinese number that names a quantity or an order: with 十/百/千 (十五, 一百), digit by digit
 * (二〇一九), or after 第 (第三) or before 月 (十月 is October). A lone 一 or 两 is left to the
 * dictionary: it is an article more often than a number.
 */
function chineseNumberAt(text: string, i: number): { key: string; end: number } | undefined {
  CHINESE_NUMBER.lastIndex = i;
  const m = CHINESE_NUMBER.exec(text);
  if (!m) return undefined;
  const s = m[0];
  const end = i + s.length;
  const ordinal = text[i - 1] === '第';
  const month = text[end] === '月';
  const positional = /[十百千]/u.test(s);
  const digitwise = s.length >= 2 && /^[〇零一二三四五六七八九]+$/u.test(s);
  if (!positional && !digitwise && !ordinal && !month) return undefined;
  const n = positional ? positionalValue(s) : Number([...s].map((ch) => NUMERALS[ch] ?? 0).join(''));
  if (n === undefined || !Number.isFinite(n)) return undefined;
  return { key: month && n >= 1 && n <= 12 ? `@${n}` : `#${n}`, end };
}

function positionalValue(s: string): number | undefined {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in NUMERALS) digit = NUMERALS[ch]!;
    else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit === 0 && unit === 10 ? 1 : digit) * unit;
      digit = 0;
    }
  }
  return total + digit;
}
