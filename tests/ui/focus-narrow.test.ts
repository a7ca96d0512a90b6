import { describe, expect, it } from 'vitest';
import { initialState, sidebarVisible } from '../../src/ui/state/index.js';
import { smallTranscript, terminal, TestReader } from './fixtures.js';

const narrow = () => new TestReader(smallTranscript(), initialState(terminal(40, 10)));
const wide = () => new TestReader(smallTranscript(), initialState({ columns: 80, rows: 12 }));

/**
 * QA finding (tmux 40×12): with the sidebar shown alone on a narrow terminal, Tab changed the focus
 * but the lone sidebar stayed on screen, so Tab seemed to do nothing; from the reader it did
 * nothing at all. Tab now moves the way h / l do.
 */
describe('Tab on a narrow terminal', () => {
  it('from the reader brings up the sidebar, and Tab again puts it away', () => {
    const r = narrow().press('tab');
    expect(sidebarVisible(r.state)).toBe(true);
    expect(r.state.focus).toBe('sidebar');
    r.press('j', 'j', 'tab');
    expect(sidebarVisible(r.state)).toBe(false);
    expect(r.state.focus).toBe('reader');
    expect(r.state.page).toBe(2);
  });

  it('on a wide terminal Tab still just switches focus', () => {
    const r = wide().press('tab');
    expect([r.state.focus, r.state.sidebar]).toEqual(['sidebar', 'auto']);
    r.press('tab');
    expect([r.state.focus, r.state.sidebar]).toEqual(['reader', 'auto']);
  });

  it('on a wide terminal with the sidebar hidden (s), Tab shows it as h does', () => {
    const r = wide().press('s');
    expect(sidebarVisible(r.state)).toBe(false);
    r.press('tab');
    expect(sidebarVisible(r.state)).toBe(true);
    expect(r.state.focus).toBe('sidebar');
  });
});
