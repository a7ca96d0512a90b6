import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Key } from 'ink';
import { filterEntries, type Entry } from '../../../src/ui/library/entries.js';
import { initialLibraryState, reduceLibrary, type LibraryAction, type LibraryViewState } from '../../../src/ui/library/state.js';
import { inputActions } from '../../../src/ui/state/index.js';
import type { LibraryResults } from '../../../src/library/search.js';
import type { Transcript } from '../../../src/transcript/model.js';
import { drive, type Run } from './driver.js';

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
    hits: [0, 1].map((k) => ({
      file: e.file,
      title: e.meta.title,
      kind: 'answer' as const,
      topic: 1,
      label: 'x',
      text: `${query}${k}`,
      ranges: [] as [number, number][],
      score: 0,
      pos: null,
      length: 0,
    })),
  }));
  return { groups, hits: groups.length * 2, years: [] };
}

const TRANSCRIPT = { title: 't', topics: [], quotes: [], notes: [], repairs: [] } as unknown as Transcript;

/** An open library of `entries` on a terminal whose list shows 10 rows. */
const opened = (): LibraryViewState => ({ ...initialLibraryState({ entries, columns: 80, rows: 12 }), ready: true });

/**
 * The reducer with its effects answered as the runtime answers them: searches at once (unless
 * `answer` is false: a search still running), transcripts read at once. Every effect is kept.
 */
function run(actions: LibraryAction[], s: LibraryViewState = opened(), answer = true): Run {
  return drive(actions, s, (e): LibraryAction[] => {
    if (e.type === 'search' && answer) return [{ type: 'searchResults', query: e.query, scope: e.scope, results: results(e.query) }];
    if (e.type === 'read') return [{ type: 'transcriptRead', seq: e.seq, transcript: TRANSCRIPT }];
    return [];
  });
}

const key = (name: string, input = name): LibraryAction => ({ type: 'key', name, input });
const NO_KEY = { ctrl: false, meta: false, escape: false } as Key;
const messages = (r: Run) => r.effects.flatMap((e) => (e.type === 'status' ? [e.text] : []));
const quits = (r: Run) => r.effects.flatMap((e) => (e.type === 'quit' ? [e.code] : []));

