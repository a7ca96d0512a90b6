import { describe, expect, it } from 'vitest';
import { type Action, type Env, type State, initialState, reduce, topLine } from '../../src/ui/state.js';
import { makeEnv, smallTranscript } from './fixtures.js';

const key = (name: string, input = name): Action => ({ type: 'key', name, input });

function press(s: State, env: Env, ...names: string[]): State {
  return names.reduce((acc, n) => reduce(acc, key(n, n === 'space' ? ' ' : n), env), s);
}

describe('digits', () => {
  const t = smallTranscript(); // 12 topics
  const env = makeEnv(t);
  const s0 = initialState();

  it.each([
    [['3'], 3, ''],
    [['1'], 0, '1'],
    [['1', '2'], 12, ''],
    [['1', '0'], 10, ''],
    [['0'], 0, ''],
    [['2'], 2, ''],
    [['9'], 9, ''],
  ])('%j → page %i, buffer "%s"', (keys, page, buffer) => {
    const s = press(s0, env, ...keys);
    expect(s.page).toBe(page);
    expect(s.digits).toBe(buffer);
  });

  it('a pause commits a waiting digit', () => {
    const s = reduce(press(s0, env, '1'), { type: 'digitTimeout' }, env);
    expect(s.page).toBe(1);
    expect(s.digits).toBe('');
  });

  it('Enter commits a waiting digit', () => {
    expect(press(s0, env, '1', 'enter').page).toBe(1);
  });

  it('an impossible number says so and stays', () => {
    const s = press(press(s0, env, '5'), env, '1', '3');
    expect(s.page).toBe(5);
    expect(s.status?.text).toMatch(/no topic 13/);
  });

  it('another key drops the buffer', () => {
    const s = press(s0, env, '1', 'j');
    expect(s.digits).toBe('');
    expect(s.page).toBe(0);
  });

  it('a chunk of digits ("12" in one read) counts as two presses', () => {
    expect(reduce(s0, key('12'), env).page).toBe(12);
  });
});

describe('topic keys and bounds', () => {
  const t = smallTranscript();
  const env = makeEnv(t);
  it('] and [ walk overview → topics → quotes and stop at the ends', () => {
    let s = initialState();
    s = press(s, env, '[');
    expect(s.page).toBe(0);
    expect(s.status?.text).toMatch(/first/);
    for (let i = 0; i < 20; i++) s = press(s, env, ']');
    expect(s.page).toBe(13);
    s = press(s, env, '[');
    expect(s.page).toBe(12);
  });

  it('j/k in the sidebar select topics; in the reader they scroll', () => {
    let s = press(initialState(), env, 'h');
    expect(s.focus).toBe('sidebar');
    s = press(s, env, 'j', 'j');
    expect(s.page).toBe(2);
    s = press(s, env, 'l', 'j', 'j');
    expect(s.page).toBe(2);
    expect(topLine(s, env, 2)).toBe(2);
  });
});

describe('history', () => {
  const t = smallTranscript();
  const env = makeEnv(t);
  it('goes back and forward over jumps with their scroll positions', () => {
    let s = press(initialState(), env, '3', 'j', 'j', 'j', '7', 'space');
    const at7 = topLine(s, env, 7);
    expect(at7).toBeGreaterThan(0);
    s = press(s, env, 'backspace');
    expect(s.page).toBe(3);
    expect(topLine(s, env, 3)).toBe(3);
    s = press(s, env, 'ctrl-o');
    expect(s.page).toBe(0);
    s = press(s, env, 'L', 'L');
    expect(s.page).toBe(7);
    expect(topLine(s, env, 7)).toBe(at7);
  });

  it('a new jump clears the forward stack', () => {
    let s = press(initialState(), env, '3', '5', 'backspace', '9');
    expect(s.forward).toHaveLength(0);
    s = press(s, env, 'L');
    expect(s.page).toBe(9);
    expect(s.status?.text).toMatch(/no later/);
  });

  it('a run of ] presses is one history entry', () => {
    const s = press(initialState(), env, ']', ']', ']', 'backspace');
    expect(s.page).toBe(0);
  });
});

