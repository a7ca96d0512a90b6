// A mark of another transcript, chosen on the marks page in a library: the library opens that
// transcript (found by its content hash) at the mark, and Backspace comes back to the transcript
// whose marks page it was. The reducers' part, then the whole view over a real library and store.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { LibraryApp } from '../../../src/ui/library/LibraryApp.js';
import { openLibrary } from '../../../src/library/open.js';
import { Store } from '../../../src/store/store.js';
import { initialLibraryState, reduceLibrary, type Reading } from '../../../src/ui/library/state.js';
import { initialState } from '../../../src/ui/state/index.js';
import type { Mark } from '../../../src/store/marks.js';
import { briefing, smallLibrary, tempDir, writeFiles } from '../../library/helpers.js';
import { openTranscript } from '../../../src/transcript/open.js';
import { key, makeEnv, reduceAll, smallTranscript } from '../fixtures.js';
import { type, waitFor } from '../typing.js';

afterEach(() => cleanup());

const elsewhere: Mark = {
  id: 'm1',
  created: '2026-11-28T10:00:00.000Z',
  transcript: { hash: 'b'.repeat(64), name: 'c.txt', path: '/old/place/c.txt', title: '另一场' },
  topic: 1,
  topicLabel: '某话题',
  turn: 1,
  para: 0,
  start: 0,
  end: 4,
  text: '一个中国',
  speaker: '耿爽',
};

describe('a mark of another transcript (reducers)', () => {
  it('the reader asks for it (its own position kept first) and stays on the marks page until it is taken', () => {
    const t = smallTranscript();
    const env = { ...makeEnv(t), hash: 'a'.repeat(64), inLibrary: true };
    const onPage = reduceAll(initialState({ columns: 80, rows: 12 }), env, key("'"), { type: 'marksLoaded', marks: [elsewhere] });
    const r = reduceAll(onPage.state, env, key('enter'));
    expect(r.effects.map((e) => e.type)).toEqual(['savePosition', 'openMark']);
    expect(r.effects.at(-1)).toEqual({ type: 'openMark', mark: elsewhere });
    expect(r.state.mode).toBe('marks');
  });

  it('the library reads its transcript with the mark, the way back kept; back past the first place reads the one before again', () => {
    const reading: Reading = { seq: 1, path: '/lib/a.txt', group: null, index: 0, transcript: smallTranscript(), hash: 'a'.repeat(64) };
    const s = { ...initialLibraryState(), reads: 1, reading };
    const opened = reduceLibrary(s, { type: 'readerOpenMark', seq: 1, path: '/lib/c.txt', mark: elsewhere });
    expect(opened.effects).toEqual([{ type: 'read', seq: 2, path: '/lib/c.txt' }]);
    expect(opened.state.reading).toMatchObject({ seq: 2, path: '/lib/c.txt', mark: elsewhere, back: { path: '/lib/a.txt', transcript: null } });
    // A late request from a reader no longer shown changes nothing.
    expect(reduceLibrary(opened.state, { type: 'readerOpenMark', seq: 1, path: '/lib/b.txt', mark: elsewhere }).effects).toEqual([]);
    const back = reduceLibrary(opened.state, { type: 'readerLeft', seq: 2, how: 'back' });
    expect(back.effects).toEqual([{ type: 'read', seq: 3, path: '/lib/a.txt' }]);
    expect(back.state.reading?.mark).toBeUndefined();
    // From there, back goes to the list as ever.
    expect(reduceLibrary(back.state, { type: 'readerLeft', seq: 3, how: 'back' }).state.reading).toBeNull();
  });
});

/** The library view over `dir`, with the newest transcript (2020-03-18) opened from its list. */
async function openNewest(dir: string, memory: Store): Promise<ReturnType<typeof render>> {
  const view = render(<LibraryApp open={(hooks) => openLibrary([dir], { cache: false, ...hooks })} ambiguous="narrow" color={false} memory={memory} />);
  await waitFor(view.lastFrame, (x) => x.includes('5 transcripts'));
  await type(view.stdin, '\r');
  await waitFor(view.lastFrame, (x) => x.includes('2020年3月18日') && x.includes('|'));
  return view;
}

describe('a mark of another transcript (the library view)', () => {
  it('Enter opens its transcript at the mark; Backspace comes back to the transcript whose marks page it was', async () => {
    const dir = tempDir();
    writeFiles(dir, smallLibrary());
    const memory = new Store(join(tempDir('presser-state-'), 'presser'));
    // The newest (2020-03-18): its first topic's answer marked.
    const { stdin, lastFrame } = await openNewest(dir, memory);
    await type(stdin, '1');
    await waitFor(lastFrame, (x) => x.includes('1/1'));
    await type(stdin, 'J', 'J', 'm');
    await waitFor(lastFrame, (x) => x.includes('marked'));
    expect(memory.marks()).toHaveLength(1);
    expect(memory.marks()[0]!.text).toContain('一个中国原则是国际关系基本准则');
    // Back to the list, and into the next transcript (2019-02-11), whose marks page lists it.
    await type(stdin, '\x7f', '\x7f');
    await waitFor(lastFrame, (x) => x.includes('5 transcripts'));
    await type(stdin, '\x1b[B', '\r');
    await waitFor(lastFrame, (x) => x.includes('2019年2月11日') && x.includes('|'));
    await type(stdin, "'");
    await waitFor(lastFrame, (x) => x.includes('another transcript'));
    await type(stdin, '\r');
    const atMark = await waitFor(lastFrame, (x) => x.includes('一个中国原则是国际关系基本准则') && !x.includes('another transcript'));
    expect(atMark).toMatch(/\b1\/1 /);
    expect(atMark).not.toContain('2019年2月11日');
    // Backspace: the transcript it came from, where it was left.
    await type(stdin, '\x7f');
    await waitFor(lastFrame, (x) => x.includes('2019年2月11日') && x.includes('|'));
    // And from there back to the list.
    await type(stdin, '\x7f');
    await waitFor(lastFrame, (x) => x.includes('5 transcripts'));
  });

  it('a mark of a transcript outside the library opens its file while it is where it was and unchanged; changed, it is said', async () => {
    const dir = tempDir();
    writeFiles(dir, smallLibrary());
    const outside = tempDir();
    const question = '关于南海问题，中方有何回应？';
    writeFiles(outside, { 'x.txt': briefing('2016-07-12', '陆慷', [[question, '中方立场是一贯的。']]) });
    const file = join(outside, 'x.txt');
    const memory = new Store(join(tempDir('presser-state-'), 'presser'));
    const opened = openTranscript(file);
    memory.addMark({
      transcript: { hash: opened.hash!, name: 'x.txt', path: file, title: opened.transcript.title },
      topic: 1,
      topicLabel: opened.transcript.topics[0]!.label,
      turn: 0,
      para: 0,
      start: 0,
      end: question.length,
      text: question,
      speaker: '记者',
    });
    const { stdin, lastFrame } = await openNewest(dir, memory);
    await type(stdin, "'");
    await waitFor(lastFrame, (x) => x.includes('another transcript'));
    await type(stdin, '\r');
    await waitFor(lastFrame, (x) => x.includes(question) && !x.includes('another transcript'));
    await type(stdin, '\x7f');
    await waitFor(lastFrame, (x) => x.includes('2020年3月18日') && x.includes('|'));
    appendFileSync(file, '\n问：又一问？\n\n答：又一答。\n');
    await type(stdin, "'");
    await waitFor(lastFrame, (x) => x.includes('another transcript'));
    await type(stdin, '\r');
    await waitFor(lastFrame, (x) => x.includes('moved or changed'));
  });
});
