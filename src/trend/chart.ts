import type { Strings } from '../i18n/strings.js';
import { displayWidth, type Ambiguous } from '../text/width.js';
import { truncate } from '../text/truncate.js';
import type { Trend } from './table.js';

/** One line of the chart, with the column ranges each split key's bar covers (for colour). */
export interface ChartLine {
  text: string;
  /** [start, end) in UTF-16 offsets, and the index of the key in `Trend.keys` (or OTHERS). */
  bars: { start: number; end: number; key: number }[];
}

/** Distinct fills, so a split reads without colour. */
export const FILLS = ['█', '▓', '▒', '░'];
/** Keys beyond the fills share one: "others". */
export const OTHERS = FILLS.length - 1;
/** With colour on, each fill's colour too (the terminal's own palette, for the CLI and Ink alike). */
export const KEY_COLORS = ['cyan', 'yellow', 'magenta', 'green'] as const;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

export interface ChartOptions {
  width: number;
  ambiguous?: Ambiguous;
  /** Words for the footer and legend, in the interface language. */
  words?: { exchanges: string; first: string; last: string; undated: string; others: string; /** singular, when it differs */ exchange?: string };
}

const EN = { exchange: 'exchange', exchanges: 'exchanges', first: 'first', last: 'last', undated: 'undated', others: 'others' };

/** The chart's words in an interface language's sentences. */
export function chartWords(say: Strings): NonNullable<ChartOptions['words']> {
  return {
    exchange: say.chartExchange,
    exchanges: say.chartExchanges,
    first: say.chartFirst,
    last: say.chartLast,
    undated: say.chartUndated,
    others: say.chartOthers,
  };
}

/**
 * The trend as a bar chart of block characters: one line per period (label, bar, count), the bar
 * split by answerer or asker when the trend is (each key its own fill, the first three keys named,
 * the rest "others"), then the first and last use. Every line fits `width` columns.
 */
export function trendChart(t: Trend, opts: ChartOptions): ChartLine[] {
  const words = opts.words ?? EN;
  const amb = { ambiguous: opts.ambiguous ?? 'narrow' };
  const cell = displayWidth('█', amb);
  const labelWidth = Math.max(0, ...t.rows.map((r) => r.period.length));
  const countWidth = String(Math.max(0, ...t.rows.map((r) => r.total))).length;
  // label, a space, the bar, a space, the count
  const room = Math.max(1, Math.floor((opts.width - labelWidth - countWidth - 2) / cell));
  const max = Math.max(1, ...t.rows.map((r) => r.total));
  const named = t.split ? t.keys.slice(0, OTHERS) : [];
  const lines: ChartLine[] = [];
  for (const r of t.rows) {
    const head = `${r.period.padEnd(labelWidth)} `;
    let bar = '';
    const bars: ChartLine['bars'] = [];
    if (t.split) {
      const parts = named.map((k, i) => ({ key: i, n: r.by[k] ?? 0 }));
      const rest = r.total - parts.reduce((a, p) => a + p.n, 0);
      if (rest > 0) parts.push({ key: OTHERS, n: rest });
      const cells = apportion(
        parts.map((p) => p.n),
        Math.round((r.total / max) * room),
      );
      parts.forEach((p, i) => {
        const start = head.length + bar.length;
        bar += FILLS[p.key]!.repeat(cells[i]!);
        if (cells[i]! > 0) bars.push({ start, end: head.length + bar.length, key: p.key });
      });
    } else {
      const eighths = Math.round((r.total / max) * room * 8);
      bar = '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
      if (bar) bars.push({ start: head.length, end: head.length + bar.length, key: 0 });
    }
    lines.push({ text: `${head}${bar}${bar ? ' ' : ''}${r.total}`, bars });
  }
  if (t.split && t.keys.length) {
    const legend = [...named.map((k, i) => `${FILLS[i]} ${k}`), ...(t.keys.length > named.length ? [`${FILLS[OTHERS]} ${words.others}`] : [])];
    lines.push({ text: truncate(legend.join('  '), opts.width, amb), bars: [] });
  }
  const foot = [
    `${t.total} ${t.total === 1 ? (words.exchange ?? words.exchanges) : words.exchanges}`,
    t.first ? `${words.first} ${t.first}` : '',
    t.last ? `${words.last} ${t.last}` : '',
    t.undated ? `${t.undated} ${words.undated}` : '',
  ].filter(Boolean);
  // One line when it fits, else a line each.
  const joined = foot.join(' · ');
  for (const f of displayWidth(joined, amb) <= opts.width ? [joined] : foot) lines.push({ text: truncate(f, opts.width, amb), bars: [] });
  return lines;
}

/** Splits `cells` among the parts in proportion (largest remainders), so the bar keeps its length. */
function apportion(parts: number[], cells: number): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => 0);
  const exact = parts.map((p) => (p / total) * cells);
  const out = exact.map(Math.floor);
  let left = cells - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]!++;
    left--;
  }
  return out;
}