describe('scrolling', () => {
  const t = smallTranscript();
  it('pages, clamps at the bottom and returns to the top', () => {
    const env = makeEnv(t, { width: 30, height: 8 });
    const total = env.rows(1).length;
    let s = press(initialState(), env, '1', 'enter', 'space');
    expect(topLine(s, env, 1)).toBe(7);
    s = press(s, env, 'G');
    expect(topLine(s, env, 1)).toBe(total - 8);
    s = press(s, env, 'space', 'j');
    expect(topLine(s, env, 1)).toBe(total - 8);
    s = press(s, env, 'g');
    expect(topLine(s, env, 1)).toBe(0);
    s = press(s, env, 'ctrl-d');
    expect(topLine(s, env, 1)).toBe(4);
  });

  it('each topic keeps its own position', () => {
    const env = makeEnv(t, { width: 30, height: 8 });
    let s = press(initialState(), env, '4', 'space', ']', '[');
    expect(topLine(s, env, 4)).toBe(7);
    s = press(s, env, ']');
    expect(topLine(s, env, 5)).toBe(0);
  });

  it('after a resize the same paragraph and character stay at the top', () => {
    const narrow = makeEnv(t, { width: 20, height: 6 });
    let s = press(initialState(), narrow, '2');
    for (let i = 0; i < 9; i++) s = press(s, narrow, 'j');
    const before = narrow.rows(2)[topLine(s, narrow, 2)]!;
    const wide = makeEnv(t, { width: 50, height: 6 });
    const after = wide.rows(2)[topLine(s, wide, 2)]!;
    expect(after.ref).toEqual(before.ref);
    expect(after.start).toBeLessThanOrEqual(before.start);
    expect(after.end).toBeGreaterThan(before.start);
    // …and back: the narrow layout shows the very row it showed before.
    expect(narrow.rows(2)[topLine(s, narrow, 2)]).toEqual(before);
  });
});

describe('search', () => {
  const t = smallTranscript();
  const env = makeEnv(t);
  it('typing fills the line; letters never run commands', () => {
    const s = press(initialState(), env, '/', 'q', 'j', '?', 'G');
    expect(s.mode).toBe('search');
    expect(s.search.query).toBe('qj?G');
    expect(s.quit).toBeNull();
  });

  it('Backspace deletes a character (a whole grapheme), paste inserts text', () => {
    let s = press(initialState(), env, '/');
    s = reduce(s, key('金句3', '金句3'), env);
    expect(s.search.query).toBe('金句3');
    s = reduce(s, { type: 'key', name: 'backspace', input: '' }, env);
    expect(s.search.query).toBe('金句');
    s = reduce(s, key('ctrl-u', 'u'), env);
    expect(s.search.query).toBe('');
  });

  it('Enter opens the hit with its sentence highlighted; n/N walk the hits; Esc clears the highlight', () => {
    let s = press(initialState(), env, '/');
    s = reduce(s, key('结尾1', '结尾1'), env);
    const n = s.search.hits.length;
    expect(n).toBeGreaterThan(1);
    s = press(s, env, 'down', 'enter');
    expect(s.mode).toBe('normal');
    expect(s.page).toBe(s.lastHits!.hits[1]!.topic);
    expect(s.highlight?.page).toBe(s.page);
    const first = s.page;
    s = press(s, env, 'n');
    expect(s.lastHits!.index).toBe(2 % n);
    s = press(s, env, 'N', 'N');
    expect(s.lastHits!.index).toBe(0);
    expect(s.page).not.toBe(first);
    s = press(s, env, 'esc');
    expect(s.highlight).toBeNull();
  });

  it('Esc leaves the reader where it was', () => {
    const s0 = press(initialState(), env, '5', 'j');
    let s = press(s0, env, '/');
    s = reduce(s, key('话题', '话题'), env);
    s = press(s, env, 'down', 'esc');
    expect(s.mode).toBe('normal');
    expect(s.page).toBe(5);
    expect(s.anchors).toEqual(s0.anchors);
  });

  it('Tab cycles the scope and searches again', () => {
    let s = press(initialState(), env, '/');
    s = reduce(s, key('金句3', '金句3'), env);
    const all = s.search.hits.length;
    s = press(s, env, 'tab');
    expect(s.search.scope).toBe('questions');
    expect(s.search.hits.length).toBe(0);
    s = press(s, env, 'tab');
    expect(s.search.scope).toBe('quotes');
    expect(s.search.hits.every((h) => h.kind === 'quote')).toBe(true);
    expect(all).toBeGreaterThan(s.search.hits.length);
    s = press(s, env, 'shift-tab', 'shift-tab');
    expect(s.search.scope).toBe('all');
    expect(s.search.hits.length).toBe(all);
  });
});

