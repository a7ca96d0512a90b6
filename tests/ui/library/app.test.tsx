import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { LibraryApp } from '../../../src/ui/library/LibraryApp.js';
import { openLibrary } from '../../../src/library/open.js';
import { OUTLET_BRIEFING, smallLibrary, tempDir, writeFiles } from '../../library/helpers.js';
import { type, waitFor } from '../typing.js';

function mount() {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'g.txt': OUTLET_BRIEFING, 'broken.txt': '' });
  const app = render(<LibraryApp open={(hooks) => openLibrary([dir], { cache: false, ...hooks })} ambiguous="narrow" color={false} />);
  return { ...app, dir };
}

const rows = (f: string) => f.split('\n');
const selected = (f: string) => rows(f).find((r) => r.startsWith('>')) ?? '';

afterEach(() => cleanup());

describe('library view', () => {
  it('lists transcripts by year, newest first, undated last, and the file it skipped', async () => {
    const { lastFrame } = mount();
    // Open (not only the rows known while it opens): the skipped file is listed.
    const f = await waitFor(lastFrame, (x) => x.includes('6 transcripts') && x.includes('skipped 1 file'));
    const r = rows(f);
    expect(r[0]).toMatch(/^ 2020 · 2/);
    expect(r[1]).toMatch(/^>2020-04-03 +3问 华春莹 +2020年4月3日外交部发言人华春莹主持例行记者会/);
    expect(r.findIndex((x) => x.startsWith(' 2019'))).toBeLessThan(r.findIndex((x) => x.startsWith(' undated')));
    expect(f).toMatch(/skipped 1 file/);
    expect(f).toMatch(/broken\.txt: is empty/);
    expect(r.at(-1)).toMatch(/^ 6 transcripts · 2017-09-05 – 2020-04-03/);
  });

  it('filters as you type; opens a transcript; Backspace comes back to the same row', async () => {
    const { stdin, lastFrame } = mount();
    await waitFor(lastFrame, (x) => x.includes('6 transcripts'));
    await type(stdin, '华春莹');
    let f = await waitFor(lastFrame, (x) => x.includes('filter: 华春莹'));
    expect(rows(f).filter((r) => /^[ >](\d{4}-\d\d-\d\d|undated {3})/.test(r))).toHaveLength(3);
    await type(stdin, '\x1b[B');
    expect(selected(lastFrame()!)).toMatch(/2019-02-11/);
    await type(stdin, '\r');
    f = await waitFor(lastFrame, (x) => x.includes('概览') && x.includes('|'));
    expect(f).toContain('2019年2月11日外交部发言人华春莹主持例行记者会');
    await type(stdin, '\x7f');
    f = await waitFor(lastFrame, (x) => x.includes('filter: 华春莹'));
    expect(selected(f)).toMatch(/2019-02-11/);
  });

  it('searches every transcript, opens a hit, walks on with n into the next transcript, and comes back to the results', async () => {
    const { stdin, lastFrame } = mount();
    await waitFor(lastFrame, (x) => x.includes('6 transcripts'));
    await type(stdin, '/', '芬太尼');
    let f = await waitFor(lastFrame, (x) => /hits in 3 transcripts/.test(x));
    expect(rows(f)[1]).toMatch(/^ 2020-04-03 +2020年4月3日外交部发言人华春莹主持例行记者会 +\d+$/);
    expect(rows(f).at(-1)).toMatch(/^\/芬太尼 .*1\/\d+/);
    await type(stdin, '\r');
    f = await waitFor(lastFrame, (x) => /hit 1\/\d/.test(x));
    expect(f).toContain('芬太尼');
    // Past this transcript's last hit, n goes on into the next transcript with hits.
    const inFirst = Number(/hit 1\/(\d+)/.exec(f)![1]);
    for (let i = 0; i < inFirst; i++) await type(stdin, 'n');
    // a.txt (2019-02-11): its one hit, a question.
    await waitFor(lastFrame, (x) => x.includes('美国宣布对芬太尼类物质加强管制') && /hit 1\/1/.test(x));
    await type(stdin, '\x7f');
    f = await waitFor(lastFrame, (x) => /hits in 3 transcripts/.test(x));
    // The selected hit is now in the transcript that n reached.
    const sel = rows(f).findIndex((r) => r.startsWith('  >'));
    const group = rows(f)
      .slice(0, sel)
      .reverse()
      .find((r) => /^ \d{4}-|^ undated/.test(r));
    expect(group).toMatch(/2019-02-11/);
  });
});
