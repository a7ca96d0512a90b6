import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../../src/ui/App.js';
import { initialState } from '../../../src/ui/state/index.js';
import { helpBlocks, overviewBlocks } from '../../../src/ui/pages.js';
import { sidebarLines } from '../../../src/ui/sidebarLines.js';
import { resultRow } from '../../../src/ui/components/SearchPanel.js';
import { segments } from '../../../src/ui/components/StyledRow.js';
import { paletteFor } from '../../../src/ui/theme.js';
import { markRow } from '../../../src/layout/page.js';
import { displayWidth } from '../../../src/text/width.js';
import { fakeClock } from '../../helpers/clock.js';
import type { Transcript } from '../../../src/transcript/model.js';
import { SEED_NAME, seedTranscript, smallTranscript, TestReader } from '../fixtures.js';
import { type } from '../typing.js';

/** Issue 13, navigation and messages. */

/** The small transcript with three sentences holding 关税 in topic 5's answer and one in topic 8's. */
function tariffs(): Transcript {
  const t = smallTranscript();
  t.topics[4]!.turns[1]!.paragraphs.push('关税甲在此。'.repeat(1) + '中间的话。'.repeat(20) + '关税乙在此。' + '中间的话。'.repeat(20) + '关税丙在此。');
  t.topics[7]!.turns[1]!.paragraphs.push('关税丁在此。');
  return t;
}

/** Many quotes: more than a screen of them. */
function manyQuotes(): Transcript {
  const t = smallTranscript();
  t.quotes = Array.from({ length: 9 }, (_, i) => ({ text: `金句${i + 1}在此。`, topic: i + 1 }));
  return t;
}

const reader = (t = smallTranscript(), opts: Parameters<typeof initialState>[0] = {}) => new TestReader(t, initialState({ columns: 80, rows: 12, ...opts }));

afterEach(() => cleanup());

describe('a walk through hits in one topic is one history step', () => {
  it('n n then one Backspace leaves the topic', () => {
    const r = reader(tariffs()).press(']', ']');
    expect(r.state.page).toBe(2);
    r.press('/').input('关税').press('enter');
    const first = r.state.page;
    // Walk to the other hits of the same topic.
    let walked = 0;
    while (walked < 5 && r.state.lastHits!.index < r.state.lastHits!.hits.length - 1) {
      const next = r.state.lastHits!.hits[r.state.lastHits!.index + 1]!;
      if (next.topic !== first) break;
      r.press('n');
      walked++;
    }
    expect(walked).toBeGreaterThanOrEqual(2);
    expect(r.state.page).toBe(first);
    r.press('backspace');
    expect(r.state.page).toBe(2);
  });
});

describe('a status message belongs to the moment it answers', () => {
  it('"this is the first page" goes with the next page', () => {
    const r = reader().press('[');
    expect(r.message).toMatch(/first page/);
    r.press(']');
    expect(r.message).toBeNull();
  });

  it('"hit 1/n" goes when another page opens; "copied" goes when a quote is opened', () => {
    const r = reader().press('/').input('结尾').press('enter');
    expect(r.message).toMatch(/^hit 1\//);
    r.press(']');
    expect(r.message).toBeNull();
    const q = reader();
    for (let i = 0; i < 13; i++) q.press(']');
    q.press('y');
    expect(q.message).toMatch(/copied/);
    q.press('enter');
    expect(q.state.page).toBe(3);
    expect(q.message).toBeNull();
  });
});

describe('the quotes page', () => {
  it('G selects the last quote, g the first', () => {
    const t = manyQuotes();
    const r = reader(t);
    for (let i = 0; i < 13; i++) r.press(']');
    expect(r.state.page).toBe(13);
    r.press('G');
    expect(r.state.quoteSel).toBe(t.quotes.length - 1);
    r.press('g');
    expect(r.state.quoteSel).toBe(0);
  });

  it('? says what j / k do there', () => {
    const text = helpBlocks(98)
      .map((b) => b.text)
      .join('\n');
    expect(text).toMatch(/quotes page: next quote/);
    expect(text).toMatch(/quotes page: the last quote/);
  });
});

describe('at start the focus is where the screen shows it', () => {
  it('the sidebar, selected in inverse, so j goes down the topics', async () => {
    const { stdin, lastFrame } = render(<App transcript={seedTranscript()} name={SEED_NAME} ambiguous="narrow" color={false} clock={fakeClock().clock} />);
    await type(stdin, 'j');
    expect(lastFrame()!.split('\n').at(-1)).toMatch(/^ 1\/15 /);
    await type(stdin, 'j', '\r', 'j');
    // Enter hands the keys to the reader: j scrolls topic 2, it does not move to topic 3.
    expect(lastFrame()!.split('\n').at(-1)).toMatch(/^ 2\/15 /);
  });

  it('] (or a topic number) opens a topic to read: j then scrolls it', () => {
    const r = new TestReader(smallTranscript(), initialState({ columns: 80, rows: 12, focus: 'sidebar' }));
    r.press('j');
    expect(r.state.page).toBe(1);
    r.press(']', 'j');
    expect(r.state.page).toBe(2);
    expect(r.top()).toBe(1);
    r.press('h', '5', 'j');
    expect(r.state.page).toBe(5);
    expect(r.top()).toBe(1);
  });
});

describe('the sidebar', () => {
  it('says how many topics are out of sight', () => {
    const t = seedTranscript();
    const lines = sidebarLines(t, { selected: 0, width: 20, height: 8, ambiguous: 'narrow' });
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)!.text).toMatch(/↓\d+ more/);
    const mid = sidebarLines(t, { selected: 9, width: 20, height: 8, ambiguous: 'narrow' });
    expect(mid.at(-1)!.text).toMatch(/↑\d+ ↓\d+ more/);
    expect(mid.some((l) => l.page === 9)).toBe(true);
    // Everything in sight: no such row.
    expect(sidebarLines(t, { selected: 0, width: 20, height: 30, ambiguous: 'narrow' }).some((l) => l.more)).toBe(false);
  });
});

