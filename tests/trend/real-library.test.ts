/**
 * `presser trend PHRASE DIR --json` on the 1,000 MFA briefings in ../shared/library/mfa-2016-2020
 * (skipped when absent) agrees with counts built here straight from the files, without the
 * parser: each file split into exchanges at its own question labels, the exchanges that contain
 * the phrase verbatim counted once each, per year of the date in the file's title line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REAL_LIBRARY, tempDir } from '../library/helpers.js';
import { runBuilt } from '../helpers/cli.js';

const present = existsSync(REAL_LIBRARY);

/**
 * A line that opens an exchange: `问：`, `路透社记者：` (an outlet's reporter), `会后有记者问及：`
 * (asked after the briefing), `有记者问：`. A follow-up (`追问：`) and every other line go on with
 * the exchange open; lines before the first question (title, opening statement) belong to none.
 * A reporter who answers the spokesperson's question back (`耿爽：你是指华为吗？` then
 * `记者：是关于…`) goes on with the exchange too.
 */
const OPENS = /^(?:问|有记者问|会后有记者问及|[^\s：:，。、（）()]{0,20}记者)\s*[：:]/u;
const LABELLED = /^[^\s：:，。、（）()]{1,20}\s*[：:]/u;
/** A turn of one line that asks something (a spokesperson asking back). */
const ASKS_BACK = /^[^\s：:，。、（）()]{1,20}\s*[：:][^\n]*[？?]\s*$/u;
const TITLE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;

interface FileExchanges {
  year: string | null;
  exchanges: string[];
}

function splitFile(text: string): FileExchanges {
  const lines = text.split('\n');
  const m = TITLE_DATE.exec(lines[0] ?? '');
  const exchanges: string[] = [];
  let open: string[] | null = null;
  /** The last labelled line, when no text has followed it. */
  let lastTurn = '';
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/^[\s\u3000\u00a0]+/u, '').trimEnd();
    const askedBack = open !== null && ASKS_BACK.test(lastTurn) && !OPENS.test(lastTurn);
    if (OPENS.test(line) && !askedBack) {
      if (open) exchanges.push(open.join('\n'));
      open = [line];
    } else open?.push(line);
    if (LABELLED.test(line)) lastTurn = line;
    else if (line) lastTurn = '';
  }
  if (open) exchanges.push(open.join('\n'));
  return { year: m ? m[1]! : null, exchanges };
}

/** Exchanges containing the phrase, per year ("undated" for a title with no date). */
function expectedCounts(files: FileExchanges[], phrase: string): { total: number; undated: number; years: Record<string, number> } {
  const years: Record<string, number> = {};
  let undated = 0;
  let total = 0;
  for (const f of files)
    for (const x of f.exchanges) {
      if (!x.includes(phrase)) continue;
      total++;
      if (f.year === null) undated++;
      else years[f.year] = (years[f.year] ?? 0) + 1;
    }
  return { total, undated, years };
}

const presser = (args: string[], xdg: string) => runBuilt(args, { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: xdg });

interface TrendJson {
  period: string;
  total: number;
  undated: number;
  first: { date: string } | null;
  last: { date: string } | null;
  rows: { period: string; exchanges: number }[];
}

describe.skipIf(!present)('presser trend on the real library (1,000 MFA briefings)', () => {
  let files: FileExchanges[];
  let xdg: string;
  beforeAll(async () => {
    files = readdirSync(REAL_LIBRARY).map((f) => splitFile(readFileSync(join(REAL_LIBRARY, f), 'utf8')));
    xdg = tempDir('presser-xdg-');
    // The first run builds the index cache the others read.
    const warm = await presser(['list', REAL_LIBRARY], xdg);
    expect(warm.status).toBe(0);
  }, 300_000);

  it('the independent split finds the exchanges (sanity: most files have questions, none lost)', () => {
    expect(files.filter((f) => f.exchanges.length > 0).length).toBeGreaterThan(950);
    expect(files.reduce((a, f) => a + f.exchanges.length, 0)).toBeGreaterThan(7000);
  });

  it.each(['芬太尼', '一个中国原则', '战狼', '香港国安法', '华为', '孟晚舟'])(
    'trend %s --json --by year agrees with the exchanges counted from the files',
    async (phrase) => {
      const want = expectedCounts(files, phrase);
      const r = await presser(['trend', phrase, REAL_LIBRARY, '--json', '--by', 'year'], xdg);
      if (want.total === 0) {
        expect(r.status).toBe(1);
        expect(r.stdout).toBe('');
        return;
      }
      expect(r.status, r.stderr).toBe(0);
      const got = JSON.parse(r.stdout) as TrendJson;
      expect(got.period).toBe('year');
      const years = Object.fromEntries(got.rows.filter((row) => row.exchanges > 0).map((row) => [row.period, row.exchanges]));
      expect({ total: got.total, undated: got.undated, years }).toEqual(want);
      // Every year from the first use to the last is a row, the empty ones too.
      const dated = Object.keys(want.years).sort();
      expect(got.rows.map((row) => row.period)).toEqual(
        Array.from({ length: Number(dated.at(-1)) - Number(dated[0]) + 1 }, (_, i) => String(Number(dated[0]) + i)),
      );
      expect(got.first!.date.slice(0, 4)).toBe(dated[0]);
      expect(got.last!.date.slice(0, 4)).toBe(dated.at(-1));
    },
    120_000,
  );
});
