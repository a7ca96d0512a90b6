// The reader's screen as a terminal emulator shows it: sidebar labels, nothing written past the
// right edge, the topic following `]` and digits, and the same picture after a resize as after a
// fresh start at that size.
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, ptyUnavailable, requireBuilt, spawnPresser, type PtySession } from '../helpers/pty.js';
import { seedTopics, type TopicInfo } from './topics.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

/** "k/N" in the status line: the current topic as the reader reports it. */
function currentTopic(s: PtySession, n: number): number | undefined {
  for (const row of s.screen().reverse()) {
    const m = new RegExp(`(?:^|\\s)(\\d+)/${n}(?:\\s|$)`).exec(row);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Cell columns (not string indices) where `ch` sits in each row, for alignment checks. */
function cellColumns(s: PtySession, ch: string): number[] {
  const buf = s.term.buffer.active;
  const cols: number[] = [];
  for (let y = 0; y < s.term.rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    if (!line) continue;
    for (let x = 0; x < s.term.cols; x++) {
      if (line.getCell(x)?.getChars() === ch) {
        cols.push(x);
        break;
      }
    }
  }
  return cols;
}

/** Nothing past the right edge: no soft-wrapped row, and no row wider than the grid. */
function expectInsideGrid(s: PtySession): void {
  expect(s.wrappedRows(), `soft-wrapped rows:\n${s.dump()}`).toEqual([]);
  for (const row of s.screen()) expect(stringWidth(row)).toBeLessThanOrEqual(s.term.cols);
}

/**
 * Presses keys one at a time, each once the previous one has shown, and waits for topic `k`.
 * (Right after start-up the reader may take a moment before it reads keys; that is a
 * performance question, measured by the bench, not a layout one.)
 */
async function goTo(s: PtySession, keys: string[], k: number): Promise<void> {
  for (const key of keys) {
    const before = s.output.length;
    s.press(key);
    await s.waitFor((x) => x.output.length > before);
  }
  await s.waitFor((x) => currentTopic(x, seedTopics().length) === k);
  await s.settle(40);
}

describe.skipIf(!!ptyUnavailable)('reader layout in a pseudo-terminal', () => {
  let topics: TopicInfo[];
  beforeAll(() => {
    requireBuilt();
    topics = seedTopics();
  });
  afterEach(disposeAll);

  it('lists every topic label, numbered, in the sidebar at 100×30', async () => {
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(/\? help/); // Ink's frame, not just the first paint
    await s.settle(50);
    const rows = s.screen();
    const sidebarEdge = cellColumns(s, '|')[0] ?? 100;
    for (const t of topics) {
      const row = rows.find((r) => new RegExp(`^\\W*${t.id} `).test(r));
      expect(row, `topic ${t.id} in:\n${s.dump()}`).toBeDefined();
      // The label starts the entry; it may be truncated to the sidebar's width.
      const shown = row!
        .replace(/^\W*\d+ /, '')
        .split('|')[0]!
        .trim();
      // At least one character of the label itself, not just the ellipsis that cuts it.
      expect(shown.replace(/…$/, '').length).toBeGreaterThan(0);
      expect(t.label.startsWith(shown.replace(/…$/, ''))).toBe(true);
      expect(stringWidth(row!.split('|')[0]!)).toBeLessThanOrEqual(sidebarEdge);
    }
  });

  for (const [cols, rows] of [
    [100, 30],
    [60, 20],
    [200, 50],
    [80, 24],
    [40, 12],
  ] as const) {
    it(`${cols}×${rows}: no row past the edge, aligned columns, status line on screen, after paging`, async () => {
      const s = spawnPresser([], { cols, rows });
      await s.waitFor(/\? help/);
      await goTo(s, [']', ']'], 2);
      for (const k of [' ', ' ', 'j']) {
        s.press(k);
        await s.settle(40);
        expectInsideGrid(s);
        // Wherever the sidebar is shown, its edge is one straight column.
        expect(new Set(cellColumns(s, '|')).size, s.dump()).toBeLessThanOrEqual(1);
      }
      expect(currentTopic(s, topics.length), s.dump()).toBe(2);
    });
  }

  it('`]` and `[` move one topic; digits jump (3 at once, 1 then 2 opens 12, 1 alone after a pause)', async () => {
    const n = topics.length;
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(topics[0]!.label);
    const expectTopic = async (k: number) => {
      await s.waitFor((x) => currentTopic(x, n) === k);
      expect(s.text()).toContain(topics[k - 1]!.headline.split(' ')[0]!.slice(0, 6));
    };
    s.press(']');
    await expectTopic(1);
    s.press(']');
    await expectTopic(2);
    s.press('[');
    await expectTopic(1);
    s.press('3');
    await expectTopic(3);
    s.press('1');
    s.press('2');
    await expectTopic(12);
    s.press('1');
    await expectTopic(1);
    expectInsideGrid(s);
  });

  it('after resizing, the screen is what a fresh start at the new size shows (no garbled frame)', async () => {
    const at = async (cols: number, rows: number) => {
      const fresh = spawnPresser([], { cols, rows });
      await fresh.waitFor((x) => x.text().trim() !== '');
      await goTo(fresh, [']', '5'], 5);
      await fresh.settle(60);
      return fresh.screen();
    };
    const sizes = [
      [60, 20],
      [200, 50],
      [20, 6],
      [100, 30],
    ] as const;
    const references = Promise.all(sizes.map(([cols, rows]) => at(cols, rows)));
    const s = spawnPresser([], { cols: 100, rows: 30 });
    await s.waitFor(topics[0]!.label);
    await goTo(s, [']', '5'], 5);
    const expectedScreens = await references;
    for (const [i, [cols, rows]] of sizes.entries()) {
      const expected = expectedScreens[i]!;
      s.resize(cols, rows);
      // Re-wrapping every paragraph for the new width takes a moment; wait for the frame, then
      // make sure nothing is drawn over it afterwards.
      await s.waitFor((x) => JSON.stringify(x.screen()) === JSON.stringify(expected)).catch(() => undefined);
      await s.settle(100);
      expectInsideGrid(s);
      expect(s.screen(), `after resize to ${cols}×${rows}`).toEqual(expected);
    }
  });
});