describe('quotes, copy, overlays, quit', () => {
  const t = smallTranscript();
  const env = makeEnv(t, { width: 40, height: 10 });

  it('Enter on a quote opens its sentence in the answer, highlighted', () => {
    const s = press(initialState(), env, 'G', ']'.repeat(1));
    let q = s;
    for (let i = 0; i < 14; i++) q = press(q, env, ']');
    expect(q.page).toBe(13);
    q = press(q, env, 'enter');
    expect(q.page).toBe(3);
    const para = t.topics[2]!.turns[q.highlight!.ref.turn]!.paragraphs[q.highlight!.ref.para]!;
    expect(para.slice(q.highlight!.start, q.highlight!.end)).toBe('金句3在此。');
  });

  it('y copies what is shown: full-width punctuation when that is on, the source marks when off', () => {
    const q = (on: boolean) => {
      let s = initialState({ fullWidthPunctuation: on });
      s = press(s, env, '2', 'j', 'y');
      return s.clipboard!.text.split('\n')[0];
    };
    expect(q(true)).toBe('第2个问题，对吗？');
    expect(q(false)).toBe('第2个问题,对吗?');
  });

  it('y copies the paragraph at the top with a citation', () => {
    const s = press(initialState(), env, '2', 'j', 'j', 'j', 'y');
    expect(s.clipboard?.text).toMatch(/^回答2。\n—— 王毅，《测试记者会》，2025-03-07，据测试社$/);
    expect(s.status?.text).toMatch(/copied/);
  });

  it('? and r open overlays that Esc and q close without quitting', () => {
    let s = press(initialState(), env, '?');
    expect(s.mode).toBe('help');
    s = press(s, env, 'q');
    expect(s.mode).toBe('normal');
    expect(s.quit).toBeNull();
    s = press(s, env, 'r', 'j', 'esc');
    expect(s.mode).toBe('normal');
  });

  it('q quits with 0, ctrl-c with 130 (from any mode)', () => {
    expect(press(initialState(), env, 'q').quit).toBe(0);
    expect(press(initialState(), env, '/', 'ctrl-c').quit).toBe(130);
  });

  it('toggles: sidebar, ambiguous width, full-width punctuation', () => {
    const s = press(initialState({ ambiguous: 'narrow' }), env, 's', 'a', 'p');
    expect(s.sidebar).toBe('hidden');
    expect(s.ambiguous).toBe('wide');
    expect(s.fullWidthPunctuation).toBe(false);
  });
});

describe('chunks of keys in one read (fast typing, tmux send-keys, paste)', () => {
  const t = smallTranscript();
  it('outside the search line every character is a key, control characters included', () => {
    const env = makeEnv(t, { wide: false });
    const s = reduce(initialState(), { type: 'key', name: 'sjj\r', input: 'sjj\r' }, env);
    expect(s.page).toBe(2);
    expect(s.focus).toBe('reader');
    expect(s.sidebar).toBe('auto');
  });

  it('on a narrow terminal, opening a search hit puts the lone sidebar away', () => {
    const env = makeEnv(t, { wide: false });
    const s = reduce(initialState(), { type: 'key', name: 's/结尾7\r', input: 's/结尾7\r' }, env);
    expect(s.page).toBe(7);
    expect(s.sidebar).toBe('auto');
  });

  it('in the search line text is typed and Enter still opens', () => {
    const env = makeEnv(t);
    const s = reduce(initialState(), { type: 'key', name: '/结尾7\r', input: '/结尾7\r' }, env);
    expect(s.mode).toBe('normal');
    expect(s.page).toBe(7);
    expect(s.highlight?.page).toBe(7);
  });
});

describe('copy from the search line', () => {
  it('ctrl-y copies the selected result (its sentence) with a citation, and the line stays open', () => {
    const t = smallTranscript();
    const env = makeEnv(t);
    let s = reduce(initialState(), { type: 'key', name: '/结尾5', input: '/结尾5' }, env);
    s = reduce(s, { type: 'key', name: 'ctrl-y', input: 'y', ctrl: true }, env);
    expect(s.mode).toBe('search');
    expect(s.clipboard?.text).toMatch(/结尾5/);
    expect(s.clipboard?.text).toMatch(/—— 王毅，《测试记者会》，2025-03-07，据测试社$/);
  });
});
