import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App, PINYIN_IDLE_MS } from '../../src/ui/App.js';
import { IdleQueue } from '../../src/ui/idle.js';
import { fakeClock } from '../helpers/clock.js';
import { SEED_NAME, seedTranscript } from './fixtures.js';

const tick = () => new Promise<void>((r) => setImmediate(r));

afterEach(() => cleanup());

// Idle time draws the unvisited topics off-screen (to fill Ink's row caches); none of it may reach
// the terminal, and the topic it prepared must look exactly as it does when opened.
describe('idle pre-drawing of topics', () => {
  it('writes nothing to the terminal while idle, and a pre-drawn topic opens as a fresh one does', async () => {
    const time = fakeClock();
    const idle = new IdleQueue(100, time.clock);
    const warm = render(<App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color clock={time.clock} idle={idle} />);
    await tick();
    const before = warm.frames.length;
    const shown = warm.lastFrame();
    // Idle time passes until every job (layout, index, pre-drawing, pinyin) is done; loading the
    // search engine and pinyin-pro takes real turns of the event loop.
    for (let i = 0; i < 10_000 && idle.busy; i++) {
      time.advance(PINYIN_IDLE_MS);
      time.turn();
      await tick();
    }
    expect(idle.busy).toBe(false);
    expect(warm.frames.slice(before).every((f) => f === shown)).toBe(true);
    warm.stdin.write('7');
    await tick();
    await tick();
    const warmed = warm.lastFrame();
    cleanup();

    const cold = render(<App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color clock={fakeClock().clock} />);
    await tick();
    cold.stdin.write('7');
    await tick();
    await tick();
    expect(warmed).toBe(cold.lastFrame());
    expect(warmed).toContain('科技创新');
  });
});
