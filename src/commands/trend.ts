/**
 * `presser trend QUERY DIR [--by year|month] [--split speaker|asker] [--json|--csv]`: how many
 * exchanges (a question and its answer) contain the query, per year or month, found by the
 * library search (same engine, same speaker: asker: date: filters) and counted by src/trend.
 * Text: a heading that says what is counted, the bar chart, and where the first and last use are.
 */
import { strings, type Lang } from '../i18n/strings.js';
import { UserError } from '../errors.js';
import type { Library } from '../library/open.js';
import { searchLibrary } from '../library/search.js';
import { exchangesOf, type Exchange } from '../trend/exchanges.js';
import { chartWords, KEY_COLORS, trendChart, type ChartLine } from '../trend/chart.js';
import { trendCsv, trendTable, type Period, type Split, type Trend } from '../trend/table.js';
import { truncate } from '../text/truncate.js';
import { printable } from '../transcript/sanitize.js';
import type { OutputOptions } from './output.js';
import { parseScope } from './search-options.js';
import type { Scope } from '../search/types.js';

type Values = Record<string, string | boolean | undefined>;

/** What a count is, said with every output. */
export const COUNTED =
  'exchanges (a question with its answer and follow-ups) that contain the query, each counted once however often it says it; titles and opening statements are not counted';

export interface TrendOptions {
  by: Period | 'auto';
  split?: Split;
  format: 'text' | 'json' | 'csv';
  scope: Scope;
}

export function parseTrendOptions(values: Values, lang: Lang = 'en'): TrendOptions {
  const say = strings(lang);
  const by = values.by ?? 'auto';
  if (by !== 'auto' && by !== 'year' && by !== 'month') throw new UserError(say.byMustBe(String(by)));
  const split = values.split;
  if (split !== undefined && split !== 'speaker' && split !== 'asker') throw new UserError(say.splitMustBe(String(split)));
  if (values.json && values.csv) throw new UserError(say.chooseOne('--json', '--csv'));
  return { by, ...(split ? { split } : {}), format: values.json ? 'json' : values.csv ? 'csv' : 'text', scope: parseScope(values.scope, lang) };
}

/** Where a use is: its date, file and exchange. */
function placeJson(e: Exchange | undefined) {
  return e ? { date: e.date ?? null, file: e.group.item.file, title: e.group.item.meta.title, topic: e.topic, label: e.label } : null;
}

/** The first and last dated exchanges (the results come best first, not by date). */
export function firstAndLast(exchanges: Exchange[]): { first?: Exchange; last?: Exchange } {
  let first: Exchange | undefined;
  let last: Exchange | undefined;
  for (const e of exchanges) {
    if (!e.date) continue;
    if (!first || e.date < first.date! || (e.date === first.date && e.group.item.file < first.group.item.file)) first = e;
    if (!last || e.date > last.date! || (e.date === last.date && e.group.item.file > last.group.item.file)) last = e;
  }
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

export function trendJson(query: string, t: Trend, exchanges: Exchange[]): string {
  const { first, last } = firstAndLast(exchanges);
  return (
    JSON.stringify(
      {
        query,
        counts: 'exchanges',
        note: COUNTED,
        period: t.period,
        split: t.split ?? null,
        total: t.total,
        undated: t.undated,
        first: placeJson(first),
        last: placeJson(last),
        keys: t.keys,
        rows: t.rows.map((r) => ({ period: r.period, exchanges: r.total, ...(t.split ? { by: r.by } : {}) })),
      },
      null,
      2,
    ) + '\n'
  );
}

const SGR: Record<(typeof KEY_COLORS)[number], string> = { cyan: '36', yellow: '33', magenta: '35', green: '32' };

/** A chart line with its bars coloured (when colour is on). */
function paintLine(line: ChartLine, color: boolean): string {
  if (!color || line.bars.length === 0) return line.text;
  let out = '';
  let at = 0;
  for (const b of line.bars) {
    out += line.text.slice(at, b.start) + `\x1b[${SGR[KEY_COLORS[b.key]!]}m${line.text.slice(b.start, b.end)}\x1b[39m`;
    at = b.end;
  }
  return out + line.text.slice(at);
}

export function trendText(query: string, t: Trend, exchanges: Exchange[], out: OutputOptions): string {
  const amb = { ambiguous: out.ambiguous };
  const say = strings(out.lang ?? 'en');
  const head = truncate(say.timelineHeading(printable(query), t.period, t.split ?? null), out.width, amb);
  const { first, last } = firstAndLast(exchanges);
  const where = (word: string, e: Exchange | undefined) =>
    e ? [truncate(`${word} ${e.date} ${e.group.item.file} · ${e.topic} ${e.label}`, out.width, amb)] : [];
  const bold = (s: string) => (out.color ? `\x1b[1m${s}\x1b[22m` : s);
  const lines = [bold(head), ...trendChart(t, { width: out.width, ambiguous: out.ambiguous, words: chartWords(say) }).map((l) => paintLine(l, out.color))];
  return [...lines, ...where(say.chartFirst, first), ...where(say.chartLast, last)].join('\n') + '\n';
}

/** The trend of a query over a library, in the format asked for. No exchange found: exit status 1. */
export async function runTrend(lib: Library, query: string, values: Values, out: OutputOptions): Promise<string> {
  const opts = parseTrendOptions(values, out.lang);
  const { scope } = opts;
  const results = await searchLibrary(lib, query, { scope });
  const exchanges = exchangesOf(lib, results);
  if (exchanges.length === 0) throw new UserError(strings(out.lang ?? 'en').noExchangeIn(query, scope, lib.items.length), 1);
  const t = trendTable(exchanges, { by: opts.by, ...(opts.split ? { split: opts.split } : {}) });
  if (opts.format === 'json') return trendJson(query, t, exchanges);
  if (opts.format === 'csv') return trendCsv(t);
  return trendText(query, t, exchanges, out);
}
