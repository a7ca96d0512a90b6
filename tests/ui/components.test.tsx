import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import { segments } from '../../src/ui/components/StyledRow.js';
import { paletteFor } from '../../src/ui/theme.js';
import { resultRow, searchLine } from '../../src/ui/components/SearchPanel.js';
import { statusText } from '../../src/ui/components/StatusLine.js';
import { sidebarTop } from '../../src/ui/components/TopicSidebar.js';
import { fitWidth } from '../../src/ui/fit.js';
import { displayWidth } from '../../src/text/width.js';
import type { Hit } from '../../src/ui/hits.js';
import type { Transcript } from '../../src/transcript/model.js';

const tick = () => new Promise<void>((r) => setImmediate(r));
afterEach(() => cleanup());

describe('drawing helpers', () => {
  it('segments: later spans win, highlight inverts; without colour no hue at all', () => {
    const spans = [
      { start: 0, end: 3, style: 'speaker' as const },
      { start: 3, end: 8, style: 'answer' as const },
      { start: 5, end: 7, style: 'highlight' as const },
    ];
    const col = segments('王毅：小院高墙挡', spans, paletteFor(true));
    expect(col.map((s) => s.text)).toEqual(['王毅：', '小院', '高墙', '挡']);
    expect(col[0]!.look).toMatchObject({ color: 'magenta', bold: true });
    expect(col[2]!.look.inverse).toBe(true);
    const plain = segments('王毅：小院高墙挡', spans, paletteFor(false));
    for (const s of plain) expect(s.look.color).toBeUndefined();
    expect(plain[2]!.look.inverse).toBe(true);
  });

  it('fitWidth never splits a wide character and pads to the exact width', () => {
    expect(fitWidth('中文字', 5)).toEqual({ text: '中文', pad: 1 });
    expect(fitWidth('ab', 5)).toEqual({ text: 'ab', pad: 3 });
    expect(fitWidth('中', 1)).toEqual({ text: '', pad: 1 });
  });

  it('sidebarTop keeps the selection in view', () => {
    for (let sel = 0; sel < 30; sel++) {
      const top = sidebarTop(sel, 30, 7);
      expect(sel).toBeGreaterThanOrEqual(top);
      expect(sel).toBeLessThan(top + 7);
      expect(top + 7).toBeLessThanOrEqual(30);
    }
  });

  it('statusText is exactly the width, dropping hints before the place', () => {
    for (const w of [10, 20, 40, 100]) {
      const s = statusText({ place: '12/15 中国关系', message: 'copied 40 characters', right: '42%', hint: '? help' }, w, 'narrow');
      expect(displayWidth(s)).toBe(w);
    }
    expect(statusText({ place: '1/15 元首外交', right: '7%', hint: '? help' }, 20, 'narrow')).toContain('元首外交');
  });

  it('a result row marks the matched characters, astral ones included, within the snippet', () => {
    const text = '前面很长很长很长很长很长的铺垫，然后是𠮷野家和小院高墙，后面还有很长很长很长很长的话。';
    const a = text.indexOf('𠮷');
    const hit: Hit = { kind: 'answer', topic: 7, label: '科技创新', text, ranges: [[a, a + 3]], score: 0, pos: null, length: 0 };
    for (const width of [24, 40, 80]) {
      const row = resultRow(hit, width, { ambiguous: 'narrow', fullWidthPunctuation: true });
      expect(displayWidth(row.text)).toBeLessThanOrEqual(width);
      expect(row.text.startsWith('答 ')).toBe(true);
      const marked = row.spans.filter((s) => s.style === 'highlight').map((s) => row.text.slice(s.start, s.end));
      expect(marked).toEqual(['𠮷野']);
    }
  });

  it('the search line keeps the end of a long query and puts the cursor after it', () => {
    const search = { query: '一二三四五六七八九十一二三四五六七八九十', scope: 'all' as const, hits: [], sel: 0 };
    const line = searchLine(search, 30, 'narrow');
    expect(displayWidth(line.text)).toBe(30);
    expect(line.text).toContain('九十');
    expect(line.cursor).toBeLessThan(30);
    expect(line.cursor).toBe(displayWidth(line.text.trimEnd().replace(/\s*\[.*$/, '')));
  });
});

describe('odd transcripts', () => {
  it('an empty transcript still draws a frame and takes keys', async () => {
    const t: Transcript = { title: '', topics: [], quotes: [], notes: [], repairs: [] };
    const { stdin, lastFrame } = render(<App transcript={t} name="x" ambiguous="narrow" color={false} />);
    await tick();
    expect(lastFrame()).toContain('概览');
    for (const k of [']', ']', '1', 'j', '/', 'a', '\r', '\x1b']) {
      stdin.write(k);
      await tick();
    }
    // A lone Esc waits a turn of the event loop for a possible escape sequence.
    await tick();
    expect(lastFrame()).toContain('金句');
    expect(lastFrame()).toContain('no pull quotes');
  });
});
