import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterEntries, type Entry } from '../../../src/ui/library/entries.js';
import { initialLibraryState, reduceLibrary, type LibraryAction, type LibraryViewEnv, type LibraryViewState } from '../../../src/ui/library/state.js';
import type { LibraryResults } from '../../../src/library/search.js';

const entries: Entry[] = Array.from({ length: 30 }, (_, i) => ({
  file: `f${i}.txt`,
  path: `/lib/f${i}.txt`,
  date: `20${String(19 - Math.floor(i / 10)).padStart(2, '0')}-0${(i % 9) + 1}-01`,
  meta: { title: `标题${i}`, answerers: [i % 2 ? '华春莹' : '耿爽'], askers: [], questions: i, topics: 1 },
}));

/** A fake library search: every entry whose title has the query's first character, two hits each. */
function results(query: string): LibraryResults {
  const hitEntries = entries.filter((e) => e.meta.title.includes(query[0] ?? '#'));
  const groups = hitEntries.map((e) => ({
    item: { ...e, hash: '', doc: 0 },
    hits: [0, 1].map((k) => ({ file: e.file, title: e.meta.title, kind: 'answer' as const, topic: 1, label: 'x', text: `${query}${k}`, ranges: [] as [number, number][], score: 0, pos: null, length: 0 })),
  }));
  return { groups, hits: groups.length * 2, years: [] };
}

function env(ready = true): LibraryViewEnv {
  return { entries: (f) => filterEntries(entries, f), search: (q) => (ready ? results(q) : null), viewHeight: 10 };
}

const key = (name: string, input = name): LibraryAction => ({ type: 'key', name, input });
const run = (actions: LibraryAction[], e = env(), s = initialLibraryState()) => actions.reduce((st, a) => reduceLibrary(st, a, e), s);

describe('library view reducer', () => {
  it('moves through the list and opens the selected transcript', () => {
    let s = run([key('j'), key('j'), key('k'), key('enter')]);
    expect(s.sel).toBe(1);
    expect(s.open).toMatchObject({ path: '/lib/f1.txt' });
    s = run([key('G')], env(), s);
    expect(s.sel).toBe(29);
    s = run([key('pageup'), key('g')], env(), s);
    expect(s.sel).toBe(0);
  });

  it('typing text in the list starts the filter; Esc clears it and keeps the transcript selected', () => {
    let s = run([key('2', '2'), { type: 'text', text: '018' }]);
    expect(s.mode).toBe('libraryFilter');
    expect(s.filter).toBe('2018');
    const list = filterEntries(entries, '2018');
    s = run([key('down'), key('down')], env(), s);
    const chosen = list[2]!;
    s = run([key('esc')], env(), s);
    expect(s.mode).toBe('library');
    expect(s.filter).toBe('');
    expect(entries[s.sel]).toBe(chosen);
  });

  it('f opens the filter; letters there are text, never keys', () => {
    const s = run([key('f'), key('q', 'q'), key('j', 'j')]);
    expect([s.mode, s.filter, s.quit]).toEqual(['libraryFilter', 'qj', null]);
  });

  it('a chunk of keys (tmux send-keys) is split: control characters are keys, the rest typed', () => {
    const s = run([{ type: 'key', name: '2019-0\r', input: '2019-0\r' }]);
    expect(s.filter).toBe('2019-0');
    expect(s.open).not.toBeNull();
  });

  it('searches the library, walks the hits across transcripts, opens one with its transcript’s hits', () => {
    let s = run([key('/'), { type: 'text', text: '标' }]);
    expect(s.mode).toBe('librarySearch');
    expect(s.results?.hits).toBe(60);
    s = run([key('down'), key('down'), key('down'), key('enter')], env(), s);
    expect(s.search.sel).toBe(3);
    expect(s.open).toMatchObject({ path: '/lib/f1.txt', index: 1 });
    expect(s.open?.hits).toHaveLength(2);
    s = run([key('esc')], env(), s);
    expect(s.mode).toBe('library');
    // The query is kept for the next /.
    expect(run([key('/')], env(), s).results?.hits).toBe(60);
  });

  it('until a search answers, the last results stay up; then they are replaced', () => {
    let s = run([key('/'), { type: 'text', text: '标' }], env(false));
    expect([s.results, s.pending]).toEqual([null, true]);
    s = run([key('enter')], env(false), s);
    expect(s.status?.text).toMatch(/searching/);
    s = run([{ type: 'searchUpdated' }], env(true), s);
    expect([s.results?.hits, s.pending]).toEqual([60, false]);
    // Typed on: the old results stay while the new search is pending.
    s = run([{ type: 'text', text: '题' }], env(false), s);
    expect([s.results?.hits, s.pending]).toEqual([60, true]);
  });

  it('q quits, ctrl-c quits at once, ? shows help and q closes it', () => {
    expect(run([key('q')]).quit).toBe(0);
    expect(run([key('/'), key('ctrl-c')]).quit).toBe(130);
    const h = run([key('?')]);
    expect(h.mode).toBe('libraryHelp');
    expect(run([key('q')], env(), h)).toMatchObject({ mode: 'library', quit: null });
  });

  it('whatever the keys, the selection stays inside the list and the hits', () => {
    const keys = ['j', 'k', 'G', 'g', 'space', 'b', 'enter', 'f', 'esc', '/', 'down', 'up', 'pagedown', 'backspace', 'tab', '?', '2', '标'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { maxLength: 40 }), (names) => {
        let s: LibraryViewState = initialLibraryState();
        for (const n of names) {
          s = reduceLibrary(s, key(n, n.length === 1 ? n : ''), env());
          if (s.quit !== null) return;
          expect(s.sel).toBeGreaterThanOrEqual(0);
          expect(s.sel).toBeLessThan(Math.max(1, filterEntries(entries, s.filter).length));
          expect(s.search.sel).toBeGreaterThanOrEqual(0);
          expect(s.search.sel).toBeLessThan(Math.max(1, s.results?.hits ?? 0));
        }
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
