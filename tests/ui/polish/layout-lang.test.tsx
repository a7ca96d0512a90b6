import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../../src/ui/App.js';
import { geometry } from '../../../src/ui/geometry.js';
import { chooseLang, langFromLocale, strings } from '../../../src/i18n/strings.js';
import { helpBlocks } from '../../../src/ui/pages.js';
import { displayWidth } from '../../../src/text/width.js';
import { fakeClock } from '../../helpers/clock.js';
import { SEED_NAME, seedTranscript } from '../fixtures.js';
import { type } from '../typing.js';

/** Issue 13, layout at large sizes and the interface language. */

afterEach(() => cleanup());

function setSize(stdout: object, columns: number, rows: number) {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  (stdout as { emit(e: string): void }).emit('resize');
}

const base = { rows: 50, sidebar: true, sidebarWidth: 18, searchOpen: false };

describe('the reading measure', () => {
  it('caps the text at 80 columns by default, or at --measure, and centres the column in a wide pane', () => {
    const g = geometry({ ...base, columns: 200 });
    expect(g.textWidth).toBe(80);
    expect(g.textIndent).toBe(Math.floor((g.readerWidth - 2 - 80) / 2));
    expect(geometry({ ...base, columns: 200, measure: 60 }).textWidth).toBe(60);
    expect(geometry({ ...base, columns: 200, measure: 120 }).textWidth).toBe(120);
    // Narrower than the measure: the pane's width, against its margin, as before.
    const narrow = geometry({ ...base, columns: 80 });
    expect(narrow.textWidth).toBe(narrow.readerWidth - 2);
    expect(narrow.textIndent).toBe(0);
    expect(narrow.statusWidth).toBe(80);
  });

  it('keeps the status line’s parts by the text, not 130 columns away', () => {
    const g = geometry({ ...base, columns: 200 });
    expect(g.statusWidth).toBe(g.sidebarWidth + 1 + 1 + g.textIndent + g.textWidth + 1);
    expect(g.statusWidth).toBeLessThan(200);
  });

  it('on screen at 200×50: lines at most 80 columns, starting well inside the pane; the hint ends by the text', async () => {
    const { stdin, stdout, lastFrame } = render(
      <App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color={false} clock={fakeClock().clock} />,
    );
    setSize(stdout, 200, 50);
    await type(stdin, '2');
    const g = geometry({ ...base, columns: 200, sidebarWidth: 0 });
    const rows = lastFrame()!.split('\n');
    const text = rows.slice(0, -1).map((r) => r.slice(r.indexOf('|') + 1));
    const lengths = text.map((r) => displayWidth(r.trim())).filter((n) => n > 0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(80);
    const starts = text.filter((r) => r.trim()).map((r) => r.length - r.trimStart().length);
    expect(Math.min(...starts)).toBeGreaterThan(20);
    const status = rows.at(-1)!;
    expect(displayWidth(status.trimEnd())).toBeLessThan(160);
    expect(status).toMatch(/\? help/);
    expect(g.columns).toBe(200);
  });
});

describe('the interface language', () => {
  it('comes from LC_ALL, LC_MESSAGES, LANG in that order; zh* is Chinese', () => {
    expect(langFromLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(langFromLocale({ LANG: 'zh_TW' })).toBe('zh');
    expect(langFromLocale({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'C' })).toBe('zh');
    expect(langFromLocale({ LC_ALL: '', LANG: 'zh_HK.UTF-8' })).toBe('zh');
    expect(langFromLocale({})).toBe('en');
    expect(langFromLocale({ LANG: 'zu_ZA' })).toBe('en');
    expect(chooseLang('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(chooseLang('auto', { LANG: 'zh_CN.UTF-8' })).toBe('zh');
  });

  it('every Chinese string is filled in, and none of the English ones is left in Chinese', () => {
    const en = strings('en');
    const zh = strings('zh');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const sample = (v: unknown): string => (typeof v === 'function' ? String((v as (...a: unknown[]) => string)(2, 3, 'x')) : String(v));
      expect(sample(zh[key]), key).not.toBe('');
      if (/[a-z]{4,}/.test(sample(en[key]).replace(/presser|--\w+|ctrl-\w|Enter|Esc|Tab|pinyin|xygq|[a-z]+\.txt/g, '')))
        expect(sample(zh[key]), key).not.toBe(sample(en[key]));
    }
  });

  it('the reader speaks Chinese with lang zh: status, help, messages', async () => {
    const { stdin, lastFrame } = render(
      <App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color={false} lang="zh" clock={fakeClock().clock} />,
    );
    await type(stdin, '\r', '[');
    expect(lastFrame()!.split('\n').at(-1)).toMatch(/已是第一页/);
    await type(stdin, '?');
    expect(lastFrame()).toContain('按键 — 按 Esc 或 ? 关闭');
    expect(lastFrame()).toContain('下一个话题');
    expect(lastFrame()).not.toMatch(/next topic/);
  });

  it('the help page has a Chinese description for every key', () => {
    const zh = helpBlocks(98, 'zh')
      .filter((b) => b.style === 'answer')
      .map((b) => b.text);
    for (const d of zh) expect(d).toMatch(/[\u4e00-\u9fff]/);
  });
});
