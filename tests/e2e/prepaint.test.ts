// The first paint (src/ui/prepaint.ts) draws the sidebar before Ink has loaded; Ink's first frame
// then replaces it. The two must look the same, cell for cell, or the user sees the list jump.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cellLook, disposeAll, emulate, ptyUnavailable, requireBuilt, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { seedTopics } from './topics.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

const LEAVE_ALT = '\x1b[?1049l';

/** The first paint alone: what PRESSER_PREPAINT=only drew on the alternate screen before leaving it. */
async function firstPaintOutput(cols: number, rows: number, env: Record<string, string | undefined>): Promise<string> {
  const s = spawnPresser([], { cols, rows, env: { ...env, PRESSER_PREPAINT: 'only' } });
  expect((await waitExit(s)).exitCode).toBe(0);
  return s.output.slice(0, s.output.indexOf(LEAVE_ALT));
}

function separatorColumn(s: PtySession): number {
  const buf = s.term.buffer.active;
  const line = buf.getLine(buf.viewportY);
  for (let x = 0; x < s.term.cols; x++) if (line?.getCell(x)?.getChars() === '|') return x;
  return -1;
}

describe.skipIf(!!ptyUnavailable)('first paint before Ink', () => {
  beforeAll(requireBuilt);
  afterEach(disposeAll);

  for (const [cols, rows, env] of [
    [100, 30, {}],
    [200, 50, {}],
    [60, 20, {}],
    [80, 24, { NO_COLOR: '1' }],
    // The light theme (auto, from the background COLORFGBG names): the first paint draws it too.
    [100, 30, { COLORFGBG: '0;15' }],
    [100, 8, {}],
  ] as const) {
    it(`${cols}×${rows}${Object.keys(env).length ? ' ' + JSON.stringify(env) : ''}: the sidebar looks the same before and after Ink's first frame`, async () => {
      const s = spawnPresser([], { cols, rows, env });
      await s.waitFor(/\? help/);
      const edge = separatorColumn(s);
      expect(edge, s.dump()).toBeGreaterThan(0);
      const painted = await emulate(await firstPaintOutput(cols, rows, env), cols, rows);
      let differences = 0;
      const report: string[] = [];
      // Every row above the status line, every column left of the separator.
      for (let y = 0; y < rows - 2; y++) {
        for (let x = 0; x < edge; x++) {
          const before = cellLook(painted, x, y);
          const after = cellLook(s.term, x, y);
          if (before !== after && differences++ < 5) report.push(`row ${y} col ${x}: first paint ${JSON.stringify(before)}, Ink ${JSON.stringify(after)}`);
        }
      }
      painted.dispose();
      expect(differences, report.join('\n')).toBe(0);
      // And the paint did show the labels.
      expect(s.output).toContain(seedTopics()[0]!.label);
    });
  }

  it('a terminal too narrow for the sidebar gets no first paint (Ink draws the opening frame alone)', async () => {
    const out = await firstPaintOutput(50, 20, {});
    for (const t of seedTopics()) expect(out).not.toContain(t.label);
  });
});
