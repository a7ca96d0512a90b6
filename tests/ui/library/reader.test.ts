// The reader opened from a library and the library view's runtime: the reader hands back with a
// `leave` effect (back past its first place, n / N past a library search's hits), and the view's
// runtime routes the keyboard between itself and the reader it shows.
import { describe, expect, it } from 'vitest';
import { initialState, inputActions, type InputAction } from '../../../src/ui/state/index.js';
import { ReaderRuntime } from '../../../src/ui/runtime.js';
import type { Hit } from '../../../src/ui/hits.js';
import { LibraryRuntime } from '../../../src/ui/library/runtime.js';
import { SEARCH_PAUSE_MS } from '../../../src/ui/library/queries.js';
import { initialLibraryState } from '../../../src/ui/library/state.js';
import { openLibrary } from '../../../src/library/open.js';
import { fakeClock } from '../../helpers/clock.js';
import { key, makeEnv, NO_KEY, reduceAll, smallTranscript } from '../fixtures.js';
import { smallLibrary, tempDir, writeFiles } from '../../library/helpers.js';

const t = smallTranscript();
const inLibrary = { ...makeEnv(t), inLibrary: true };
const start = initialState({ columns: 80, rows: 12 });
const hit = (topic: number): Hit => ({
  kind: 'answer',
  topic,
  label: `话题${topic}`,
  text: `结尾${topic}：金句在此。`,
  ranges: [[0, 3]],
  score: 0,
  pos: { topic, turn: 1, para: 2, offset: 0 },
  length: 5,
});
const hits = [hit(3), hit(7)];

describe('the reader in a library (pure reducer)', () => {
  it('back from the first place hands back to the library; elsewhere back is history as ever', () => {
    expect(reduceAll(start, inLibrary, key('backspace')).effects).toEqual([{ type: 'leave', how: 'back' }]);
    // ] ] is one step of history (a run of steps), 5 a jump.
    const moved = reduceAll(start, inLibrary, key(']'), key(']'), key('5'));
    const back = reduceAll(moved.state, inLibrary, key('backspace'), key('backspace'));
    expect([back.state.page, back.effects]).toEqual([0, []]);
    expect(reduceAll(back.state, inLibrary, key('backspace')).effects).toEqual([{ type: 'leave', how: 'back' }]);
    // Outside a library nothing changes.
    expect(reduceAll(start, makeEnv(t), key('backspace')).effects).toEqual([{ type: 'status', text: 'no earlier place' }]);
  });

  it('opens at a library hit, with no history to go back through; n / N past its hits hand over', () => {
    const opened = reduceAll(start, inLibrary, { type: 'showHits', hits, index: 1 });
    expect(opened.state.page).toBe(7);
    expect([opened.state.back, opened.state.lastHits?.index]).toEqual([[], 1]);
    expect(opened.effects).toEqual([{ type: 'status', text: 'hit 2/2 · n/N for more' }]);
    expect(reduceAll(opened.state, inLibrary, key('n')).effects).toEqual([{ type: 'leave', how: 'next' }]);
    const prev = reduceAll(opened.state, inLibrary, key('N'));
    expect([prev.state.page, prev.effects]).toEqual([3, [{ type: 'status', text: 'hit 1/2' }]]);
    expect(reduceAll(prev.state, inLibrary, key('N')).effects).toEqual([{ type: 'leave', how: 'prev' }]);
    expect(reduceAll(opened.state, inLibrary, key('backspace')).effects).toEqual([{ type: 'leave', how: 'back' }]);
  });

  it('a search made in the transcript itself wraps around as ever: only a library search goes on into other transcripts', () => {
    const searched = reduceAll(
      start,
      inLibrary,
      key('/'),
      { type: 'text', text: '结尾' },
      { type: 'searchResults', query: '结尾', scope: 'all', hits },
      key('enter'),
    );
    expect(searched.state.lastHits?.fromLibrary).toBeUndefined();
    const wrapped = reduceAll(searched.state, inLibrary, key('n'), key('n'));
    expect(wrapped.effects.map((e) => e.type)).toEqual(['status', 'status']);
    expect(wrapped.state.lastHits?.index).toBe(0);
  });

  it('the runtime performs the hand-over once; keys that still reach the reader do nothing', () => {
    const left: string[] = [];
    const r = new ReaderRuntime(start, inLibrary, {
      search: () => [],
      copy: () => {},
      quit: () => left.push('quit'),
      suspend: () => {},
      leave: (how) => left.push(how),
      clock: fakeClock().clock,
    });
    r.dispatch(key('backspace'), key(']'));
    r.dispatch(key('q'));
    expect(left).toEqual(['back']);
    expect(r.state.page).toBe(0);
  });
});

