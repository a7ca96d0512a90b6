// The library view under a Chinese interface (ink-testing-library): every line it draws — the
// list by year with an undated transcript and a skipped file, the status line, the filter line,
// the search line and its summary, the help page, the timeline and a period's hits, the progress
// line — in Chinese, with no English left but names; and the same view in English unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { LibraryApp } from '../../../src/ui/library/LibraryApp.js';
import { openLibrary } from '../../../src/library/open.js';
import { progressLine } from '../../../src/library/progress.js';
import { initialLibraryState, reduceLibrary, type LibraryAction } from '../../../src/ui/library/state.js';
import { strings, type Lang } from '../../../src/i18n/strings.js';
import { OUTLET_BRIEFING, smallLibrary, tempDir, writeFiles } from '../../library/helpers.js';
import { englishWords } from '../../helpers/english.js';
import { type, waitFor } from '../typing.js';

function mount(lang: Lang) {
  const dir = tempDir();
  writeFiles(dir, { ...smallLibrary(), 'g.txt': OUTLET_BRIEFING, 'broken.txt': '' });
  return render(<LibraryApp open={(hooks) => openLibrary([dir], { cache: false, ...hooks })} ambiguous="narrow" color={false} lang={lang} />);
}

afterEach(() => cleanup());

describe('the library view in Chinese', () => {
  it('list, filter, search, help, timeline and its hits: Chinese throughout', async () => {
    const { lastFrame, stdin } = mount('zh');
    const screens: Record<string, string> = {};
    screens.list = await waitFor(lastFrame, (f) => f.includes('跳过了 1 个文件'));
    expect(screens.list).toMatch(/^ 2020 · 2/m);
    expect(screens.list).toMatch(/^ 无日期 · 1/m);
    expect(screens.list).toMatch(/broken\.txt：是空文件，没有可读的内容/);
    expect(screens.list).toMatch(/6 篇 · 2017-09-05 – 2020-04-03/);

    await type(stdin, '?');
    screens.help = await waitFor(lastFrame, (f) => f.includes('文库按键'));
    expect(screens.help).toMatch(/（任何时候）立即退出/);
    await type(stdin, '\x1b');

    await type(stdin, 'f', '2099');
    screens.filter = await waitFor(lastFrame, (f) => f.includes('筛选：2099'));
    expect(screens.filter).toMatch(/没有符合筛选条件的 — 按 Esc 清除/);
    await type(stdin, '\x1b');

    await type(stdin, '/');
    screens.searchEmpty = await waitFor(lastFrame, (f) => f.includes('输入以搜索全部文本'));
    await type(stdin, '芬太尼');
    screens.search = await waitFor(lastFrame, (f) => /3 篇中 \d+ 处命中/.test(f));
    expect(screens.search).toMatch(/无日期 年：1 篇|2020 年：1 篇 \d+ 处/);
    expect(screens.search).toMatch(/\[全部\] 1\/\d+/);

    await type(stdin, '\x14');
    screens.timeline = await waitFor(lastFrame, (f) => /每[年月]含有它的问答数/.test(f));
    expect(screens.timeline).toMatch(/次问答/);
    await type(stdin, 's');
    screens.split = await waitFor(lastFrame, (f) => f.includes('按回答人'));
    await type(stdin, '\r');
    screens.period = await waitFor(lastFrame, (f) => /次问答含有 芬太尼/.test(f));
    expect(screens.period).toMatch(/Enter 在该句处打开 · Esc 回到时间线/);

    for (const [name, screen] of Object.entries(screens)) expect(englishWords(screen), `${name}:\n${screen}`).toEqual([]);
  });

  it('the same view in English is as before', async () => {
    const { lastFrame, stdin } = mount('en');
    const list = await waitFor(lastFrame, (f) => f.includes('skipped 1 file'));
    expect(list).toMatch(/^ undated · 1/m);
    expect(list).toMatch(/broken\.txt: is empty; there is no transcript to read/);
    expect(list).toMatch(/6 transcripts · 2017-09-05 – 2020-04-03/);
    await type(stdin, '/', '芬太尼');
    const search = await waitFor(lastFrame, (f) => /hits? in 3 transcripts/.test(f));
    expect(search).toMatch(/\[all\] 1\/\d+/);
  });

  it("the view's own messages (the reducer's status effects)", () => {
    const said = (lang: Lang, ...actions: LibraryAction[]) => {
      let state = initialLibraryState({ lang, columns: 100, rows: 30 });
      const texts: string[] = [];
      for (const a of actions) {
        const r = reduceLibrary(state, a);
        state = r.state;
        for (const e of r.effects) if (e.type === 'status') texts.push(e.text);
      }
      return texts;
    };
    const key = (name: string, input = ''): LibraryAction => ({ type: 'key', name, input });
    // Enter on an empty list, ctrl-t with no query, with a bad filter, before the library is open.
    const zh = [
      ...said('zh', key('enter')),
      ...said('zh', key('/', '/'), key('enter')),
      ...said('zh', key('/', '/'), key('ctrl-t')),
      ...said('zh', key('/', '/'), { type: 'text', text: 'date:abc 芬太尼' }, key('ctrl-t')),
      ...said('zh', key('/', '/'), { type: 'text', text: '芬太尼' }, key('ctrl-t')),
    ];
    expect(zh).toEqual([
      '没有文本',
      '请输入要搜索的内容',
      '请先输入搜索词：时间线统计含有它的问答',
      'date:abc 不是日期或时段（例如 date:2019、date:2019-02、date:2018-03..2019-06）',
      '文库仍在打开',
    ]);
    expect(said('en', key('enter'))).toEqual(['no transcripts']);
  });

  it('the progress line while the library opens', () => {
    const zh = progressLine(340, 1000, 3000, 80, strings('zh'));
    expect(zh).toMatch(/^正在建立索引 {2}340\/1000 \[#+·+\] 34% {2}还需 6 秒$/);
    expect(englishWords(zh)).toEqual([]);
    expect(progressLine(340, 1000, 3000, 80)).toMatch(/^indexing {2}340\/1000 \[#+·+\] 34% {2}6 s left$/);
  });
});
