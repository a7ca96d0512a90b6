import { describe, expect, it } from 'vitest';
import { initialState, reduce, topLine, viewOf } from '../../src/ui/state/index.js';
import { key, makeEnv, reduceAll, smallTranscript, terminal, TestReader } from './fixtures.js';

/** A reader on the small transcript (12 topics, so "1" waits for a second digit), on an 80×12 terminal unless told. */
const reader = (size = { columns: 80, rows: 12 }, opts: Parameters<typeof initialState>[0] = {}) =>
  new TestReader(smallTranscript(), initialState({ ...size, ...opts }));

describe('digits', () => {
  it.each([
    [['3'], 3, ''],
    [['1'], 0, '1'],
    [['1', '2'], 12, ''],
    [['1', '0'], 10, ''],
    [['0'], 0, ''],
    [['2'], 2, ''],
    [['9'], 9, ''],
  ])('%j → page %i, buffer "%s"', (keys, page, buffer) => {
    const r = reader().press(...keys);
    expect(r.state.page).toBe(page);
    expect(r.state.digits).toBe(buffer);
  });

  it('a digit that may be followed by another asks for the pause, and the pause commits it', () => {
    const env = makeEnv(smallTranscript());
    const waiting = reduce(initialState(), key('1'), env);
    expect(waiting.effects).toEqual([{ type: 'digitPause' }]);
    const s = reduce(waiting.state, { type: 'digitTimeout' }, env).state;
    expect(s.page).toBe(1);
    expect(s.digits).toBe('');
    // A digit that opens at once asks for no pause.
    expect(reduce(initialState(), key('5'), env).effects).toEqual([]);
  });

  it('Enter commits a waiting digit', () => {
    expect(reader().press('1', 'enter').state.page).toBe(1);
  });

  it('an impossible number says so and stays', () => {
    const r = reader().press('5', '1', '3');
    expect(r.state.page).toBe(5);
    expect(r.message).toMatch(/no topic 13/);
  });

  it('another key drops the buffer', () => {
    const r = reader().press('1', 'j');
    expect(r.state.digits).toBe('');
    expect(r.state.page).toBe(0);
  });

  it('a chunk of digits ("12" in one read) counts as two presses', () => {
    expect(reader().input('12').state.page).toBe(12);
  });
});

describe('topic keys and bounds', () => {
  it('] and [ walk overview → topics → quotes and stop at the ends', () => {
    const r = reader().press('[');
    expect(r.state.page).toBe(0);
    expect(r.message).toMatch(/first/);
    for (let i = 0; i < 20; i++) r.press(']');
    expect(r.state.page).toBe(13);
    expect(r.press('[').state.page).toBe(12);
  });

  it('j/k in the sidebar select topics; in the reader they scroll', () => {
    const r = reader().press('h');
    expect(r.state.focus).toBe('sidebar');
    expect(r.press('j', 'j').state.page).toBe(2);
    r.press('l', 'j', 'j');
    expect(r.state.page).toBe(2);
    expect(r.top(2)).toBe(2);
  });
});

describe('history', () => {
  it('goes back and forward over jumps with their scroll positions', () => {
    const r = reader().press('3', 'j', 'j', 'j', '7', 'space');
    const at7 = r.top(7);
    expect(at7).toBeGreaterThan(0);
    r.press('backspace');
    expect(r.state.page).toBe(3);
    expect(r.top(3)).toBe(3);
    expect(r.press('ctrl-o').state.page).toBe(0);
    r.press('L', 'L');
    expect(r.state.page).toBe(7);
    expect(r.top(7)).toBe(at7);
  });

  it('a new jump clears the forward stack', () => {
    const r = reader().press('3', '5', 'backspace', '9');
    expect(r.state.forward).toHaveLength(0);
    r.press('L');
    expect(r.state.page).toBe(9);
    expect(r.message).toMatch(/no later/);
  });

  it('a run of ] presses is one history entry', () => {
    expect(reader().press(']', ']', ']', 'backspace').state.page).toBe(0);
  });
});

