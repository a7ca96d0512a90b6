// What the library e2e tests share: a small library on disk with its own cache, and checks on the screen.
import stringWidth from 'string-width';
import { expect } from 'vitest';
import { KEYS, waitExit, type PtySession } from '../helpers/pty.js';
import { OUTLET_BRIEFING, smallLibrary, tempDir, writeFiles } from '../library/helpers.js';

/** The small library (and an outlet-layout briefing, and `extra` files) in a fresh directory, with a fresh cache. */
export function libraryOnDisk(extra: Record<string, string> = {}): { dir: string; env: Record<string, string> } {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'g.txt': OUTLET_BRIEFING, ...extra });
  return { dir, env: { XDG_CACHE_HOME: tempDir('presser-xdg-') } };
}

/** No row wraps and none is wider than the terminal. */
export function expectInsideGrid(s: PtySession): void {
  expect(s.wrappedRows(), s.dump()).toEqual([]);
  for (const row of s.screen()) expect(stringWidth(row)).toBeLessThanOrEqual(s.term.cols);
}

/** The row marked as selected. */
export const selectedRow = (s: PtySession) => s.screen().find((r) => r.startsWith('>')) ?? '';

/**
 * From the library search's results: Backspace to the results, Esc to the list of the six
 * transcripts, q; presser exits 0 with the terminal restored.
 */
export async function backOutOfSearchAndQuit(s: PtySession): Promise<void> {
  s.press(KEYS.backspace);
  await s.waitFor(/hits? in 3 transcripts/);
  s.press(KEYS.esc);
  await s.waitFor(/6 transcripts/);
  s.press('q');
  const exit = await waitExit(s);
  expect(exit.exitCode).toBe(0);
  expect(s.isAltScreen()).toBe(false);
  expect(s.cursorVisible).toBe(true);
}
