// The parallel view as a user meets it: the built CLI in a pseudo-terminal read through a terminal
// emulator. `presser ZH --with EN` on the written pair and, when the shared library is beside the
// project, on a real briefing and its English page; `presser DIR` on a folder holding both versions,
// where v finds the other one itself. Side by side at 200×50, stacked at 100×30, nothing past the edge.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, KEYS, ptyUnavailable, requireBuilt, ROOT, spawnPresser, type PtySession } from '../helpers/pty.js';
import { tempDir, writeFiles } from '../library/helpers.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const ZH = join(ROOT, 'tests/fixtures/bilingual/briefing-zh.txt');
const EN = join(ROOT, 'tests/fixtures/bilingual/briefing-en.txt');
// 2019-08-23, Geng Shuang: the Chinese page and its English version.
const SHARED = join(ROOT, '../shared/library');
const REAL_ZH = join(SHARED, 'mfa-2016-2020/mfa-t1691418.txt');
const REAL_EN = join(SHARED, 'mfa-en-2018-2020/mfa-en-t1691457.txt');
const realPair = existsSync(REAL_ZH) && existsSync(REAL_EN);

function expectInsideGrid(s: PtySession): void {
  expect(s.wrappedRows(), s.dump()).toEqual([]);
  for (const row of s.screen()) expect(stringWidth(row)).toBeLessThanOrEqual(s.term.cols);
}

const status = (s: PtySession) => s.screen().at(-2) ?? '';

/** presser ZH --with EN at cols×rows, topic 2 open, the parallel view on and drawn. */
async function parallelAtTopic2(cols: number, rows: number): Promise<PtySession> {
  const s = spawnPresser([ZH, '--with', EN], { cols, rows });
  await s.waitFor(/\? help/);
  s.press('2');
  await s.waitFor(/2\/5 /);
  s.press('v');
  await s.waitFor(/⇄ EN/);
  await s.settle(50);
  return s;
}