describe('scrolling', () => {
  it('pages, clamps at the bottom and returns to the top', () => {
    const r = reader(terminal(30, 8)).press('1', 'enter', 'space');
    const total = r.rows(1).length;
    expect(r.top(1)).toBe(7);
    expect(r.press('G').top(1)).toBe(total - 8);
    expect(r.press('space', 'j').top(1)).toBe(total - 8);
    expect(r.press('g').top(1)).toBe(0);
    expect(r.press('ctrl-d').top(1)).toBe(4);
  });

  it('each topic keeps its own position', () => {
    const r = reader(terminal(30, 8)).press('4', 'space', ']', '[');
    expect(r.top(4)).toBe(7);
    expect(r.press(']').top(5)).toBe(0);
  });

  it('after a resize the same paragraph and character stay at the top', () => {
    const r = reader(terminal(20, 6)).press('2');
    for (let i = 0; i < 9; i++) r.press('j');
    const before = r.rows(2)[r.top(2)]!;
    r.runtime.dispatch({ type: 'resize', ...terminal(50, 6) });
    const after = r.rows(2)[r.top(2)]!;
    expect(after.ref).toEqual(before.ref);
    expect(after.start).toBeLessThanOrEqual(before.start);
    expect(after.end).toBeGreaterThan(before.start);
    // …and back: the narrow layout shows the very row it showed before.
    r.runtime.dispatch({ type: 'resize', ...terminal(20, 6) });
    expect(r.rows(2)[r.top(2)]).toEqual(before);
  });

  it('the bottom is the bottom of the page as the keys before it left it, in one read or key by key', () => {
    // `a` makes “ ” two columns wide, so the page has more rows: `G` in the same read must see them.
    for (const keys of ['aG', 'pG', 'sG']) {
      for (const size of [terminal(28, 18), { columns: 100, rows: 20 }]) {
        const oneRead = reader(size).press('1', '0').input(keys);
        const oneByOne = reader(size).press('1', '0', ...keys);
        expect(oneRead.state, keys).toEqual(oneByOne.state);
        expect(oneRead.top(10), keys).toBe(Math.max(0, oneRead.rows(10).length - (size.rows - 2)));
      }
    }
  });
});

describe('search', () => {
  it('typing fills the line; letters never run commands', () => {
    const r = reader().press('/', 'q', 'j', '?', 'G');
    expect(r.state.mode).toBe('search');
    expect(r.state.search.query).toBe('qj?G');
    expect(r.quits).toEqual([]);
  });

  it('a change of query asks for a search, and hits for a query no longer on the line are dropped', () => {
    const env = makeEnv(smallTranscript());
    const typed = reduceAll(initialState(), env, key('/'), { type: 'text', text: '金句' });
    expect(typed.effects.at(-1)).toEqual({ type: 'search', query: '金句', scope: 'all' });
    const stale = reduce(typed.state, { type: 'searchResults', query: '金', scope: 'all', hits: [] }, env).state;
    expect(stale).toBe(typed.state);
  });

  it('Backspace deletes a character (a whole grapheme), paste inserts text', () => {
    const r = reader().press('/').input('金句3');
    expect(r.state.search.query).toBe('金句3');
    expect(r.press('backspace').state.search.query).toBe('金句');
    expect(r.press('ctrl-u').state.search.query).toBe('');
  });

  it('Enter opens the hit with its sentence highlighted; n/N walk the hits; Esc clears the highlight', () => {
    const r = reader().press('/').input('结尾1');
    const n = r.state.search.hits.length;
    expect(n).toBeGreaterThan(1);
    r.press('down', 'enter');
    expect(r.state.mode).toBe('normal');
    expect(r.state.page).toBe(r.state.lastHits!.hits[1]!.topic);
    expect(r.state.highlight?.page).toBe(r.state.page);
    const first = r.state.page;
    expect(r.press('n').state.lastHits!.index).toBe(2 % n);
    r.press('N', 'N');
    expect(r.state.lastHits!.index).toBe(0);
    expect(r.state.page).not.toBe(first);
    expect(r.press('esc').state.highlight).toBeNull();
  });

  it('Esc leaves the reader where it was', () => {
    const r = reader().press('5', 'j');
    const anchors = r.state.anchors;
    r.press('/').input('话题').press('down', 'esc');
    expect(r.state.mode).toBe('normal');
    expect(r.state.page).toBe(5);
    expect(r.state.anchors).toEqual(anchors);
  });

  it('Tab cycles the scope and searches again', () => {
    const r = reader().press('/').input('金句3');
    const all = r.state.search.hits.length;
    r.press('tab');
    expect(r.state.search.scope).toBe('questions');
    expect(r.state.search.hits.length).toBe(0);
    r.press('tab');
    expect(r.state.search.scope).toBe('quotes');
    expect(r.state.search.hits.map((h) => h.kind)).toEqual(['quote']);
    expect(all).toBeGreaterThan(r.state.search.hits.length);
    r.press('shift-tab', 'shift-tab');
    expect(r.state.search.scope).toBe('all');
    expect(r.state.search.hits.length).toBe(all);
  });
});

