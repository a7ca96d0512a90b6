// The library view selects, at start, the transcript last opened in that library (kept by the
// store under the library's key, found again by content hash) — until the user chooses a row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/ui/library/entries.js';
import { initialLibraryState, reduceLibrary } from '../../../src/ui/library/state.js';
import { Store } from '../../../src/store/store.js';
import { smallTranscript } from '../fixtures.js';

const entry = (i: number): Entry => ({
  file: `f${i}.txt`,
  path: `/lib/f${i}.txt`,
  date: `2019-0${9 - i}-01`,
  meta: { title: `标题${i}`, answerers: ['华春莹'], askers: [], questions: 1, topics: 1 },
  hash: `h${i}`,
});
const all = [0, 1, 2, 3, 4].map(entry);
const dir = mkdtempSync(join(tmpdir(), 'presser-last-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the transcript last read in a library', () => {
  it('is selected at start; unknown (another library, a changed file), the newest is', () => {
    expect(initialLibraryState({ entries: all, lastRead: 'h3' }).sel).toBe(3);
    expect(initialLibraryState({ entries: all, lastRead: 'gone' }).sel).toBe(0);
    expect(initialLibraryState({ entries: all }).sel).toBe(0);
  });

  it('stays selected as rows arrive while the library opens, until the user moves', () => {
    let s = initialLibraryState({ entries: all.slice(0, 2), lastRead: 'h3' });
    expect(s.sel).toBe(0);
    s = reduceLibrary(s, { type: 'entries', entries: all.slice(0, 4) }).state;
    expect(s.sel).toBe(3);
    s = reduceLibrary(s, { type: 'libraryOpen', entries: all }).state;
    expect(s.sel).toBe(3);
    s = reduceLibrary(s, { type: 'key', name: 'up', input: '' }).state;
    expect(s.sel).toBe(2);
    s = reduceLibrary(s, { type: 'entries', entries: all }).state;
    expect(s.sel).toBe(2);
  });

  it('opening a transcript asks for it to be kept (its content hash)', () => {
    const s = initialLibraryState({ entries: all });
    const opened = reduceLibrary(s, { type: 'key', name: 'enter', input: '\r' });
    const seq = opened.state.reading!.seq;
    const read = reduceLibrary(opened.state, { type: 'transcriptRead', seq, transcript: smallTranscript(), hash: 'h0' });
    expect(read.effects).toEqual([{ type: 'rememberRead', hash: 'h0' }]);
  });

  it('the store keeps one per library, for the next process', () => {
    const a = new Store(join(dir, 'presser'));
    a.saveLastRead('library-1', 'h1');
    a.saveLastRead('library-2', 'h2');
    a.saveLastRead('library-1', 'h4');
    const b = new Store(join(dir, 'presser'));
    expect([b.lastRead('library-1'), b.lastRead('library-2'), b.lastRead('library-3')]).toEqual(['h4', 'h2', undefined]);
  });
});