describe.skipIf(!!ptyUnavailable)('the parallel view (built CLI in a pty)', () => {
  beforeAll(() => requireBuilt());
  afterEach(() => disposeAll());

  it('at 200×50: v puts the English beside the Chinese, question beside question; v again takes it away', async () => {
    const s = await parallelAtTopic2(200, 50);
    const row = s.screen().find((r) => r.includes('世界卫生组织（WHO）'))!;
    expect(row).toMatch(/世界卫生组织（WHO）.* │ Q: The World Health Organization/);
    expectInsideGrid(s);
    s.press('3');
    await s.waitFor(/\[no Chinese counterpart\]/);
    expectInsideGrid(s);
    s.press('v');
    await s.waitFor((x) => !x.text().includes('Fukushima'));
    await s.settle(50);
    expect(status(s)).toMatch(/3\/5 /);
    expect(status(s)).not.toContain('⇄');
  });

  it('while the worker aligns, keys are answered: the page moves and v turns the view off and on; then the answer shows', async () => {
    // The worker holds its answer until the test creates this file (PRESSER_TEST_HOLD_ALIGN): no race with it.
    const release = join(tempDir('presser-hold-'), 'release');
    const s = spawnPresser([ZH, '--with', EN], { cols: 200, rows: 50, env: { PRESSER_TEST_HOLD_ALIGN: release } });
    await s.waitFor(/\? help/);
    s.press('2');
    await s.waitFor(/2\/5 /);
    s.press('v');
    await s.waitFor(/2\/5 .*⇄ aligning…/);
    s.press('3');
    await s.waitFor(/3\/5 .*⇄ aligning…/);
    s.press('v');
    await s.waitFor(/parallel view off/);
    await s.settle(50);
    expect(status(s)).toMatch(/3\/5 /);
    expect(status(s)).not.toContain('⇄');
    s.press('v');
    await s.waitFor(/3\/5 .*⇄ aligning…/);
    expect(s.text()).not.toContain('[no Chinese counterpart]');
    writeFiles(dirname(release), { release: '' });
    // The whole frame: its status line is drawn after the rows that say the view is there.
    await s.waitFor((x) => x.text().includes('[no Chinese counterpart]') && /3\/5 .*⇄ EN/.test(status(x)));
    expectInsideGrid(s);
  });

  it('at 100×30: stacked, the English under the Chinese, scrolled together', async () => {
    const s = await parallelAtTopic2(100, 30);
    const rows = s.screen();
    expect(rows.join('\n')).not.toContain(' │ ');
    expect(rows.findIndex((r) => r.includes('Q: The World Health'))).toBeGreaterThan(rows.findIndex((r) => r.includes('世界卫生组织（WHO）')));
    expectInsideGrid(s);
  });

  it('in a library holding both versions, v finds the other one itself', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'briefing-zh.txt': readFileSync(ZH), 'briefing-en.txt': readFileSync(EN) });
    const s = spawnPresser([dir], { cols: 200, rows: 50, env: { XDG_CACHE_HOME: tempDir('presser-xdg-') } });
    await s.waitFor(/2 transcripts/, 30_000);
    const zhRow = s.screen().findIndex((r) => r.includes('林小明主持例行记者会'));
    const selected = s.screen().findIndex((r) => r.startsWith('>'));
    s.press(zhRow > selected ? 'j' : zhRow < selected ? 'k' : '');
    await s.waitFor((x) => (x.screen().find((r) => r.startsWith('>')) ?? '').includes('林小明主持例行记者会'));
    s.press(KEYS.enter);
    await s.waitFor(/\? help/);
    s.press('2');
    await s.waitFor(/2\/5 /);
    s.press('v');
    await s.waitFor(/⇄ EN/, 30_000);
    expect(s.screen().find((r) => r.includes('世界卫生组织（WHO）'))).toMatch(/ │ Q: The World Health Organization/);
    expectInsideGrid(s);

    // Back in the library, a hit in the English version opens beside the Chinese: the view stays on.
    s.press(KEYS.backspace);
    await s.waitFor(/ 0\/5 |概览/);
    s.press(KEYS.backspace);
    await s.waitFor(/2 transcripts/);
    s.press('/');
    await s.waitFor(/^\//m);
    s.press('expert team');
    await s.waitFor(/hits? in 1 transcript/, 30_000);
    s.press(KEYS.enter);
    await s.waitFor(/⇄ 中文/, 30_000);
    await s.settle(50);
    expect(s.screen().find((r) => r.includes('Q: The World Health'))).toMatch(/Q: The World Health.* │ 问：据报道，世界卫生组织/);
    expectInsideGrid(s);
  });

  it('says in one line when there is no other version', async () => {
    const s = spawnPresser([ZH], { cols: 100, rows: 30 });
    await s.waitFor(/\? help/);
    s.press('2');
    await s.waitFor(/2\/5 /);
    s.press('v');
    await s.waitFor(/no other-language version/);
    expectInsideGrid(s);
  });

  it.skipIf(!realPair)('a real briefing beside its English page: every topic at 200×50 and 100×30 inside the grid', async () => {
    for (const [cols, rows] of [
      [200, 50],
      [100, 30],
    ] as const) {
      const s = spawnPresser([REAL_ZH, '--with', REAL_EN], { cols, rows });
      await s.waitFor(/\? help/);
      s.press(']');
      await s.waitFor(/ 1\/\d+ /);
      s.press('v');
      await s.waitFor(/⇄ EN/, 30_000);
      await s.settle(50);
      if (cols === 200) expect(s.text()).toContain(' │ ');
      expect(s.text()).toMatch(/Geng Shuang|A: /);
      const topics = Number(/ 1\/(\d+) /.exec(status(s))![1]);
      for (let k = 2; k <= topics; k++) {
        s.press(']');
        await s.waitFor(new RegExp(` ${k}/${topics} `));
        await s.settle(30);
        expectInsideGrid(s);
        s.press(' ');
        await s.settle(30);
        expectInsideGrid(s);
      }
      s.dispose();
    }
  });
});