describe('quotes, copy, overlays, quit', () => {
  const t = smallTranscript();
  const size = terminal(40, 10);

  it('Enter on a quote opens its sentence in the answer, highlighted', () => {
    const r = reader(size).press('G');
    for (let i = 0; i < 14; i++) r.press(']');
    expect(r.state.page).toBe(13);
    const q = r.press('enter').state;
    expect(q.page).toBe(3);
    const para = t.topics[2]!.turns[q.highlight!.ref.turn]!.paragraphs[q.highlight!.ref.para]!;
    expect(para.slice(q.highlight!.start, q.highlight!.end)).toBe('金句3在此。');
  });

  it('y copies what is shown: full-width punctuation when that is on, the source marks when off', () => {
    const q = (on: boolean) => reader(size, { fullWidthPunctuation: on }).press('2', 'j', 'y').copies[0]!.split('\n')[0];
    expect(q(true)).toBe('第2个问题，对吗？');
    expect(q(false)).toBe('第2个问题,对吗?');
  });

  it('y copies the paragraph at the top with a citation, and says so', () => {
    const env = makeEnv(t);
    const { effects } = reduceAll(initialState(size), env, ...['2', 'j', 'j', 'j', 'y'].map(key));
    expect(effects).toEqual([
      { type: 'copy', text: '回答2。\n—— 王毅，《测试记者会》，2025-03-07，据测试社' },
      { type: 'status', text: 'copied 4 characters with citation' },
    ]);
  });

  it('? and r open overlays that Esc and q close without quitting', () => {
    const r = reader(size).press('?');
    expect(r.state.mode).toBe('help');
    expect(r.press('q').state.mode).toBe('normal');
    expect(r.quits).toEqual([]);
    expect(r.press('r', 'j', 'esc').state.mode).toBe('normal');
  });

  it('q quits with 0, ctrl-c with 130 (from any mode)', () => {
    const env = makeEnv(t);
    expect(reduce(initialState(), key('q'), env).effects).toEqual([{ type: 'quit', code: 0 }]);
    expect(reduceAll(initialState(), env, key('/'), key('ctrl-c')).effects).toContainEqual({ type: 'quit', code: 130 });
  });

  it('toggles: sidebar, ambiguous width, full-width punctuation', () => {
    const r = reader(size, { ambiguous: 'narrow' }).press('s', 'a', 'p');
    expect(r.state.sidebar).toBe('shown');
    expect(r.state.ambiguous).toBe('wide');
    expect(r.state.fullWidthPunctuation).toBe(false);
    const wide = reader().press('s');
    expect(wide.state.sidebar).toBe('hidden');
  });
});

describe('chunks of keys in one read (fast typing, tmux send-keys, paste)', () => {
  it('outside the search line every character is a key, control characters included', () => {
    const r = reader(terminal(40, 10)).input('sjj\r');
    expect(r.state.page).toBe(2);
    expect(r.state.focus).toBe('reader');
    expect(r.state.sidebar).toBe('auto');
  });

  it('on a narrow terminal, opening a search hit puts the lone sidebar away', () => {
    const r = reader(terminal(40, 10)).input('s/结尾7\r');
    expect(r.state.page).toBe(7);
    expect(r.state.sidebar).toBe('auto');
  });

  it('in the search line text is typed and Enter still opens', () => {
    const r = reader().input('/结尾7\r');
    expect(r.state.mode).toBe('normal');
    expect(r.state.page).toBe(7);
    expect(r.state.highlight?.page).toBe(7);
  });
});

describe('copy from the search line', () => {
  it('ctrl-y copies the selected result (its sentence) with a citation, and the line stays open', () => {
    const r = reader().input('/结尾5').press('ctrl-y');
    expect(r.state.mode).toBe('search');
    expect(r.copies).toHaveLength(1);
    expect(r.copies[0]).toMatch(/^结尾5：金句5在此。\n—— 王毅，《测试记者会》，2025-03-07，据测试社$/);
  });
});

describe('the reducer reads only its state', () => {
  it('gives the same step for the same state and action, whatever was reduced before', () => {
    const env = makeEnv(smallTranscript());
    const s = reader().press('3', 'a', 'j').state;
    const a = reduce(s, key('G'), env);
    reduce(initialState(), key('p'), env);
    expect(reduce(s, key('G'), env)).toEqual(a);
    expect(topLine(a.state, env, 3)).toBeGreaterThan(0);
  });
});

describe('the view derived from the state', () => {
  const t = smallTranscript();
  it('follows the terminal size, the sidebar setting, the search line and the width settings', () => {
    const wide = initialState({ columns: 80, rows: 12 });
    const v = viewOf(wide, t);
    expect([v.showSidebar, v.geo.mainHeight, v.pageOptions.width]).toEqual([true, 10, 80 - v.geo.sidebarWidth - 1 - 2]);
    expect(viewOf({ ...wide, sidebar: 'hidden' }, t).pageOptions.width).toBe(78);
    expect(viewOf({ ...wide, mode: 'search' }, t).geo.mainHeight).toBeLessThan(10);
    expect(viewOf({ ...wide, mode: 'help' }, t).showSidebar).toBe(false);
    expect(viewOf({ ...wide, ambiguous: 'wide', fullWidthPunctuation: false }, t).pageOptions).toMatchObject({
      ambiguous: 'wide',
      fullWidthPunctuation: false,
    });
    const narrow = initialState(terminal(40, 10));
    expect([viewOf(narrow, t).showSidebar, viewOf(narrow, t).pageOptions.width]).toEqual([false, 40]);
    expect(viewOf({ ...narrow, sidebar: 'shown' }, t).geo.sidebarOnly).toBe(true);
  });
});
