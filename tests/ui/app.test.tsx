import { afterEach, describe, expect, it } from 'vitest';
import { render, cleanup } from 'ink-testing-library';
import { App, DIGIT_PAUSE_MS, STATUS_MS } from '../../src/ui/App.js';
import { fakeClock } from '../helpers/clock.js';
import { displayWidth } from '../../src/text/width.js';
import { SEED_NAME, seedTranscript, smallTranscript } from './fixtures.js';
import type { Transcript } from '../../src/transcript/model.js';

import { tick, type } from './typing.js';

function setSize(stdout: object, columns: number, rows?: number) {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  (stdout as { emit(e: string): void }).emit('resize');
}

function mount(t: Transcript = seedTranscript(), color = false, clock = fakeClock().clock) {
  return render(<App transcript={t} name={SEED_NAME} ambiguous="narrow" color={color} clock={clock} />);
}

const lines = (frame: string | undefined) => (frame ?? '').split('\n');
const status = (frame: string | undefined) => lines(frame).at(-1)!;

afterEach(() => cleanup());

describe('App frames', () => {
  it('opens on the overview with the sidebar and a status line, 23 rows at the fallback height', async () => {
    const { lastFrame } = mount();
    await tick();
    const f = lastFrame()!;
    expect(lines(f)).toHaveLength(23);
    expect(f).toContain('概览');
    expect(f).toContain(seedTranscript().topics[0]!.label);
    expect(f).toContain(seedTranscript().title);
    expect(status(f)).toMatch(/概览.*\? help/);
  });

  it('] and [ change the topic; digits jump', async () => {
    const t = seedTranscript();
    const { stdin, lastFrame } = mount();
    await type(stdin, ']');
    expect(status(lastFrame())).toContain(`1/${t.topics.length} ${t.topics[0]!.label}`);
    await type(stdin, ']', ']', '[');
    expect(status(lastFrame())).toContain(`2/${t.topics.length}`);
    await type(stdin, '1');
    expect(status(lastFrame())).toContain('topic 1_');
    await type(stdin, '2');
    expect(status(lastFrame())).toContain(`12/${t.topics.length} ${t.topics[11]!.label}`);
    await type(stdin, '5');
    expect(status(lastFrame())).toContain(`5/${t.topics.length}`);
    expect(lastFrame()).toContain(t.topics[4]!.turns[0]!.speaker);
  });

  it('a waiting digit commits after the pause, and a message goes after a while', async () => {
    const time = fakeClock();
    const { stdin, lastFrame } = mount(seedTranscript(), false, time.clock);
    await type(stdin, '1');
    time.advance(DIGIT_PAUSE_MS - 1);
    await tick();
    expect(status(lastFrame())).toContain('topic 1_');
    time.advance(1);
    await tick();
    expect(status(lastFrame())).toMatch(/ 1\/\d+ /);
    await type(stdin, 'a');
    expect(status(lastFrame())).toContain('ambiguous-width characters: wide');
    time.advance(STATUS_MS);
    await tick();
    expect(status(lastFrame())).not.toContain('ambiguous-width');
  });

  it('pages and goes back in history to the same scroll position', async () => {
    const { stdin, lastFrame } = mount();
    await type(stdin, '9', ' ');
    const paged = lastFrame()!;
    expect(status(paged)).not.toMatch(/ 0%/);
    await type(stdin, '3');
    expect(status(lastFrame())).toContain('3/');
    await type(stdin, '\x7f');
    expect(lastFrame()).toBe(paged);
    await type(stdin, 'L');
    expect(status(lastFrame())).toContain('3/');
  });

  it('? shows the help from the keymap; Esc closes it', async () => {
    const { stdin, lastFrame } = mount();
    await type(stdin, '?');
    expect(lastFrame()).toContain('Keys');
    expect(lastFrame()).toContain('history');
    await type(stdin, '\x1b');
    expect(lastFrame()).not.toContain('Keys — Esc');
  });

  it('r lists the repairs', async () => {
    const { stdin, lastFrame } = mount(smallTranscript());
    await type(stdin, 'r');
    expect(lastFrame()).toContain('Repairs (1)');
    expect(lastFrame()).toMatch(/line 7 +joined-split: joined/);
  });

  it('search: typing shows tagged results, Enter opens the hit highlighted, Esc returns, n moves on', async () => {
    const t = smallTranscript();
    const { stdin, lastFrame } = mount(t, true);
    await type(stdin, '4', '/');
    expect(status(lastFrame())).toMatch(/^\//);
    await type(stdin, '结', '尾', '1');
    const f = lastFrame()!;
    expect(f).toContain('答 话题1');
    expect(status(f)).toMatch(/^\/结尾1 .*1\/4/);
    await type(stdin, '\x1b');
    expect(status(lastFrame())).toContain('4/12');
    await type(stdin, '/', '\x1b[B', '\r');
    expect(status(lastFrame())).toContain('10/12');
    expect(status(lastFrame())).toContain('hit 2/4');
    await type(stdin, 'n');
    expect(status(lastFrame())).toContain('11/12');
  });

  it('y writes the paragraph with a citation through OSC 52', async () => {
    const { stdin, stdout, lastFrame } = mount();
    await type(stdin, '1', '\r', 'j', 'j', 'y');
    const oscs = stdout.frames.filter((f) => f.startsWith('\x1b]52;c;'));
    expect(oscs).toHaveLength(1);
    const text = Buffer.from(oscs[0]!.slice(7, -1), 'base64').toString('utf8');
    const [body, cite] = text.split('\n');
    expect(lastFrame()).toContain(body!.slice(0, 8));
    expect(cite).toMatch(/^—— .+，2025-03-07/);
    expect(status(lastFrame())).toContain(`copied ${[...body!].length} characters`);
  });

  it('a chunk of keys in one read draws what the same keys typed one by one draw', async () => {
    // `a` widens “ ” and the page grows: `G` in the same read must reach the new bottom.
    const frame = async (columns: number, chunks: string[]) => {
      const { stdin, stdout, lastFrame } = mount();
      setSize(stdout, columns, 20);
      await type(stdin, ...']]]]]]]]]]'.split(''));
      for (const c of chunks) stdin.write(c);
      await tick();
      await tick();
      const f = lastFrame();
      cleanup();
      return f;
    };
    for (const [columns, keys] of [
      [30, 'aG'],
      [30, 'pG'],
      [100, 'sG'],
    ] as const) {
      const oneRead = await frame(columns, [keys]);
      expect(oneRead, `${keys} at ${columns} columns`).toBe(await frame(columns, [...keys]));
    }
  });
});

describe('sizes', () => {
  it.each([
    [20, 6],
    [30, 10],
    [40, 12],
    [59, 20],
    [60, 20],
    [100, 30],
    [200, 50],
  ])('at %i×%i no row is wider than the terminal and the frame is rows-1 tall', async (columns, rows) => {
    const { stdin, stdout, lastFrame } = mount();
    setSize(stdout, columns, rows);
    await tick();
    for (const keys of [[], [']'], ['5', ' '], ['/', '联'], ['\x1b', '?'], ['\x1b', 'G']]) {
      await type(stdin, ...keys);
      const ls = lines(lastFrame());
      expect(ls.length).toBeLessThanOrEqual(rows - 1);
      for (const l of ls) expect(displayWidth(l.replace(/\x1b\[[0-9;]*m/g, ''))).toBeLessThanOrEqual(columns);
    }
  });

  it('below the minimum size says so, and recovers', async () => {
    const { stdout, lastFrame } = mount();
    setSize(stdout, 15, 4);
    await tick();
    expect(lastFrame()).toContain('too small');
    setSize(stdout, 100, 30);
    await tick();
    expect(lastFrame()).toContain('概览');
  });

  it('the sidebar collapses on a narrow terminal and s brings it back', async () => {
    const t = seedTranscript();
    const { stdin, stdout, lastFrame } = mount();
    setSize(stdout, 50, 20);
    await type(stdin, '2');
    expect(lastFrame()).not.toContain(` 7 ${t.topics[6]!.label}`);
    await type(stdin, 's');
    expect(lastFrame()).toContain(t.topics[6]!.label);
  });

  it('a resize keeps the paragraph at the top', async () => {
    const { stdin, stdout, lastFrame } = mount();
    setSize(stdout, 100, 20);
    await type(stdin, '2', 'j', 'j', 'j', 'j', 'j', 'j');
    const firstText = () => lines(lastFrame())[0]!.split('|').at(-1)!.trim();
    const before = firstText();
    setSize(stdout, 70, 20);
    await tick();
    const after = firstText();
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(after.length).toBeGreaterThanOrEqual(4);
    expect(before.startsWith(after.slice(0, 4)) || after.includes(before.slice(0, 4))).toBe(true);
  });
});
