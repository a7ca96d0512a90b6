// The Chinese interface walked as a user would, in a real pseudo-terminal read through a terminal
// emulator (LANG=zh_CN.UTF-8, 100×30): the library's list (with a skipped file), its help, the
// filter, a search across the library with its summary, the timeline and a period's hits, a
// transcript opened at a hit, a mark, the marks page, the note line and the parallel view's
// message. On every screen no English is left but names: file names, key names, the query
// syntax (speaker: asker: date:), the romanised example, the program's name.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { disposeAll, KEYS, ptyUnavailable, requireBuilt, spawnPresser, waitExit, type PtySession } from '../helpers/pty.js';
import { tempDir } from '../library/helpers.js';
import { libraryOnDisk } from './library-screen.js';
import { englishWords } from '../helpers/english.js';

if (ptyUnavailable) console.warn(ptyUnavailable);

function expectChinese(s: PtySession, where: string): void {
  expect(englishWords(s.text()), `${where}\n${s.dump()}`).toEqual([]);
}

describe.skipIf(!!ptyUnavailable)('the Chinese interface (built CLI in a pty)', () => {
  beforeAll(() => requireBuilt());
  afterEach(() => disposeAll());

  it('the words it checks for: an English status line is caught, names are not', () => {
    expect(englishWords(' 6 transcripts · 2017-09-05 – 2020-04-03   Enter read · / search')).toEqual(['transcripts', 'read', 'search']);
    expect(englishWords(' 6 篇 · a.txt · sub/c.txt · Enter 阅读 · ctrl-t · speaker:华春莹 · fentaini')).toEqual([]);
  });

  it('at 100×30 under LANG=zh_CN.UTF-8: library, help, filter, search, timeline, reader, marks, parallel view', async () => {
    const { dir, env } = libraryOnDisk({ 'empty.txt': '' });
    const state = tempDir('presser-state-');
    const s = spawnPresser([dir], { cols: 100, rows: 30, env: { ...env, XDG_STATE_HOME: state, XDG_CONFIG_HOME: state, LANG: 'zh_CN.UTF-8' } });
    await s.waitFor(/跳过了 1 个文件/);
    expect(s.text()).toMatch(/6 篇/);
    expect(s.text()).toMatch(/无日期/);
    expect(s.text()).toMatch(/empty\.txt：是空文件/);
    expectChinese(s, 'the list');

    s.press('?');
    await s.waitFor(/文库按键/);
    expectChinese(s, 'the library help');
    s.press(KEYS.esc);
    await s.waitFor(/跳过了 1 个文件/);

    s.press('f');
    s.press('2099');
    await s.waitFor(/筛选：2099/);
    expect(s.text()).toMatch(/没有符合筛选条件的/);
    expectChinese(s, 'the filter with nothing left');
    s.press(KEYS.esc);
    await s.waitFor(/跳过了 1 个文件/);

    s.press('/');
    await s.waitFor(/输入以搜索全部文本/);
    expectChinese(s, 'the empty search line');
    s.press('一个中国原则');
    await s.waitFor(/3 篇中 \d+ 处命中/);
    expect(s.text()).toMatch(/\[全部\] 1\/\d+/);
    expectChinese(s, 'the search results');

    s.press('\x14'); // ctrl-t
    await s.waitFor(/每[年月]含有它的问答数/);
    expectChinese(s, 'the timeline');
    s.press(KEYS.enter);
    await s.waitFor(/次问答含有 一个中国原则/);
    expectChinese(s, "a period's hits");
    s.press(KEYS.esc);
    await s.waitFor(/每[年月]含有它的问答数/);
    s.press(KEYS.esc);
    await s.waitFor(/3 篇中 \d+ 处命中/);

    s.press(KEYS.enter);
    await s.waitFor(/第 1\/\d+ 处/);
    expectChinese(s, 'the reader at a hit');
    s.press('m');
    await s.waitFor(/已加书签/);
    expectChinese(s, 'a mark made');
    s.press("'");
    await s.waitFor(/书签（1）/);
    expectChinese(s, 'the marks page');
    s.press('e');
    await s.waitFor(/备注（Enter 保存 · Esc 取消）/);
    expectChinese(s, 'the note line');
    s.press(KEYS.esc);
    await s.waitFor((t) => !/备注（Enter/.test(t.text()));
    s.press("'");
    await s.waitFor((t) => !/书签（1）/.test(t.text()));
    s.press('v');
    // The library holds no English version of this Chinese briefing: once it has looked, it says
    // so, in Chinese. (Its "looking" message may be replaced before a frame draws it: not waited for.)
    await s.waitFor(/文库中没有这场发布会的英文版/);
    expectChinese(s, 'the parallel view found nothing');

    s.press(KEYS.ctrlC);
    await waitExit(s);
  });
});
