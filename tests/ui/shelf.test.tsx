// Reading one transcript (not a library): a mark of another transcript, chosen on the marks page,
// opens that file at the mark when it is still where the mark was made and still the same text;
// Backspace comes back. Moved or changed, the reader says so and stays.
import { appendFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { Shelf } from '../../src/ui/Shelf.js';
import { markFile } from '../../src/ui/markFile.js';
import { openTranscript } from '../../src/transcript/open.js';
import { Store } from '../../src/store/store.js';
import type { Mark } from '../../src/store/marks.js';
import { briefing, tempDir, writeFiles } from '../library/helpers.js';
import { SEED } from './fixtures.js';
import { type, waitFor } from './typing.js';

afterEach(() => cleanup());

const QUESTION = '关于朝鲜半岛局势，中方有何看法？';

function files() {
  const dir = tempDir();
  writeFiles(dir, { 'b.txt': briefing('2018-06-01', '陆慷', [[QUESTION, '我们希望各方相向而行。']]) });
  copyFileSync(join(import.meta.dirname, '../..', SEED), join(dir, 'a.txt'));
  return { a: join(dir, 'a.txt'), b: join(dir, 'b.txt'), memory: new Store(join(tempDir('presser-state-'), 'presser')) };
}

const shelf = (path: string, memory: Store) =>
  render(<Shelf first={openTranscript(path)} open={openTranscript} app={{ ambiguous: 'narrow', color: false, memory }} />);

describe('a mark of another transcript, reading one transcript', () => {
  it('opens its file at the mark, Backspace comes back; changed since, it says so and stays', async () => {
    const { a, b, memory } = files();
    const first = shelf(b, memory);
    await type(first.stdin, ']', 'm');
    await waitFor(first.lastFrame, (f) => f.includes('marked'));
    first.unmount();

    const { stdin, lastFrame } = shelf(a, memory);
    await waitFor(lastFrame, (f) => f.includes('元首外交'));
    await type(stdin, "'");
    await waitFor(lastFrame, (f) => f.includes('another transcript'));
    await type(stdin, '\r');
    const atMark = await waitFor(lastFrame, (f) => f.includes(QUESTION) && !f.includes('another transcript'));
    expect(atMark).not.toContain('元首外交');
    await type(stdin, '\x7f');
    await waitFor(lastFrame, (f) => f.includes('元首外交'));

    appendFileSync(b, '\n问：又一问？\n\n答：又一答。\n');
    await type(stdin, "'");
    await waitFor(lastFrame, (f) => f.includes('another transcript'));
    await type(stdin, '\r');
    const refused = await waitFor(lastFrame, (f) => f.includes('moved or changed'));
    expect(refused).toContain('another transcript');
  });

  it('markFile: the same file opens; a changed or missing one, or one never saved with a path, is said', () => {
    const { b, memory } = files();
    const opened = openTranscript(b);
    const mark = { transcript: { hash: opened.hash!, name: 'b.txt', path: b, title: '' } } as Mark;
    expect(markFile(mark, openTranscript, 'en')).toMatchObject({ hash: opened.hash });
    expect(markFile({ ...mark, transcript: { ...mark.transcript, hash: 'other' } }, openTranscript, 'en')).toMatch(/moved or changed/);
    expect(markFile({ ...mark, transcript: { ...mark.transcript, path: `${b}.gone` } }, openTranscript, 'en')).toMatch(/moved or changed/);
    const { path: _path, ...noPath } = mark.transcript;
    expect(markFile({ ...mark, transcript: noPath }, openTranscript, 'zh')).toMatch(/presser b\.txt/);
    expect(memory.marks()).toEqual([]);
  });
});
