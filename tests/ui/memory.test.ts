// The reader's memory, as the reducer and runtime see it: the paragraph cursor, resume, marks and
// notes, with a real store in a temporary directory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialState, reduce, topLine } from '../../src/ui/state/index.js';
import { cursorOf } from '../../src/ui/state/cursor.js';
import { positionOf } from '../../src/ui/state/resume.js';
import { Store } from '../../src/store/store.js';
import { key, makeEnv, seedTranscript, smallTranscript, TestReader } from './fixtures.js';
import { type Memory, ReaderRuntime, SCROLL_SAVE_MS } from '../../src/ui/runtime.js';
import { fakeClock } from '../helpers/clock.js';

const root = mkdtempSync(join(tmpdir(), 'presser-memory-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const store = () => new Store(join(root, `s${n++}`));

/** The small transcript's topics: a question, then an answer of three paragraphs (the second long). */
const small = (columns = 80, rows = 12, memory?: Store) => new TestReader(smallTranscript(), initialState({ columns, rows }), memory);

describe('paragraph cursor', () => {
  it('starts on the first paragraph shown, J / K move it, and y copies its paragraph', () => {
    const r = small().press('3');
    expect(cursorOf(r.state, r.env)).toEqual({ turn: 0, para: 0 });
    r.press('J');
    expect(cursorOf(r.state, r.env)).toEqual({ turn: 1, para: 0 });
    r.press('y');
    expect(r.copies.at(-1)).toMatch(/^回答3。\n—— 王毅/);
    r.press('J', 'J', 'y');
    expect(r.copies.at(-1)).toMatch(/^结尾3：金句3在此。\n—— 王毅/);
    r.press('J');
    expect(r.message).toBe('this is the last paragraph');
    r.press('K', 'K', 'K', 'K');
    expect(cursorOf(r.state, r.env)).toEqual({ turn: 0, para: 0 });
  });

  it('moving to a paragraph below the screen scrolls to it', () => {
    const r = small(40, 8).press('3', 'J', 'J');
    expect(cursorOf(r.state, r.env)).toEqual({ turn: 1, para: 1 });
    r.press('J');
    const rows = r.rows();
    const shown = rows.slice(r.top(), r.top() + 6);
    expect(shown.some((row) => row.ref.turn === 1 && row.ref.para === 2 && row.start >= 0)).toBe(true);
  });

  it('follows scrolling: scrolled off the top, it comes to the first paragraph shown', () => {
    const r = small(40, 8).press('3');
    expect(cursorOf(r.state, r.env)).toEqual({ turn: 0, para: 0 });
    r.press('space', 'space');
    const top = r.rows()[r.top()]!;
    const at = cursorOf(r.state, r.env)!;
    expect(at).toEqual(r.state.cursor);
    expect(at.turn * 100 + at.para).toBeGreaterThanOrEqual(top.ref.turn * 100 + top.ref.para);
    // Whatever is on the screen can be copied: the paragraph in view, not the question off screen.
    r.press('y');
    expect(r.copies.at(-1)).not.toMatch(/^第3个问题/);
  });

  it('Y copies the whole answer, from its question too', () => {
    const r = small().press('3', 'Y');
    const t = smallTranscript();
    expect(r.copies.at(-1)).toBe(`${t.topics[2]!.turns[1]!.paragraphs.join('\n')}\n—— 王毅，《测试记者会》，2025-03-07，据测试社`);
  });

  it('is drawn only on topic pages', () => {
    const r = small();
    expect(cursorOf(r.state, r.env)).toBeNull();
    r.press('J');
    expect(r.message).toMatch(/topic pages/);
  });
});

describe('resume', () => {
  it('a page change and quitting ask for the position to be kept, the quit after the save', () => {
    const env = { ...makeEnv(smallTranscript()), hash: 'h1' };
    const moved = reduce(initialState({ columns: 80, rows: 12 }), key('3'), env);
    expect(moved.effects).toContainEqual({ type: 'savePosition', hash: 'h1', position: expect.objectContaining({ page: 3 }) });
    const quit = reduce(moved.state, key('q'), env);
    expect(quit.effects.map((e) => e.type)).toEqual(['savePosition', 'quit']);
    // Scrolling asks for it to be kept too, as a position that may wait (the runtime coalesces those).
    const scrolled = reduce(moved.state, key('j'), env);
    expect(scrolled.effects).toEqual([{ type: 'savePosition', hash: 'h1', position: expect.objectContaining({ page: 3 }), scrolled: true }]);
    // A key that moves nothing asks for nothing.
    expect(reduce(moved.state, key('k'), env).effects).toEqual([]);
  });

  it('scrolling is kept once it pauses, at most every SCROLL_SAVE_MS while it goes on; a page change or leaving at once', () => {
    const t = seedTranscript();
    const env = { ...makeEnv(t), hash: 'seed' };
    const memory = store();
    const writes: number[] = [];
    const counting: Memory = Object.assign(Object.create(memory) as Store, {
      savePosition: (hash: string, at: Parameters<Store['savePosition']>[1]) => {
        writes.push(at.offset);
        memory.savePosition(hash, at);
      },
    });
    const { clock, advance } = fakeClock();
    const r = new ReaderRuntime(initialState({ columns: 100, rows: 12 }), env, {
      memory: counting,
      search: () => [],
      copy: () => {},
      quit: () => {},
      suspend: () => {},
      clock,
    });
    r.dispatch(key('9'));
    advance(1000); // the digit pause: topic 9 opens, and its position is written at once
    const opened = writes.length;
    expect(opened).toBeGreaterThan(0);
    // Ten steps of scrolling within the interval: nothing written on the keys' path.
    for (let i = 0; i < 10; i++) r.dispatch(key('j'));
    expect(writes.length).toBe(opened);
    advance(SCROLL_SAVE_MS);
    expect(writes.length).toBe(opened + 1);
    // Written is the latest place, which another reader (a later run) opens at.
    const at = positionOf(r.state);
    expect(memory.position('seed')).toMatchObject({ page: 9, turn: at.turn, para: at.para, offset: at.offset });
    // Scrolling that goes on is written every interval, not on every key.
    for (let i = 0; i < 20; i++) {
      r.dispatch(key(i % 2 ? 'k' : 'j'));
      advance(SCROLL_SAVE_MS / 4);
    }
    expect(writes.length - opened - 1).toBeGreaterThanOrEqual(4);
    expect(writes.length - opened - 1).toBeLessThanOrEqual(6);
    // A page change writes at once and drops the scrolled position still waiting.
    r.dispatch(key('j'));
    const before = writes.length;
    r.dispatch(key(']'));
    expect(writes.length).toBe(before + 1);
    advance(SCROLL_SAVE_MS * 2);
    expect(writes.length).toBe(before + 1);
    expect(memory.position('seed')?.page).toBe(10);
  });

  it('a reader stopped with a scrolled position waiting writes it (nothing scrolled to is lost on the way out)', () => {
    const memory = store();
    const { clock } = fakeClock();
    const env = { ...makeEnv(seedTranscript()), hash: 'seed' };
    const r = new ReaderRuntime(initialState({ columns: 100, rows: 12 }), env, {
      memory,
      search: () => [],
      copy: () => {},
      quit: () => {},
      suspend: () => {},
      clock,
    });
    r.dispatch({ type: 'select', page: 9 });
    r.dispatch(key('j'), key('j'));
    r.stop();
    expect(memory.position('seed')).toMatchObject({ page: 9, offset: positionOf(r.state).offset, turn: positionOf(r.state).turn });
  });

  it('without a hash (no store), nothing is asked', () => {
    const env = makeEnv(smallTranscript());
    expect(reduce(initialState(), key('3'), env).effects).toEqual([]);
  });

  it('reopens on the same character at another terminal size', () => {
    const t = seedTranscript();
    const memory = store();
    const a = new TestReader(t, initialState({ columns: 100, rows: 12 }), memory, 'seed');
    a.press('9', 'ctrl-d', 'j', 'j');
    const top = a.rows()[a.top()]!;
    expect(top.start).toBeGreaterThan(0); // the middle of a paragraph: a real test of the anchor
    const char = top.text.slice(top.lead, top.lead + 1);
    a.press('q');
    expect(a.quits).toEqual([0]);
    const saved = memory.position('seed')!;
    expect(saved).toMatchObject({ page: 9, turn: top.ref.turn, para: top.ref.para });

    const b = new TestReader(t, initialState({ columns: 60, rows: 20 }));
    b.runtime.dispatch({ type: 'resume', position: saved });
    expect(b.state.page).toBe(9);
    const row = b.rows()[topLine(b.state, b.env, 9)]!;
    expect(row.ref).toEqual(top.ref);
    expect(row.start).toBeLessThanOrEqual(top.start);
    expect(row.end).toBeGreaterThan(top.start);
    // The character that began the top line is on the top line.
    const t9 = t.topics[8]!.turns[top.ref.turn]!.paragraphs[top.ref.para]!;
    expect(t9.slice(row.start, row.end)).toContain(t9[top.start]);
    expect(char).toBeTruthy();
  });

  it('keeps the cursor (where it is on the screen), and ignores a page the transcript does not have', () => {
    const env = makeEnv(smallTranscript());
    const at = (cursor: { turn: number; para: number }) =>
      reduce(initialState({ columns: 80, rows: 12 }), { type: 'resume', position: { page: 3, turn: -1, para: -1, offset: -1, cursor } }, env).state;
    const s = at({ turn: 1, para: 0 });
    expect(s.page).toBe(3);
    expect(cursorOf(s, env)).toEqual({ turn: 1, para: 0 });
    expect(positionOf(s).cursor).toEqual({ turn: 1, para: 0 });
    // Below the screen at this size: on the last paragraph shown instead.
    expect(cursorOf(at({ turn: 1, para: 2 }), env)).toEqual({ turn: 1, para: 1 });
    const none = reduce(initialState(), { type: 'resume', position: { page: 99, turn: 0, para: 0, offset: 0 } }, env).state;
    expect(none.page).toBe(0);
  });
});

describe('marks', () => {
  it('m marks the paragraph at the cursor with its citation fields', () => {
    const memory = store();
    const r = small(80, 12, memory).press('3', 'J', 'm');
    expect(r.message).toMatch(/^marked 4 characters/);
    const [m] = memory.marks();
    expect(m).toMatchObject({ topic: 3, topicLabel: '话题3', turn: 1, para: 0, text: '回答3。', speaker: '王毅' });
    expect(m!.transcript).toMatchObject({ hash: 'test-transcript', title: '测试记者会', source: '据测试社' });
  });

  it('keeps the text as the reader shows it (full-width punctuation on), and opens it again', () => {
    const memory = store();
    const r = small(80, 12, memory).press('3', 'm');
    expect(memory.marks()[0]!.text).toBe('第3个问题，对吗？');
    r.press('5', "'", 'enter');
    expect(r.state.page).toBe(3);
    expect(r.state.highlight).toMatchObject({ ref: { turn: 0, para: 0 } });
  });

  it("m on a search hit marks the hit's sentence", () => {
    const memory = store();
    const r = small(80, 12, memory).input('/金句7\r').press('m');
    const [m] = memory.marks();
    expect(m).toMatchObject({ topic: 7, text: '结尾7：金句7在此。' });
    expect(r.state.mode).toBe('normal');
  });

  it('M asks for a note first: typed text, Backspace, Enter keeps the mark with it; Esc keeps nothing', () => {
    const memory = store();
    const r = small(80, 12, memory).press('3', 'M');
    expect(r.state.mode).toBe('note');
    r.input('for the story xq').press('backspace', 'backspace', 'enter');
    expect(memory.marks().map((m) => m.note)).toEqual(['for the story']);
    r.press('M').input('never mind').press('esc');
    expect(memory.marks()).toHaveLength(1);
    expect(r.state.mode).toBe('normal');
  });

  it("' lists every mark; Enter opens one here, e edits its note, d deletes it", () => {
    const memory = store();
    const r = small(80, 12, memory).press('3', 'm', '5', 'J', 'm');
    r.press("'");
    expect(r.state.mode).toBe('marks');
    expect(r.state.marks.list.map((m) => m.topic)).toEqual([3, 5]);
    r.press('j', 'e');
    expect(r.state.mode).toBe('note');
    r.input('note').press('enter');
    expect(r.state.mode).toBe('marks');
    expect(r.state.marks.list[1]!.note).toBe('note');
    r.press('k', 'enter');
    expect(r.state.mode).toBe('normal');
    expect(r.state.page).toBe(3);
    expect(r.state.highlight).toMatchObject({ page: 3, ref: { turn: 0, para: 0 } });
    r.press("'", 'd');
    expect(memory.marks().map((m) => m.topic)).toEqual([5]);
    expect(r.state.marks.list).toHaveLength(1);
    r.press('esc');
    expect(r.state.mode).toBe('normal');
  });

  it('a mark of another transcript says where it is instead of opening', () => {
    const memory = store();
    new TestReader(smallTranscript(), initialState({ columns: 80, rows: 12 }), memory, 'other').press('3', 'm');
    const r = small(80, 12, memory).press("'", 'enter');
    expect(r.state.mode).toBe('marks');
    expect(r.message).toMatch(/that mark is in /);
  });

  it('a store that cannot save says so once, and the marks stay for the session', () => {
    // A file where the state directory should be: nothing can be written under it.
    const blocker = join(root, `file-${n++}`);
    writeFileSync(blocker, '');
    const memory = new Store(join(blocker, 'presser'));
    // The first write (the position, at the page change) fails and says so.
    const r = small(80, 12, memory).press('3');
    expect(r.message).toMatch(/cannot save to .*kept for this session only/);
    r.press('m', '5', 'm');
    expect(r.message).toMatch(/^marked/);
    expect(memory.marks()).toHaveLength(2);
  });
});
