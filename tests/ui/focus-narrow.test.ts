import { describe, expect, it } from 'vitest';
import { type Action, type Env, type State, initialState, reduce, sidebarVisible } from '../../src/ui/state.js';
import { makeEnv, smallTranscript } from './fixtures.js';

const press = (s: State, env: Env, ...names: string[]): State => names.reduce((acc, n) => reduce(acc, { type: 'key', name: n, input: n } as Action, env), s);

/**
 * QA finding (tmux 40×12): with the sidebar shown alone on a narrow terminal, Tab changed the focus
 * but the lone sidebar stayed on screen, so Tab seemed to do nothing; from the reader it did
 * nothing at all. Tab now moves the way h / l do.
 */
describe('Tab on a narrow terminal', () => {
  const env = makeEnv(smallTranscript(), { wide: false });

  it('from the reader brings up the sidebar, and Tab again puts it away', () => {
    let s = press(initialState(), env, 'tab');
    expect(sidebarVisible(s, env)).toBe(true);
    expect(s.focus).toBe('sidebar');
    s = press(s, env, 'j', 'j', 'tab');
    expect(sidebarVisible(s, env)).toBe(false);
    expect(s.focus).toBe('reader');
    expect(s.page).toBe(2);
  });

  it('on a wide terminal Tab still just switches focus', () => {
    const wide = makeEnv(smallTranscript(), { wide: true });
    let s = press(initialState(), wide, 'tab');
    expect([s.focus, s.sidebar]).toEqual(['sidebar', 'auto']);
    s = press(s, wide, 'tab');
    expect([s.focus, s.sidebar]).toEqual(['reader', 'auto']);
  });

  it('on a wide terminal with the sidebar hidden (s), Tab shows it as h does', () => {
    const wide = makeEnv(smallTranscript(), { wide: true });
    const s = press(initialState(), wide, 's', 'tab');
    expect(sidebarVisible(s, wide)).toBe(true);
    expect(s.focus).toBe('sidebar');
  });
});