async function libraryRuntime() {
  const dir = tempDir();
  writeFiles(dir, smallLibrary());
  const lib = await openLibrary([dir], { cache: false });
  const time = fakeClock();
  const quits: number[] = [];
  const runtime = new LibraryRuntime(initialLibraryState({ columns: 100, rows: 30 }), {
    quit: (code) => quits.push(code),
    suspend: () => {},
    clock: time.clock,
  });
  runtime.opened(lib);
  return { runtime, time, quits, lib };
}

/** A stand-in for the reader App: records its keys, and hands back on Backspace as the reader does at its first place. */
function fakeReader(runtime: LibraryRuntime) {
  const seq = runtime.state.reading!.seq;
  const got: string[] = [];
  const input = (a: InputAction) => {
    got.push(a.type === 'key' ? a.name : a.type === 'mouse' ? a.mouse.kind : a.text);
    if (a.type === 'key' && a.name === 'backspace') runtime.dispatch({ type: 'readerLeft', seq, how: 'back' });
  };
  return { got, attach: () => runtime.attachReader(seq, input) };
}

describe('the library view’s runtime', () => {
  it('routes one read of keys: to the reader while it shows, to the view after it hands back', async () => {
    const { runtime } = await libraryRuntime();
    runtime.input(inputActions('j\r', NO_KEY));
    expect(runtime.state.reading?.transcript?.title).toBeTruthy();
    const reader = fakeReader(runtime);
    reader.attach();
    runtime.input(inputActions('G\x7fj', NO_KEY));
    expect(reader.got).toEqual(['G', 'backspace']);
    expect([runtime.state.reading, runtime.state.sel]).toEqual([null, 2]);
  });

  it('keys typed before the reader has mounted are its keys once it has', async () => {
    const { runtime } = await libraryRuntime();
    runtime.input(inputActions('\r]]', NO_KEY));
    const reader = fakeReader(runtime);
    expect(reader.got).toEqual([]);
    reader.attach();
    expect(reader.got).toEqual([']]']);
    expect(runtime.state.sel).toBe(0);
  });

  it('searches once typing pauses, a query it has run at once; q quits', async () => {
    const { runtime, time, quits } = await libraryRuntime();
    runtime.input(inputActions('/', NO_KEY));
    runtime.input(inputActions('芬太尼', NO_KEY));
    expect([runtime.state.pending, runtime.state.results]).toEqual([true, null]);
    time.advance(SEARCH_PAUSE_MS - 1);
    expect(runtime.state.pending).toBe(true);
    const answered = new Promise<void>((resolve) => {
      const stop = runtime.subscribe(() => {
        if (!runtime.state.pending) resolve(stop() as unknown as void);
      });
    });
    time.advance(1);
    await answered;
    expect(runtime.state.results?.groups.length).toBeGreaterThan(0);
    const found = runtime.state.results;
    runtime.input([{ type: 'key', name: 'backspace', input: '\x7f' }]);
    runtime.input(inputActions('尼', NO_KEY));
    expect([runtime.state.pending, runtime.state.results]).toEqual([false, found]);
    runtime.input([{ type: 'key', name: 'esc', input: '\x1b' }, ...inputActions('q', NO_KEY)]);
    expect(quits).toEqual([0]);
  });
});

describe('a reader opened while the library still opens', () => {
  it('asks for the other version (v) and gets the answer once the library has opened, not a reason to try again', async () => {
    const dir = tempDir();
    writeFiles(dir, smallLibrary());
    const lib = await openLibrary([dir], { cache: false });
    const runtime = new LibraryRuntime(initialLibraryState({ columns: 100, rows: 30 }), { quit: () => {}, suspend: () => {}, clock: fakeClock().clock });
    let answer: Awaited<ReturnType<LibraryRuntime['counterpartOf']>> | undefined;
    const asked = runtime.counterpartOf(lib.items[0]!.path).then((a) => (answer = a));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answer).toBeUndefined();
    runtime.opened(lib);
    await asked;
    // The small library holds no other-language versions: the answer is that reason, given only now.
    expect(answer).toEqual({ reason: expect.stringMatching(/version/u) });
  });
});
