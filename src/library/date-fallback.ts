/**
 * A stopgap until the parser fills `transcript.date` (issue 10): the event's date read from the
 * title line (`2019年2月11日外交部发言人…`), else from the file name (`2025-03-07-….txt`).
 * Everything that needs a date calls `transcriptDate` in meta.ts, which prefers the parser's date;
 * once the parser provides dates this whole file can be deleted.
 */
import { isoDate } from './dates.js';

const TITLE_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const FILE_DATE = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

export function fallbackDate(title: string, fileName: string): string | undefined {
  const halfWidth = title.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  for (const m of [TITLE_DATE.exec(halfWidth), FILE_DATE.exec(fileName)]) {
    const iso = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    if (iso) return iso;
  }
  return undefined;
}
