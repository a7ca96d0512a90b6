// The parallel view in the mounted reader (ink-testing-library): `v` beside the --with version or
// the library's, side by side at 200 columns and stacked at 100, in both ambiguous-width modes, no
// line past the edge; and one line when there is no other version.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App, type FindCounterpart } from '../../src/ui/App.js';
import { NO_COUNTERPART } from '../../src/ui/runtime.js';
import { displayWidth, type Ambiguous } from '../../src/text/width.js';
import { openTranscript } from '../../src/transcript/open.js';
import { fakeClock } from '../helpers/clock.js';
import { tick, type } from './typing.js';

const ZH = openTranscript('tests/fixtures/bilingual/briefing-zh.txt');
const EN = openTranscript('tests/fixtures/bilingual/briefing-en.txt');
const withEnglish: FindCounterpart = () => Promise.resolve({ transcript: EN.transcript, name: EN.name });

function setSize(stdout: object, columns: number, rows: number) {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  (stdout as { emit(e: string): void }).emit('resize');
}

function mount(columns: number, rows: number, ambiguous: Ambiguous, counterpart?: FindCounterpart) {
  const app = render(
    <App transcript={ZH.transcript} name={ZH.name} ambiguous={ambiguous} color={false} clock={fakeClock().clock} {...(counterpart ? { counterpart } : {})} />,
  );
  setSize(app.stdout, columns, rows);
  return app;
}

/** Waits (turns of the event loop, a bounded number) until the frame shows what the test waits for: the alignment runs after the key. */
async function until(frame: () => string | undefined, test: (f: string) => boolean): Promise<string> {
  for (let i = 0; i < 2000; i++) {
    const f = frame() ?? '';
    if (test(f)) return f;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never shown; last frame:\n${frame()}`);
}

const lines = (f: string) => f.split('\n');

afterEach(() => cleanup());

describe('the parallel view in the reader', () => {
  it.each(['narrow', 'wide'] as const)('at 200×50 (%s): side by side, the question beside its translation, no line past the edge', async (ambiguous) => {
    const { stdin, lastFrame } = mount(200, 50, ambiguous, withEnglish);
    await type(stdin, '2', 'v');
    const f = await until(lastFrame, (x) => x.includes('⇄ EN'));
    const row = lines(f).find((l) => l.includes('世界卫生组织（WHO）'))!;
    expect(row).toMatch(/世界卫生组织（WHO）.* │ Q: The World Health Organization/);
    for (const l of lines(f)) expect(displayWidth(l, { ambiguous })).toBeLessThanOrEqual(200);
    expect(lines(f)).toHaveLength(49);
  });

  it.each(['narrow', 'wide'] as const)('at 100×30 (%s): stacked, the English under the Chinese, no line past the edge', async (ambiguous) => {
    const { stdin, lastFrame } = mount(100, 30, ambiguous, withEnglish);
    await type(stdin, '2', 'v');
    const f = await until(lastFrame, (x) => x.includes('⇄ EN'));
    expect(f).not.toContain(' │ ');
    const ls = lines(f);
    expect(ls.findIndex((l) => l.includes('Q: The World Health'))).toBeGreaterThan(ls.findIndex((l) => l.includes('世界卫生组织（WHO）')));
    for (const l of ls) expect(displayWidth(l, { ambiguous })).toBeLessThanOrEqual(100);
  });

  it('the other version is not asked for before v, and v again shows the topic alone', async () => {
    let asked = 0;
    const counting: FindCounterpart = () => {
      asked++;
      return withEnglish();
    };
    const { stdin, lastFrame } = mount(200, 50, 'narrow', counting);
    await type(stdin, '2', 'j', 'k');
    expect(asked).toBe(0);
    await type(stdin, 'v');
    await until(lastFrame, (x) => x.includes('⇄ EN'));
    await type(stdin, 'v');
    expect(lastFrame()).not.toContain('Q: The World Health');
    await type(stdin, 'v');
    expect(lastFrame()).toContain('Q: The World Health');
    expect(asked).toBe(1);
  });

  it('with no other version, v says so in the status line, and the topic stays as it was', async () => {
    const { stdin, lastFrame } = mount(200, 50, 'narrow');
    await type(stdin, '2');
    const before = lastFrame()!;
    await type(stdin, 'v');
    await tick();
    const f = lastFrame()!;
    expect(lines(f).at(-1)).toContain(NO_COUNTERPART.slice(0, 60));
    expect(lines(f).slice(0, -1)).toEqual(lines(before).slice(0, -1));
  });

  it('a search while the view is on finds the English too, marked EN, and Enter opens it beside the Chinese', async () => {
    const { stdin, lastFrame } = mount(200, 50, 'narrow', withEnglish);
    await type(stdin, '2', 'v');
    await until(lastFrame, (x) => x.includes('⇄ EN'));
    await type(stdin, '/', 'exact timing');
    const f = await until(lastFrame, (x) => /EN .*exact timing/.test(x));
    expect(f).toContain('exact timing');
    await type(stdin, '\r');
    const opened = lastFrame()!;
    const row = lines(opened).find((l) => l.includes('exact timing'))!;
    expect(row).toMatch(/具体时间请向世卫组织询问.* │ .*exact timing/);
  });
});
