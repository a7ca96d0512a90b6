import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { SEED_NAME, seedTranscript } from './fixtures.js';

const tick = () => new Promise<void>((r) => setImmediate(r));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

afterEach(() => cleanup());

// Idle time draws the unvisited topics off-screen (to fill Ink's row caches); none of it may reach
// the terminal, and the topic it prepared must look exactly as it does when opened.
describe('idle pre-drawing of topics', () => {
  it('writes nothing to the terminal while idle, and a pre-drawn topic opens as a fresh one does', async () => {
    const warm = render(<App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color />);
    await tick();
    const before = warm.frames.length;
    const shown = warm.lastFrame();
    await sleep(1500); // well past the idle delay: layout, index and pre-drawing have run
    expect(warm.frames.slice(before).every((f) => f === shown)).toBe(true);
    warm.stdin.write('7');
    await tick();
    await tick();
    const warmed = warm.lastFrame();
    cleanup();

    const cold = render(<App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color />);
    await tick();
    cold.stdin.write('7');
    await tick();
    await tick();
    expect(warmed).toBe(cold.lastFrame());
    expect(warmed).toContain('科技创新');
  });
});
