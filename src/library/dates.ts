/** ISO dates (YYYY-MM-DD) and the periods people type for them (`2019`, `2019-02`, `2018-03..2019-06`). */

/** `YYYY-MM-DD` for a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An inclusive range of ISO dates; either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

const PERIOD = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** The first and last day of a period typed as `2019`, `2019-2`, `2019-02-11`; undefined when it is none. */
export function periodBounds(text: string): { from: string; to: string } | undefined {
  const m = PERIOD.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const month = Number(m[2]);
  if (m[3] === undefined) {
    const from = isoDate(year, month, 1);
    if (!from) return undefined;
    return { from, to: isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())! };
  }
  const day = isoDate(year, month, Number(m[3]));
  return day ? { from: day, to: day } : undefined;
}

/** `2019`, `2019-02`, `2018-03..2019-06`, `..2017`, `2019..` → a range; undefined when malformed. */
export function parseDateRange(text: string): DateRange | undefined {
  const parts = text.split('..');
  if (parts.length === 1) return periodBounds(text);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts as [string, string];
  const from = a.trim() === '' ? undefined : periodBounds(a)?.from;
  const to = b.trim() === '' ? undefined : periodBounds(b)?.to;
  if ((a.trim() !== '' && !from) || (b.trim() !== '' && !to) || (!from && !to)) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function inRange(date: string | undefined, range: DateRange): boolean {
  if (date === undefined) return false;
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}
