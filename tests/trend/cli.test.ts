/**
 * `presser trend` on a small written library (built bundle): what it counts (exchanges, once
 * each), by year or month, split by answerer or asker, the undated apart; text, JSON and CSV;
 * plain when piped, colour only when asked and never under NO_COLOR; usage errors exit 2, no
 * match exits 1.
 */
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { runBuilt } from '../helpers/cli.js';
import { briefing, OUTLET_BRIEFING, smallLibrary, tempDir, writeFiles } from '../library/helpers.js';

function setup(extra: Record<string, string> = {}) {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'g.txt': OUTLET_BRIEFING, ...extra });
  return { dir, xdg: tempDir('presser-xdg-') };
}

const trend = (args: string[], xdg: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }) =>
  runBuilt(['trend', ...args], { ...process.env, NO_COLOR: '', ...env, XDG_CACHE_HOME: xdg });

interface TrendJson {
  period: string;
  split: string | null;
  total: number;
  undated: number;
  counts: string;
  note: string;
  keys: string[];
  first: { date: string; file: string; topic: number } | null;
  last: { date: string; file: string; topic: number } | null;
  rows: { period: string; exchanges: number; by?: Record<string, number> }[];
}

describe('presser trend (built bundle)', () => {
  it('counts exchanges, once each however often they say it; the undated apart; first and last use', async () => {
    // Twice in one answer, and in the question too: one exchange. An opening statement: none.
    const twice = briefing('2019-07-01', '耿爽', [['芬太尼问题有何进展？', '芬太尼类物质整类列管以来，芬太尼走私大为减少。']]).replace(
      '\n\n问：',
      '\n\n耿爽：首先通报芬太尼管控的最新情况。\n\n问：',
    );
    const { dir, xdg } = setup({ 'h.txt': twice });
    const r = await trend(['芬太尼', dir, '--json', '--by', 'year'], xdg);
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as TrendJson;
    expect(j.counts).toBe('exchanges');
    expect(j.note).toMatch(/counted once/);
    expect([j.period, j.total, j.undated]).toEqual(['year', 4, 1]);
    expect(j.rows).toEqual([
      { period: '2019', exchanges: 2 },
      { period: '2020', exchanges: 1 },
    ]);
    expect(j.first).toMatchObject({ date: '2019-02-11', topic: 1 });
    expect(j.first!.file).toMatch(/a\.txt$/);
    expect(j.last).toMatchObject({ date: '2020-04-03', topic: 1 });
    expect(j.last!.file).toMatch(/g\.txt$/);
  }, 60_000);

  it('--by month keeps the empty months; a short span is by month by itself', async () => {
    const { dir, xdg } = setup();
    const month = JSON.parse((await trend(['芬太尼', dir, '--json', '--by', 'month'], xdg)).stdout) as TrendJson;
    expect(month.period).toBe('month');
    expect(month.rows).toHaveLength(15); // 2019-02 … 2020-04
    expect(month.rows.filter((r) => r.exchanges > 0).map((r) => r.period)).toEqual(['2019-02', '2020-04']);
    const auto = JSON.parse((await trend(['一个中国原则 date:2020', dir, '--json'], xdg)).stdout) as TrendJson;
    expect(auto.period).toBe('month');
    expect(auto.rows.map((r) => [r.period, r.exchanges])).toEqual([
      ['2020-03', 1],
      ['2020-04', 1],
    ]);
  }, 60_000);

  it('--split speaker / asker: a column per answerer or asking outlet, the unnamed reporter as 记者', async () => {
    const { dir, xdg } = setup();
    const bySpeaker = JSON.parse((await trend(['一个中国原则', dir, '--json', '--split', 'speaker', '--by', 'year'], xdg)).stdout) as TrendJson;
    expect(bySpeaker.split).toBe('speaker');
    expect(bySpeaker.keys.sort()).toEqual(['华春莹', '耿爽']);
    expect(bySpeaker.rows.find((r) => r.period === '2020')!.by).toEqual({ 华春莹: 1, 耿爽: 1 });
    const csv = await trend(['一个中国原则', dir, '--csv', '--split', 'asker', '--by', 'year'], xdg);
    expect(csv.status).toBe(0);
    const [head, ...rows] = csv.stdout.trim().split('\n');
    expect(head!.split(',').slice(0, 2)).toEqual(['period', 'exchanges']);
    expect(head!.split(',').slice(2).sort()).toEqual(['法新社记者', '记者'].sort());
    expect(rows.map((r) => r.split(',')[0])).toEqual(['2019', '2020']);
  }, 60_000);

  it('the filters of search narrow it (speaker:, asker:, date:)', async () => {
    const { dir, xdg } = setup();
    const j = async (q: string) => JSON.parse((await trend([q, dir, '--json'], xdg)).stdout) as TrendJson;
    expect((await j('一个中国原则 speaker:耿爽')).total).toBe(1);
    expect((await j('一个中国原则 asker:法新社')).total).toBe(1);
    expect((await j('一个中国原则 date:..2019')).total).toBe(1);
  }, 60_000);

  it('text: says what it counts, a bar per period, first and last use; plain when piped, every line within the width', async () => {
    const { dir, xdg } = setup();
    for (const width of [60, 200]) {
      const r = await trend(['一个中国原则', dir, '--split', 'speaker', '--by', 'year', '--width', String(width)], xdg);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/\x1b/);
      const lines = r.stdout.trimEnd().split('\n');
      // The heading, cut with "…" where the width is short of it.
      const heading = '一个中国原则 — exchanges per year, by answerer (a question and its answer, counted once)';
      expect(heading.startsWith(lines[0]!.replace(/…$/, ''))).toBe(true);
      expect(lines[0]!.length).toBeGreaterThan(20);
      expect(lines).toContainEqual(expect.stringMatching(/^2019 █+ 1$/));
      expect(lines).toContainEqual(expect.stringMatching(/^2020 [█▓]+ 2$/));
      expect(lines.join('\n')).toMatch(/█ (华春莹|耿爽) {2}▓ (华春莹|耿爽)/);
      expect(lines.join('\n')).toMatch(/3 exchanges · first 2019-02-11 · last 2020-04-03/);
      expect(lines.at(-2)).toMatch(/^first 2019-02-11 .*a\.txt · 1 /);
      for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
    }
  }, 60_000);

  it('colour: bars coloured with --color always, the text otherwise the same; none with --color never', async () => {
    const { dir, xdg } = setup();
    const always = await trend(['一个中国原则', dir, '--split', 'speaker', '--color', 'always'], xdg, {});
    expect(always.stdout).toMatch(/\x1b\[36m█+\x1b\[39m/);
    expect(always.stdout).toMatch(/\x1b\[33m▓+\x1b\[39m/);
    // The same text once the colour is taken out.
    const plain = await trend(['一个中国原则', dir, '--split', 'speaker'], xdg);
    expect(always.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain.stdout);
    expect((await trend(['一个中国原则', dir, '--color', 'never'], xdg, {})).stdout).not.toMatch(/\x1b/);
  }, 60_000);

  it('exit status: 1 when no exchange has it, 2 for bad usage (before opening the library)', async () => {
    const { dir, xdg } = setup();
    const none = await trend(['量子纠缠', dir], xdg);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^presser: no exchange contains "量子纠缠" in 6 transcripts\n$/);
    for (const [args, msg] of [
      [[], /trend needs a query/],
      [['芬太尼'], /trend needs a directory/],
      [['芬太尼', dir, '--by', 'week'], /--by must be year or month/],
      [['芬太尼', dir, '--split', 'outlet'], /--split must be speaker or asker/],
      [['芬太尼', dir, '--json', '--csv'], /choose one of --json and --csv/],
      [['芬太尼 date:20x', dir], /date:20x is not a date/],
    ] as const) {
      const r = await trend([...args], xdg);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
  }, 60_000);

  it('--help shows the command with examples', async () => {
    const r = await runBuilt(['--help'], process.env);
    expect(r.stdout).toMatch(/presser trend QUERY DIR\.\.\. \[--by year\|month\] \[--split speaker\|asker\] \[--json\|--csv\]/);
    expect(r.stdout).toMatch(/presser trend 芬太尼 briefings\//);
  });
});
