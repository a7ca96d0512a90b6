/**
 * The library view's timeline, through its pure reducer: ctrl-t in the search asks for the
 * query's exchanges (a `trend` effect) and shows bars per period; s / a split them; Enter lists
 * the selected period's hits, Enter opens one where the hit is; Esc and Backspace go back a step,
 * and the reader's Backspace comes back to the list it was opened from.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/ui/library/entries.js';
import { initialLibraryState, reduceLibrary, type LibraryAction, type LibraryViewState } from '../../../src/ui/library/state.js';
import { periodExchanges, periodResults, trendOf, trendStatus } from '../../../src/ui/library/trend.js';
import type { HitGroup, LibraryHit } from '../../../src/library/search.js';
import type { Exchange } from '../../../src/trend/exchanges.js';
import type { Transcript } from '../../../src/transcript/model.js';
import { KEYMAP, modeLabel } from '../../../src/ui/keymap.js';
import { drive, type Run } from './driver.js';

const entry = (i: number, date: string | undefined): Entry => ({
  file: `f${i}.txt`,
  path: `/lib/f${i}.txt`,
  ...(date ? { date } : {}),
  meta: { title: `标题${i}`, answerers: ['华春莹'], askers: [], questions: 3, topics: 3 },
});

const hit = (topic: number): LibraryHit => ({
  file: '',
  title: '',
  kind: 'answer',
  topic,
  label: `话题${topic}`,
  text: '芬太尼',
  ranges: [[0, 3]],
  score: 0,
  pos: { topic, turn: 1, para: 0, offset: 0 },
  length: 3,
});

/** Transcripts with hits in some topics: each topic one exchange. */
const dated: [string | undefined, number[]][] = [
  ['2019-08-28', [1, 2]],
  ['2016-10-18', [3]],
  ['2019-05-10', [1]],
  [undefined, [2]],
];
const groups: HitGroup[] = dated.map(([date, topics], i) => ({ item: { ...entry(i, date), hash: '', doc: i }, hits: topics.map(hit) }));
const exchanges: Exchange[] = groups.flatMap((g) =>
  g.hits.map((h, k) => ({
    ...(g.item.date ? { date: g.item.date } : {}),
    answerers: [h.topic === 2 ? '耿爽' : '华春莹'],
    askers: ['记者'],
    group: g,
    topic: h.topic,
    label: h.label,
    hit: k,
  })),
);

const TRANSCRIPT = { title: 't', topics: [], quotes: [], notes: [], repairs: [] } as unknown as Transcript;
const key = (name: string, input = name): LibraryAction => ({ type: 'key', name, input });

/** The reducer with the effects answered as the runtime does (the trend at once, when `answer`). */
function run(actions: LibraryAction[], s: LibraryViewState, answer = true): Run {
  return drive(actions, s, (e): LibraryAction[] => {
    if (e.type === 'trend' && answer) return [{ type: 'trendResults', query: e.query, scope: e.scope, exchanges }];
    if (e.type === 'read') return [{ type: 'transcriptRead', seq: e.seq, transcript: TRANSCRIPT }];
    return [];
  });
}

/** The view open in its search line with `query` typed (results aside: the timeline asks for its own). */
function searching(query = '芬太尼'): LibraryViewState {
  const s = { ...initialLibraryState({ entries: groups.map((g) => g.item), columns: 80, rows: 20 }), ready: true };
  return { ...s, mode: 'librarySearch', search: { query, scope: 'all', sel: 0 } };
}

