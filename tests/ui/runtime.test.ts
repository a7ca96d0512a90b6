import { describe, expect, it } from 'vitest';
import { DIGIT_PAUSE_MS, ReaderRuntime, STATUS_MS } from '../../src/ui/runtime.js';
import { initialState } from '../../src/ui/state/index.js';
import type { Hit, Scope } from '../../src/ui/hits.js';
import { fakeClock } from '../helpers/clock.js';
import { key, makeEnv, smallTranscript } from './fixtures.js';

function runtime() {
  const time = fakeClock();
  const log: string[] = [];
  const hit: Hit = {
    kind: 'answer',
    topic: 7,
    label: '话题7',
    text: '结尾7：金句7在此。',
    ranges: [[0, 3]],
    score: 0,
    pos: { topic: 7, turn: 1, para: 2, offset: 0 },
    length: 10,
  };
  const r = new ReaderRuntime(initialState({ columns: 80, rows: 12 }), makeEnv(smallTranscript()), {
    search: (query: string, scope: Scope) => (log.push(`search ${query} ${scope}`), query === '结尾7' ? [hit] : []),
    copy: (text) => log.push(`copy ${text.split('\n')[0]}`),
    quit: (code) => log.push(`quit ${code}`),
    suspend: () => log.push('suspend'),
    clock: time.clock,
  });
  let notified = 0;
  r.subscribe(() => notified++);
  return { r, time, log, notified: () => notified };
}

describe('the runtime performs the effects', () => {
  it('answers a search with its hits before the next action of the same read', () => {
    const { r, log, notified } = runtime();
    r.dispatch(key('/'), { type: 'text', text: '结尾7' }, key('enter'));
    expect(log).toEqual(['search 结尾7 all']);
    expect(r.state.page).toBe(7);
    expect(notified()).toBe(1); // one read, one notification
  });

  it('copies, suspends and quits through its services', () => {
    const { r, log } = runtime();
    r.dispatch(key('2'), key('y'), key('ctrl-z'), key('q'));
    expect(log).toEqual(['copy 第2个问题，对吗？', 'suspend', 'quit 0']);
  });

  it('shows a status message for STATUS_MS, and a newer one for its own time', () => {
    const { r, time } = runtime();
    r.dispatch(key('a'));
    expect(r.getSnapshot().message).toBe('ambiguous-width characters: wide');
    time.advance(STATUS_MS - 100);
    r.dispatch(key('a'));
    time.advance(100);
    expect(r.getSnapshot().message).toBe('ambiguous-width characters: narrow');
    time.advance(STATUS_MS);
    expect(r.getSnapshot().message).toBeNull();
  });

  it('commits a waiting digit after the pause, the pause restarting with each digit', () => {
    const { r, time } = runtime();
    r.dispatch(key('1'));
    time.advance(DIGIT_PAUSE_MS - 1);
    expect(r.state.digits).toBe('1');
    time.advance(1);
    expect([r.state.page, r.state.digits]).toEqual([1, '']);
  });

  it('keeps the same snapshot when nothing changed, and stops its timers', () => {
    const { r, time, notified } = runtime();
    const before = r.getSnapshot();
    r.dispatch({ type: 'searchUpdated' }); // no search line open: nothing to do
    expect(r.getSnapshot()).toBe(before);
    expect(notified()).toBe(0);
    r.dispatch(key('1'));
    r.stop();
    time.advance(DIGIT_PAUSE_MS);
    expect(r.state.digits).toBe('1');
  });
});
