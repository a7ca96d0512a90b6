import { describe, expect, it } from 'vitest';
import { markCitation, marksJson, marksMarkdown, marksText } from '../../src/commands/marks.js';
import type { Mark } from '../../src/store/marks.js';

const m: Mark = {
  id: 'a',
  created: '2026-11-28T05:00:00.000Z',
  note: '导语用',
  transcript: {
    hash: 'h',
    name: '2025-03-07-wang-yi-press-conference.txt',
    title: '今年元首外交将迎来新的高光时刻',
    date: '2025-03-07',
    event: '十四届全国人大三次会议记者会',
    source: '据新华社',
  },
  topic: 1,
  topicLabel: '元首外交',
  turn: 1,
  para: 0,
  start: 0,
  end: 15,
  text: '元首外交是中国外交的最高形式。',
  speaker: '王毅',
};

describe('presser marks output', () => {
  it('cites speaker, event, date and source', () => {
    expect(markCitation(m)).toBe('王毅，十四届全国人大三次会议记者会，2025-03-07，据新华社');
    const { event: _e, ...noEvent } = m.transcript;
    expect(markCitation({ ...m, transcript: noEvent })).toBe('王毅，《今年元首外交将迎来新的高光时刻》，2025-03-07，据新华社');
  });

  it('Markdown: a blockquote with its citation, the note, the place', () => {
    expect(marksMarkdown([m])).toBe(
      [
        '> 元首外交是中国外交的最高形式。',
        '>',
        '> —— 王毅，十四届全国人大三次会议记者会，2025-03-07，据新华社',
        '',
        'Note: 导语用',
        '',
        '<sub>2025-03-07-wang-yi-press-conference.txt · 1 元首外交</sub>',
        '',
      ].join('\n'),
    );
    expect(marksMarkdown([m, { ...m, id: 'b', note: undefined }]).split('\n---\n')).toHaveLength(2);
    expect(marksMarkdown([])).toBe('');
  });

  it('plain text and JSON', () => {
    expect(marksText([m])).toBe(
      '元首外交是中国外交的最高形式。\n—— 王毅，十四届全国人大三次会议记者会，2025-03-07，据新华社\nNote: 导语用\n(2025-03-07-wang-yi-press-conference.txt · 1 元首外交)\n',
    );
    expect(JSON.parse(marksJson([m]))).toEqual([{ ...m, citation: markCitation(m) }]);
  });
});