describe('library view reducer', () => {
  it('moves through the list and opens the selected transcript', () => {
    let r = run([key('j'), key('j'), key('k'), key('enter')]);
    expect(r.state.sel).toBe(1);
    expect(r.state.reading).toMatchObject({ path: '/lib/f1.txt', group: null, transcript: TRANSCRIPT });
    expect(r.effects).toContainEqual({ type: 'read', seq: 1, path: '/lib/f1.txt' });
    r = run([key('G')], { ...r.state, reading: null });
    expect(r.state.sel).toBe(29);
    r = run([key('pageup'), key('g')], r.state);
    expect(r.state.sel).toBe(0);
  });

  it('typing text in the list starts the filter; Esc clears it and keeps the transcript selected', () => {
    let s = run([key('2', '2'), { type: 'text', text: '018' }]).state;
    expect(s.mode).toBe('libraryFilter');
    expect(s.filter).toBe('2018');
    const list = filterEntries(entries, '2018');
    s = run([key('down'), key('down')], s).state;
    const chosen = list[2]!;
    s = run([key('esc')], s).state;
    expect(s.mode).toBe('library');
    expect(s.filter).toBe('');
    expect(entries[s.sel]).toBe(chosen);
  });

  it('f opens the filter; letters there are text, never keys', () => {
    const r = run([key('f'), key('q', 'q'), key('j', 'j')]);
    expect([r.state.mode, r.state.filter, quits(r)]).toEqual(['libraryFilter', 'qj', []]);
  });

  it('a chunk of keys (tmux send-keys) is split: control characters are keys, the rest typed', () => {
    const r = run(inputActions('2019-0\r', NO_KEY));
    expect(r.state.filter).toBe('2019-0');
    expect(r.state.reading).not.toBeNull();
    // In the list each character of a chunk is a key: "jj" moves two rows, "jjx" then filters on x.
    expect(run(inputActions('jj', NO_KEY)).state.sel).toBe(2);
    expect(run(inputActions('jjx', NO_KEY)).state).toMatchObject({ mode: 'libraryFilter', filter: 'x' });
  });

  it('searches the library, walks the hits across transcripts, opens one with its transcript’s hits', () => {
    let s = run([key('/'), { type: 'text', text: '标' }]).state;
    expect(s.mode).toBe('librarySearch');
    expect(s.results?.hits).toBe(60);
    s = run([key('down'), key('down'), key('down'), key('enter')], s).state;
    expect(s.search.sel).toBe(3);
    expect(s.reading).toMatchObject({ path: '/lib/f1.txt', index: 1 });
    expect(s.reading?.group?.hits).toHaveLength(2);
    s = run([key('esc')], { ...s, reading: null }).state;
    expect(s.mode).toBe('library');
    // The query is kept for the next /.
    expect(run([key('/')], s).state.results?.hits).toBe(60);
  });

  it('until a search answers, the last results stay up; then they are replaced', () => {
    let r = run([key('/'), { type: 'text', text: '标' }], opened(), false);
    expect([r.state.results, r.state.pending]).toEqual([null, true]);
    expect(r.effects).toContainEqual({ type: 'search', query: '标', scope: 'all' });
    r = run([key('enter')], r.state, false);
    expect(messages(r)).toEqual(['searching…']);
    r = run([{ type: 'searchResults', query: '标', scope: 'all', results: results('标') }], r.state);
    expect([r.state.results?.hits, r.state.pending]).toEqual([60, false]);
    // Typed on: the old results stay while the new search is pending, and an answer to an older query is dropped.
    r = run(
      [
        { type: 'text', text: '题' },
        { type: 'searchResults', query: '标', scope: 'all', results: results('x') },
      ],
      r.state,
      false,
    );
    expect([r.state.results?.hits, r.state.pending]).toEqual([60, true]);
  });

  it('before the library is open a search waits, and runs once it is', () => {
    const opening = initialLibraryState({ entries: entries.slice(0, 5), columns: 80, rows: 12 });
    let r = run([key('/'), { type: 'text', text: '标' }], opening);
    expect(r.effects.filter((e) => e.type === 'search')).toEqual([]);
    expect(r.state.pending).toBe(true);
    r = run([{ type: 'libraryOpen', entries }], r.state);
    expect(r.effects).toContainEqual({ type: 'search', query: '标', scope: 'all' });
    expect([r.state.results?.hits, r.state.pending]).toEqual([60, false]);
  });

  it('rows known while the library opens: a shorter list does not replace a longer one; the selected row stays', () => {
    let s = run([key('j'), key('j')], initialLibraryState({ entries, columns: 80, rows: 12 })).state;
    s = run([{ type: 'entries', entries: entries.slice(0, 10) }], s).state;
    expect(s.entries).toBe(entries);
    const fresh = entries.map((e) => ({ ...e }));
    s = run([{ type: 'entries', entries: [fresh[0]!, ...fresh] }], s).state;
    expect(s.entries[s.sel]!.path).toBe(entries[2]!.path);
  });

  it('rows arriving in the order files are parsed: the newest stays selected until the user moves', () => {
    // The worker pool parses an older file first; a newer one arrives after it.
    let s = run([{ type: 'entries', entries: [entries[5]!] }], initialLibraryState({ columns: 80, rows: 12 })).state;
    s = run([{ type: 'entries', entries: [entries[0]!, entries[5]!] }], s).state;
    expect(s.entries[s.sel]!.path).toBe(entries[0]!.path);
    s = run([{ type: 'libraryOpen', entries }], s).state;
    expect(s.sel).toBe(0);
    // Once moved (or opened), the choice follows its transcript.
    s = run([key('j')], s).state;
    s = run([{ type: 'libraryOpen', entries: [entries[29]!, ...entries] }], s).state;
    expect(s.entries[s.sel]!.path).toBe(entries[1]!.path);
  });

  it('/ reopens the search on the last query, selected: typing replaces it, → keeps it to add to, Backspace clears it', () => {
    const typed = (r: Run) => r.state.search.query;
    const first = run([key('/'), { type: 'text', text: '关税' }, key('esc', '')]).state;
    expect(first.mode).toBe('library');
    const reopened = run([key('/')], first);
    expect([typed(reopened), reopened.state.search.selected]).toEqual(['关税', true]);
    expect(typed(run([{ type: 'text', text: '芬太尼' }], reopened.state))).toBe('芬太尼');
    expect(typed(run([key('right', ''), { type: 'text', text: ' 美国' }], reopened.state))).toBe('关税 美国');
    expect(typed(run([key('backspace', '')], reopened.state))).toBe('');
    // A query being typed is never selected: its characters add up.
    expect(
      typed(
        run(
          [
            { type: 'text', text: '美' },
            { type: 'text', text: '国' },
          ],
          reopened.state,
        ),
      ),
    ).toBe('美国');
  });

  it('q quits, ctrl-c quits at once, ctrl-z suspends, ? shows help and q closes it', () => {
    expect(quits(run([key('q')]))).toEqual([0]);
    expect(quits(run([key('/'), key('ctrl-c', 'c')]))).toEqual([130]);
    expect(run([key('f'), key('ctrl-z', 'z')]).effects).toContainEqual({ type: 'suspend' });
    const h = run([key('?')]).state;
    expect(h.mode).toBe('libraryHelp');
    const closed = run([key('q')], h);
    expect([closed.state.mode, quits(closed)]).toEqual(['library', []]);
  });

  it('while a transcript is read the view takes no keys; the reader hands back to the same row', () => {
    let s = run([key('j'), key('enter')]).state;
    const seq = s.reading!.seq;
    s = run([key('j'), { type: 'text', text: 'abc' }, { type: 'paste', text: 'x' }], s).state;
    expect([s.sel, s.filter, s.mode]).toEqual([1, '', 'library']);
    // A reader that is no longer shown hands back nothing.
    expect(run([{ type: 'readerLeft', seq: seq - 1, how: 'back' }], s).state.reading).not.toBeNull();
    s = run([{ type: 'readerLeft', seq, how: 'back' }], s).state;
    expect([s.reading, s.sel]).toEqual([null, 1]);
    expect(run([key('j')], s).state.sel).toBe(2);
  });

  it('n / N past a transcript’s hits open the next / previous transcript with hits; back selects where n went', () => {
    let s = run([key('/'), { type: 'text', text: '标' }, key('enter')]).state;
    const first = s.reading!;
    s = run([{ type: 'readerLeft', seq: first.seq, how: 'next' }], s).state;
    expect(s.reading).toMatchObject({ path: s.results!.groups[1]!.item.path, index: 0 });
    expect(s.reading!.seq).toBe(first.seq + 1);
    s = run(
      [
        { type: 'readerLeft', seq: s.reading!.seq, how: 'prev' },
        { type: 'readerLeft', seq: first.seq + 2, how: 'prev' },
      ],
      s,
    ).state;
    // Before the first transcript comes the last, at its last hit.
    const last = s.results!.groups.at(-1)!;
    expect(s.reading).toMatchObject({ path: last.item.path, index: last.hits.length - 1 });
    s = run([{ type: 'readerLeft', seq: s.reading!.seq, how: 'back' }], s).state;
    expect([s.reading, s.mode, s.search.sel]).toEqual([null, 'librarySearch', s.results!.hits - 1]);
  });

  it('a transcript that cannot be read stays in the list and says why', () => {
    const s = reduceLibrary(opened(), key('enter'));
    const failed = reduceLibrary(s.state, { type: 'readFailed', seq: s.state.reading!.seq, message: 'cannot open f0.txt: gone' });
    expect(failed.state.reading).toBeNull();
    expect(failed.effects).toEqual([{ type: 'status', text: 'cannot open f0.txt: gone' }]);
  });

  it('whatever the keys, the selection stays inside the list and the hits', () => {
    const keys = ['j', 'k', 'G', 'g', 'space', 'b', 'enter', 'f', 'esc', '/', 'down', 'up', 'pagedown', 'backspace', 'tab', '?', '2', '标'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...keys), { maxLength: 40 }), (names) => {
        let s: LibraryViewState = opened();
        for (const n of names) {
          const r = run([key(n, n.length === 1 ? n : '')], s);
          // Back from whatever was opened, as the reader would hand back.
          s = r.state.reading ? run([{ type: 'readerLeft', seq: r.state.reading.seq, how: 'back' }], r.state).state : r.state;
          if (quits(r).length) return;
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
