import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILLS, trendChart } from '../../src/trend/chart.js';
import { trendCsv, trendTable, type ExchangeHit } from '../../src/trend/table.js';
import { displayWidth } from '../../src/text/width.js';

const hit = (date: string | undefined, answerers: string[] = ['华春莹'], askers: string[] = ['记者']): ExchangeHit => ({
  ...(date ? { date } : {}),
  answerers,
  askers,
});

describe('trendTable', () => {
  const hits = [
    hit('2017-03-02'),
    hit('2019-01-05', ['耿爽']),
    hit('2019-06-01', ['耿爽'], ['路透社记者']),
    hit('2019-06-02', ['华春莹', '耿爽']),
    hit(undefined),
  ];

  it('counts exchanges per year from the first use to the last, empty years included', () => {
    const t = trendTable(hits);
    expect(t.period).toBe('year');
    expect(t.rows.map((r) => [r.period, r.total])).toEqual([
      ['2017', 1],
      ['2018', 0],
      ['2019', 3],
    ]);
    expect([t.total, t.undated, t.first, t.last]).toEqual([5, 1, '2017-03-02', '2019-06-02']);
  });

  it('counts by month when the span is short, or when asked', () => {
    const t = trendTable(hits.slice(1));
    expect(t.period).toBe('month');
    expect(t.rows.map((r) => r.period)).toEqual(['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06']);
    expect(trendTable(hits, { by: 'month' }).rows).toHaveLength(28);
    expect(trendTable(hits.slice(1), { by: 'year' }).rows.map((r) => r.period)).toEqual(['2019']);
  });

  it('splits by answerer (two answerers: one each) or asker, the biggest first', () => {
    const s = trendTable(hits, { split: 'speaker' });
    expect(s.keys).toEqual(['耿爽', '华春莹']);
    expect(s.rows.find((r) => r.period === '2019')!.by).toEqual({ 耿爽: 3, 华春莹: 1 });
    expect(trendTable(hits, { split: 'asker' }).keys).toEqual(['记者', '路透社记者']);
  });

  it('nothing found: no rows, no first or last', () => {
    expect(trendTable([])).toEqual({ period: 'year', rows: [], undated: 0, total: 0, keys: [] });
  });

  it('CSV: a column per split key, the undated last', () => {
    expect(trendCsv(trendTable(hits, { split: 'speaker' }))).toBe('period,exchanges,耿爽,华春莹\n2017,1,0,1\n2018,0,0,0\n2019,3,3,1\nundated,1,,\n');
  });
});

describe('trendChart', () => {
  const t = trendTable([hit('2017-03-02'), hit('2018-03-02'), hit('2018-04-02'), hit('2019-03-02'), hit('2019-03-03'), hit('2019-03-04'), hit('2019-03-05')]);

  it('draws the largest period across the room and the rest in proportion', () => {
    const lines = trendChart(t, { width: 30 });
    // 23 columns of bar: 4 fills them, 2 half (11.5), 1 a quarter (5.75).
    expect(lines.map((l) => l.text)).toEqual([
      '2017 █████▊ 1',
      '2018 ███████████▌ 2',
      '2019 ███████████████████████ 4',
      '7 exchanges',
      'first 2017-03-02',
      'last 2019-03-05',
    ]);
    expect(trendChart(t, { width: 60 }).at(-1)!.text).toBe('7 exchanges · first 2017-03-02 · last 2019-03-05');
    expect(trendChart(trendTable([hit('2019-03-02')]), { width: 60 }).at(-1)!.text).toBe('1 exchange · first 2019-03-02 · last 2019-03-02');
  });

  it('split bars use one fill per key and say which in a legend', () => {
    const s = trendTable(
      [hit('2019-01-01', ['甲']), hit('2019-02-01', ['乙']), hit('2019-03-01', ['丙']), hit('2019-04-01', ['丁']), hit('2019-05-01', ['甲'])],
      { split: 'speaker', by: 'year' },
    );
    const lines = trendChart(s, { width: 40 });
    expect(lines[0]!.text).toMatch(/^2019 █+▓+▒+░+ 5$/u);
    expect(lines[1]!.text).toBe(`${FILLS[0]} 甲  ${FILLS[1]} 丁  ${FILLS[2]} 丙  ${FILLS[3]} others`);
    expect(lines[0]!.bars.map((b) => b.key)).toEqual([0, 1, 2, 3]);
  });

  it('every line fits its width, in both ambiguous modes, at any width and data', () => {
    const dates = fc.array(
      fc.record({
        y: fc.integer({ min: 2000, max: 2030 }),
        m: fc.integer({ min: 1, max: 12 }),
        who: fc.constantFrom('华春莹', '耿爽', '赵立坚', '陆慷', '王毅'),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 12, max: 220 }),
        fc.constantFrom('narrow', 'wide'),
        fc.constantFrom(undefined, 'speaker'),
        (ds, width, ambiguous, split) => {
          const tr = trendTable(
            ds.map((d) => hit(`${d.y}-${String(d.m).padStart(2, '0')}-01`, [d.who])),
            split ? { split } : {},
          );
          for (const l of trendChart(tr, { width, ambiguous })) expect(displayWidth(l.text, { ambiguous })).toBeLessThanOrEqual(width);
        },
      ),
      { seed: 20261128, numRuns: 200 },
    );
  });
});
