import { pinyin } from 'pinyin-pro';

/**
 * What pairing needs to know of a transcript, and what a library listing already has: the file,
 * its title, the date the parser read (ISO), the event, who answered.
 */
export interface VersionMeta {
  file: string;
  title: string;
  date?: string;
  event?: string;
  answerers?: string[];
}

export type Lang = 'zh' | 'en';

/** regular: a regular press conference (例行记者会, Regular Press Conference, Daily Briefing Online); remarks: answers to a reporter's questions (答记者问, Remarks); statement: 发表谈话, Statement. */
export type EventKind = 'regular' | 'remarks' | 'statement' | 'other';

/** The language of a text by its letters: Chinese when Han characters outnumber Latin words. */
export function langOf(text: string): Lang | undefined {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (han === 0 && latin === 0) return undefined;
  return han >= latin ? 'zh' : 'en';
}

export function eventKind(title: string, event: string | undefined): EventKind {
  const s = `${title} ${event ?? ''}`;
  if (/例行记者会|Regular Press Conference|Daily Briefing/i.test(s)) return 'regular';
  if (/答记者问|\bRemarks\b/i.test(s)) return 'remarks';
  if (/发表谈话|表明立场|发表声明|\bStatement\b/i.test(s)) return 'statement';
  return 'other';
}

/**
 * The spokesperson a title names, romanised without spaces or tones so that both versions give
 * the same key: 华春莹 → huachunying, "Hua Chunying's" → huachunying. Falls back to the first
 * answerer.
 */
export function spokespersonKey(meta: VersionMeta): string | undefined {
  const zh = /发言人(\p{Script=Han}{2,3}?)(?:主持|答|就|发表|表明|在|\d|$)/u.exec(meta.title)?.[1];
  const en = /Spokesperson ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)['’]s/.exec(meta.title)?.[1];
  const name = zh ?? en ?? meta.answerers?.find((a) => a !== '');
  return name === undefined ? undefined : romanised(name);
}

export function romanised(name: string): string {
  const han = /\p{Script=Han}/u.test(name) ? pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join('') : name;
  return han.toLowerCase().replace(/[^a-z]/g, '');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A month and day the title gives without a year: "… on September 10", "June12", "9月10日".
 * Only consulted when the parser found no date.
 */
export function titleMonthDay(title: string): { month: number; day: number } | undefined {
  const en = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s*(\d{1,2})\b(?!\s*,?\s*\d{4})/i.exec(title);
  if (en) return valid(MONTHS.indexOf(en[1]!.toLowerCase()) + 1, Number(en[2]));
  const zh = /(?<!\d|年)(\d{1,2})月(\d{1,2})日/u.exec(title);
  if (zh) return valid(Number(zh[1]), Number(zh[2]));
  return undefined;
}

function valid(month: number, day: number): { month: number; day: number } | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : undefined;
}

/** The page id in a file name ("mfa-en-t1593756.txt" → 1593756): the order pages were published in. */
export function pageId(file: string): number | undefined {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const m = /(\d{5,})(?!.*\d{5,})/.exec(base);
  return m ? Number(m[1]) : undefined;
}