describe('words and labels', () => {
  it('a label cut in the result list ends in an ellipsis', () => {
    const hit = {
      kind: 'answer' as const,
      topic: 4,
      label: '人类命运共同体',
      text: '构建人类命运共同体。',
      ranges: [[2, 4]] as [number, number][],
      score: 0,
      pos: null,
      length: 0,
    };
    const row = resultRow(hit, 50, { ambiguous: 'narrow', fullWidthPunctuation: true });
    expect(row.text).toMatch(/人类命运…/);
  });

  it('1 topic, 1 quote', () => {
    const t = smallTranscript();
    t.topics = t.topics.slice(0, 1);
    t.quotes = t.quotes.slice(0, 1);
    const text = overviewBlocks(t)
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('1 topic · 1 quote');
  });

  it('? help keeps its columns in the ambiguous-wide mode (← ↑ → ↓ take two columns there)', () => {
    for (const ambiguous of ['narrow', 'wide'] as const) {
      const blocks = helpBlocks(98, 'en', ambiguous);
      const width = (label: string) => displayWidth(blocks.find((b) => b.prefix?.startsWith(`${label} `))!.prefix!, { ambiguous });
      // The descriptions of the arrow rows start in the same column as the others'.
      expect(width('j ↓')).toBe(width('q'));
      expect(width('h ←')).toBe(width('q'));
      expect(width('l →')).toBe(width('q'));
    }
  });
});

describe('the matched characters stand out inside the sentence', () => {
  it('the highlight carries the match, as offsets in the paragraph', () => {
    const t = smallTranscript();
    const r = reader(t).press('/').input('金句7').press('enter');
    const h = r.state.highlight!;
    const para = t.topics[h.page - 1]!.turns[h.ref.turn]!.paragraphs[h.ref.para]!;
    expect(para.slice(h.start, h.end)).toBe('结尾7：金句7在此。');
    expect(h.matches!.map(([a, b]) => para.slice(a, b))).toEqual(['金句7']);
  });

  it('drawn: the sentence in inverse video, the match out of it, bold and underlined (without colour)', () => {
    const t = smallTranscript();
    const r = reader(t).press('/').input('金句7').press('enter');
    const h = r.state.highlight!;
    const row = r.rows().find((x) => x.ref.turn === h.ref.turn && x.ref.para === h.ref.para && x.start <= h.start && x.end >= h.end)!;
    const marked = markRow(markRow(row, h.ref, h.start, h.end, 'highlight'), h.ref, h.matches![0]![0], h.matches![0]![1], 'match');
    const segs = segments(marked.text, marked.spans, paletteFor(false));
    expect(segs.find((x) => x.text === '结尾7：')!.look).toMatchObject({ inverse: true });
    expect(segs.find((x) => x.text === '金句7')!.look).toMatchObject({ inverse: false, bold: true, underline: true });
    const colour = segments(marked.text, marked.spans, paletteFor(true));
    expect(colour.find((x) => x.text === '金句7')!.look).toMatchObject({ inverse: true, color: 'yellow' });
  });
});
