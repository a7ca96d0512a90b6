/**
 * A phrase's timeline: how many exchanges (a topic's question and answer) contain it, per year or
 * per month, overall and split by who answered or who asked. Pure: the library search finds the
 * exchanges, this counts them.
 */

/** One exchange that contains the phrase (counted once, however often it says it). */
export interface ExchangeHit {
  /** ISO date of the transcript; undefined when undated. */
  date?: string;
  /** Who answered in the exchange (distinct). */
  answerers: string[];
  /** Who asked (distinct): the outlet, or 记者 for an unnamed reporter. */
  askers: string[];
}

export type Period = 'year' | 'month';
export type Split = 'speaker' | 'asker';

export interface TrendRow {
  /** "2019" or "2019-03". */
  period: string;
  total: number;
  /** Per answerer or asker, when split (an exchange with two answerers counts for each). */
  by: Record<string, number>;
}

export interface Trend {
  period: Period;
  split?: Split;
  /** Every period from the first use to the last, empty ones included, oldest first. */
  rows: TrendRow[];
  /** Exchanges with no date: counted here, not in any row. */
  undated: number;
  total: number;
  first?: string;
  last?: string;
  /** The split's keys, most exchanges first. */
  keys: string[];
}

/** Up to this many months from first to last use, `auto` counts by month. */
export const MONTHS_FOR_MONTHLY = 24;

export function trendTable(hits: ExchangeHit[], opts: { by?: Period | 'auto'; split?: Split } = {}): Trend {
  const dated = hits.filter((h) => h.date !== undefined).sort((a, b) => a.date!.localeCompare(b.date!));
  const first = dated[0]?.date;
  const last = dated.at(-1)?.date;
  const period: Period =
    opts.by === 'year' || opts.by === 'month' ? opts.by : first && last && monthsBetween(first, last) < MONTHS_FOR_MONTHLY ? 'month' : 'year';
  const key = (date: string) => periodOf(date, period);
  const rows = new Map<string, TrendRow>();
  if (first && last) for (const p of periods(key(first), key(last), period)) rows.set(p, { period: p, total: 0, by: {} });
  const totals = new Map<string, number>();
  for (const h of dated) {
    const row = rows.get(key(h.date!))!;
    row.total++;
    if (!opts.split) continue;
    const who = opts.split === 'speaker' ? h.answerers : h.askers;
    for (const w of who.length ? who : ['?']) {
      row.by[w] = (row.by[w] ?? 0) + 1;
      totals.set(w, (totals.get(w) ?? 0) + 1);
    }
  }
  return {
    period,
    ...(opts.split ? { split: opts.split } : {}),
    rows: [...rows.values()],
    undated: hits.length - dated.length,
    total: hits.length,
    ...(first ? { first } : {}),
    ...(last ? { last } : {}),
    keys: [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k),
  };
}

/** The period an ISO date falls in: "2019" or "2019-03". */
export function periodOf(date: string, period: Period): string {
  return period === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** Every year or month from `from` to `to`, inclusive. */
function periods(from: string, to: string, period: Period): string[] {
  const out: string[] = [];
  if (period === 'year') {
    for (let y = Number(from); y <= Number(to); y++) out.push(String(y));
    return out;
  }
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to;
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p >= end) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

/** The table as CSV: period, total, then one column per split key. */
export function trendCsv(t: Trend): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const head = ['period', 'exchanges', ...t.keys].map(esc).join(',');
  const rows = t.rows.map((r) => [r.period, String(r.total), ...t.keys.map((k) => String(r.by[k] ?? 0))].join(','));
  const undated = t.undated ? [['undated', String(t.undated), ...t.keys.map(() => '')].join(',')] : [];
  return [head, ...rows, ...undated].join('\n') + '\n';
}
