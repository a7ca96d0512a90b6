import { describe, expect, it } from 'vitest';
import { initialState } from '../../../src/ui/state/index.js';
import { searchLine } from '../../../src/ui/components/SearchPanel.js';
import { smallTranscript, TestReader } from '../fixtures.js';

/** Issue 13, the search line: a reader on the small transcript at 80×24. */
const reader = (opts: Parameters<typeof initialState>[0] = {}) => new TestReader(smallTranscript(), initialState({ columns: 80, rows: 24, ...opts }));

describe('a second search', () => {
  it('replaces the first as it is typed: the old query opens selected', () => {
    const r = reader().press('/').input('结尾1').press('enter');
    expect(r.state.mode).toBe('normal');
    r.press('/');
    expect(r.state.search.query).toBe('结尾1');
    expect(r.state.search.selected).toBe(true);
    expect(searchLine(r.state.search, 80, 'narrow').selected).toEqual([1, 4]);
    r.input('金句');
    expect(r.state.search.query).toBe('金句');
    expect(r.state.search.selected).toBe(false);
    expect(r.state.search.hits.length).toBeGreaterThan(0);
  });

  it('Enter on the selected old query opens its result again; Backspace clears it; → keeps it to add to', () => {
    const r = reader().press('/').input('结尾7').press('enter', '/', 'enter');
    expect(r.state.page).toBe(7);
    r.press('/', 'backspace');
    expect(r.state.search.query).toBe('');
    const k = reader().press('/').input('结尾').press('enter', '/', 'right').input('7');
    expect(k.state.search.query).toBe('结尾7');
  });

  it('the scope chosen with Tab does not carry over to a new query', () => {
    const r = reader().press('/').input('金句3').press('tab');
    expect(r.state.search.scope).toBe('questions');
    r.press('esc', '/');
    // Reopened on the same query, the scope it was searched in is kept, and shown.
    expect(r.state.search.scope).toBe('questions');
    expect(searchLine(r.state.search, 80, 'narrow').text).toContain('[questions]');
    r.input('回答');
    expect(r.state.search.scope).toBe('all');
  });
});

describe('search history', () => {
  it('ctrl-r brings back earlier searches, newest first, selected; ctrl-s goes the other way', () => {
    const r = reader().press('/').input('结尾1').press('enter', '/').input('结尾2').press('enter', '/').input('金');
    r.press('ctrl-r');
    expect(r.state.search.query).toBe('结尾2');
    expect(r.state.search.selected).toBe(true);
    r.press('ctrl-r');
    expect(r.state.search.query).toBe('结尾1');
    r.press('ctrl-r');
    expect(r.state.search.query).toBe('结尾1');
    expect(r.message).toMatch(/oldest/);
    r.press('ctrl-s');
    expect(r.state.search.query).toBe('结尾2');
    r.press('enter');
    expect(r.state.page).toBe(2);
  });

  it('starts from the history it is given (the store) and hands each opened query to it', () => {
    const remembered: string[] = [];
    const r = reader({ searchHistory: ['结尾9'] });
    (r.runtime as unknown as { services: { rememberSearch: (q: string) => void } }).services.rememberSearch = (q) => remembered.push(q);
    r.press('/', 'ctrl-r');
    expect(r.state.search.query).toBe('结尾9');
    r.press('enter');
    expect(r.state.page).toBe(9);
    expect(remembered).toEqual(['结尾9']);
    expect(r.state.searchHistory[0]).toBe('结尾9');
  });

  it('with no history, ctrl-r says so', () => {
    const r = reader().press('/', 'ctrl-r');
    expect(r.message).toMatch(/no earlier searches/);
  });
});

describe('Enter with no results', () => {
  it('says there is no match for the query', () => {
    const r = reader().press('/').input('zzzzqqq').press('enter');
    expect(r.state.mode).toBe('search');
    expect(r.message).toBe('no match for “zzzzqqq”');
  });

  it('in Chinese', () => {
    const r = reader({ lang: 'zh' }).press('/').input('zzzzqqq').press('enter');
    expect(r.message).toBe('没有找到“zzzzqqq”');
  });
});
