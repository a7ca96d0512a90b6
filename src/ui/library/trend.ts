/**
 * The timeline of a library search as the view shows it: the query's exchanges counted per
 * period (src/trend), the selected period's exchanges as result rows, and the status line. Pure:
 * derived from the view's state alone.
 */
import type { HitGroup, LibraryResults } from '../../library/search.js';
import type { Exchange } from '../../trend/exchanges.js';
import { periodOf, trendTable, type Split, type Trend } from '../../trend/table.js';
import type { Scope } from '../hits.js';
import { UNDATED } from './entries.js';
import { strings, type Lang } from '../../i18n/strings.js';

/** The timeline being looked at: a snapshot of the query it was asked for. */
export interface TrendState {
  query: string;
  scope: Scope;
  split: Split | null;
  /** The exchanges that contain the query (the `trend` effect answers); null until then. */
  exchanges: readonly Exchange[] | null;
  /** The selected period, as an index into the trend's rows. */
  sel: number;
  /** The selected hit in the period's list. */
  hitSel: number;
}

export function newTrend(query: string, scope: Scope): TrendState {
  return { query, scope, split: null, exchanges: null, sel: 0, hitSel: 0 };
}

export function trendOf(t: TrendState): Trend | null {
  if (!t.exchanges) return null;
  return trendTable([...t.exchanges], t.split ? { split: t.split } : {});
}

/** The periods to choose from: the trend's rows, then the undated exchanges as one more when there are some. */
export function periodCount(trend: Trend | null): number {
  return trend ? trend.rows.length + (trend.undated > 0 ? 1 : 0) : 0;
}

/** A period's name and count; the one after the rows is the undated exchanges. */
export function periodAt(trend: Trend | null, sel: number): { period: string; total: number } | undefined {
  if (!trend) return undefined;
  if (sel === trend.rows.length && trend.undated > 0) return { period: UNDATED, total: trend.undated };
  return trend.rows[sel];
}

/** The exchanges of the selected period, oldest first (in the results' order within a day). */
export function periodExchanges(t: TrendState, trend: Trend | null = trendOf(t)): Exchange[] {
  const row = periodAt(trend, t.sel);
  if (!trend || !row || !t.exchanges) return [];
  const inPeriod = (e: Exchange) => (row.period === UNDATED ? e.date === undefined : e.date !== undefined && periodOf(e.date, trend.period) === row.period);
  return t.exchanges
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => inPeriod(e))
    .sort((a, b) => (a.e.date ?? '').localeCompare(b.e.date ?? '') || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The period's exchanges as search results (each transcript's exchanges under it, one hit each:
 * the exchange's first), so the search's rows draw them; `hitSel` counts these hits.
 */
export function periodResults(exchanges: readonly Exchange[]): LibraryResults {
  const groups: HitGroup[] = [];
  for (const e of exchanges) {
    let g = groups.at(-1);
    if (!g || g.item !== e.group.item) groups.push((g = { item: e.group.item, hits: [] }));
    g.hits.push(e.group.hits[e.hit]!);
  }
  return { groups, hits: exchanges.length, years: [] };
}

/** The line under the timeline: the selected period, and the keys. */
export function trendStatus(t: TrendState, trend: Trend | null, hitsMode: boolean, lang: Lang = 'en'): string {
  const say = strings(lang);
  if (!trend) return ` ${say.timelineStatusCounting(t.query)}`;
  const row = periodAt(trend, t.sel);
  if (!row) return ` ${say.timelineStatusNone(t.query)}`;
  const period = row.period === UNDATED ? say.libraryUndated : row.period;
  if (hitsMode) return ` ${say.timelineStatusHits(period, t.hitSel + 1, row.total)}`;
  return ` ${say.timelineStatus(period, row.total)}`;
}