describe('the timeline of a library search', () => {
  it('ctrl-t asks for the exchanges of the query over the whole library, and shows them by period', () => {
    const asked = run([key('ctrl-t')], searching(), false);
    expect(asked.state.mode).toBe('libraryTrend');
    expect(asked.effects).toEqual([{ type: 'trend', query: '芬太尼', scope: 'all' }]);
    expect(trendStatus(asked.state.trend!, trendOf(asked.state.trend!), false)).toMatch(/counting/);
    const r = run([key('ctrl-t')], searching());
    const t = trendOf(r.state.trend!)!;
    expect(t.rows.map((row) => [row.period, row.total])).toEqual([
      ['2016', 1],
      ['2017', 0],
      ['2018', 0],
      ['2019', 3],
    ]);
    expect(t.undated).toBe(1);
    expect(trendStatus(r.state.trend!, t, false)).toMatch(/^ 2016 · 1 exchange · Enter its hits/);
  });

  it('an answer for another query, or a second one, changes nothing', () => {
    const s = run([key('ctrl-t')], searching(), false).state;
    const other = reduceLibrary(s, { type: 'trendResults', query: '华为', scope: 'all', exchanges }).state;
    expect(other.trend!.exchanges).toBeNull();
    const once = reduceLibrary(s, { type: 'trendResults', query: '芬太尼', scope: 'all', exchanges }).state;
    expect(reduceLibrary(once, { type: 'trendResults', query: '芬太尼', scope: 'all', exchanges: [] }).state.trend!.exchanges).toBe(exchanges);
  });

  it('no query, or a broken filter: a message, no timeline', () => {
    for (const q of ['', 'speaker:华春莹', '芬太尼 date:20x']) {
      const r = run([key('ctrl-t')], searching(q));
      expect(r.state.mode).toBe('librarySearch');
      expect(r.effects.map((e) => e.type)).toEqual(['status']);
    }
  });

  it('j / k / G / g move between periods; s and a split by answerer or outlet and back', () => {
    let r = run([key('ctrl-t'), key('j'), key('j'), key('j')], searching());
    expect(r.state.trend!.sel).toBe(3);
    r = run([key('g')], r.state);
    expect(r.state.trend!.sel).toBe(0);
    r = run([key('G'), key('k'), key('s')], r.state);
    expect(r.state.trend!.sel).toBe(3);
    expect(trendOf(r.state.trend!)!.rows[3]!.by).toEqual({ 华春莹: 2, 耿爽: 1 });
    r = run([key('a')], r.state);
    expect(trendOf(r.state.trend!)!.keys).toEqual(['记者']);
    r = run([key('a')], r.state);
    expect(r.state.trend!.split).toBeNull();
  });

  it("Enter lists the period's exchanges, oldest first; Enter opens one at its hit; the reader's back returns to the list", () => {
    let r = run([key('ctrl-t'), key('G'), key('k'), key('enter')], searching());
    expect(r.state.mode).toBe('libraryTrendHits');
    const listed = periodExchanges(r.state.trend!);
    expect(listed.map((e) => [e.date, e.topic])).toEqual([
      ['2019-05-10', 1],
      ['2019-08-28', 1],
      ['2019-08-28', 2],
    ]);
    // Drawn as results: one transcript per date, one hit per exchange.
    const shown = periodResults(listed);
    expect(shown.groups.map((g) => g.hits.length)).toEqual([1, 2]);
    r = run([key('j'), key('j'), key('j'), key('enter')], r.state);
    expect(r.state.reading).toMatchObject({ path: '/lib/f0.txt', group: groups[0], index: 1, transcript: TRANSCRIPT });
    r = run([{ type: 'readerLeft', seq: r.state.reading!.seq, how: 'back' }], r.state);
    expect(r.state.reading).toBeNull();
    expect(r.state.mode).toBe('libraryTrendHits');
    expect(r.state.trend!.hitSel).toBe(2);
  });

  it('after the last period, the undated exchanges: one more to select and list', () => {
    let r = run([key('ctrl-t'), key('G')], searching());
    expect(r.state.trend!.sel).toBe(4);
    expect(trendStatus(r.state.trend!, trendOf(r.state.trend!), false)).toMatch(/^ undated · 1 exchange · Enter its hits/);
    r = run([key('enter')], r.state);
    expect(r.state.mode).toBe('libraryTrendHits');
    expect(periodExchanges(r.state.trend!).map((e) => [e.group.item.path, e.topic])).toEqual([['/lib/f3.txt', 2]]);
    r = run([key('enter')], r.state);
    expect(r.state.reading).toMatchObject({ path: '/lib/f3.txt', index: 0 });
  });

  it('an empty period says so; Esc / Backspace go back a step: the hits, the bars, the search', () => {
    let r = run([key('ctrl-t'), key('j'), key('enter')], searching());
    expect(r.state.mode).toBe('libraryTrend');
    expect(r.effects.filter((e) => e.type === 'status')).toEqual([{ type: 'status', text: 'no exchange in this period' }]);
    r = run([key('G'), key('k'), key('enter'), key('esc')], r.state);
    expect(r.state.mode).toBe('libraryTrend');
    r = run([key('backspace')], r.state);
    expect(r.state.mode).toBe('librarySearch');
    // Again for the same query: the timeline as it was, not counted again.
    const again = run([key('ctrl-t')], r.state);
    expect(again.state.mode).toBe('libraryTrend');
    expect(again.effects).toEqual([]);
    expect(again.state.trend!.sel).toBe(3);
  });

  it('? shows the help (with the timeline keys) and returns to the timeline', () => {
    const r = run([key('ctrl-t'), key('?')], searching());
    expect(r.state.mode).toBe('libraryHelp');
    expect(run([key('esc')], r.state).state.mode).toBe('libraryTrend');
    const labels = KEYMAP.filter((b) => b.modes.includes('libraryTrend') && !b.modes.includes('normal')).map(modeLabel);
    expect(new Set(labels)).toEqual(new Set(['library timeline', 'library']));
  });
});
