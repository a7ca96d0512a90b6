// The mouse (--mouse): SGR reports read, and placed on the frame the reader draws.
import { describe, expect, it } from 'vitest';
import { parseMouse } from '../../src/ui/mouse.js';
import { initialState, viewOf } from '../../src/ui/state/index.js';
import { WHEEL_LINES } from '../../src/ui/state/pointer.js';
import { smallTranscript, TestReader } from './fixtures.js';

const wheel = (delta: 1 | -1, x: number, y: number) => ({ type: 'mouse' as const, mouse: { kind: 'wheel' as const, delta, x, y } });
const click = (x: number, y: number) => ({ type: 'mouse' as const, mouse: { kind: 'click' as const, x, y } });

describe('mouse reports', () => {
  it.each([
    ['\x1b[<64;10;5M', { kind: 'wheel', delta: -1, x: 9, y: 4 }],
    ['\x1b[<65;1;1M', { kind: 'wheel', delta: 1, x: 0, y: 0 }],
    ['\x1b[<0;3;7M', { kind: 'click', x: 2, y: 6 }],
    ['\x1b[<16;3;7M', { kind: 'click', x: 2, y: 6 }],
    ['\x1b[<0;3;7m', null],
    ['\x1b[<2;3;7M', null],
    ['\x1b[<32;3;7M', null],
    ['\x1b[A', null],
    ['j', null],
  ])('%j → %j', (event, mouse) => {
    expect(parseMouse(event)).toEqual(mouse);
  });
});

describe('the mouse in the reader', () => {
  const reader = () => new TestReader(smallTranscript(), initialState({ columns: 100, rows: 12 }));

  it('the wheel over the reader scrolls it, over the sidebar steps the topic', () => {
    const r = reader();
    r.input('3');
    const { geo } = viewOf(r.state, r.env.transcript);
    r.runtime.dispatch(wheel(1, geo.sidebarWidth + 5, 2));
    expect(r.top()).toBe(WHEEL_LINES);
    r.runtime.dispatch(wheel(-1, geo.sidebarWidth + 5, 2));
    expect(r.top()).toBe(0);
    r.runtime.dispatch(wheel(1, 1, 2));
    expect(r.state.page).toBe(4);
  });

  it('a click on a sidebar row opens that topic; on a search result selects it', () => {
    const r = reader();
    r.runtime.dispatch(click(2, 5));
    expect(r.state.page).toBe(5);
    expect(r.state.focus).toBe('reader');
    r.input('/回答');
    const { geo } = viewOf(r.state, r.env.transcript);
    expect(r.state.search.hits.length).toBeGreaterThan(3);
    r.runtime.dispatch(click(3, geo.mainHeight + 1 + 2));
    expect(r.state.search.sel).toBe(2);
    r.runtime.dispatch(wheel(1, 3, geo.mainHeight + 1));
    expect(r.state.search.sel).toBe(3);
  });
});
