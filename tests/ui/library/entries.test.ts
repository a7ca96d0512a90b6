import { describe, expect, it } from 'vitest';
import { filterEntries, listRows, rowOfEntry, type Entry } from '../../../src/ui/library/entries.js';

const entry = (date: string | undefined, title: string, answerers: string[] = [], file = `${title}.txt`): Entry => ({
  file,
  path: `/lib/${file}`,
  ...(date ? { date } : {}),
  meta: { title, answerers, askers: [], questions: 1, topics: 1 },
});

const ENTRIES = [
  entry('2020-04-29', '2020年4月29日外交部发言人耿爽主持例行记者会', ['耿爽']),
  entry('2019-02-28', '2019年2月28日外交部发言人陆慷主持例行记者会', ['陆慷']),
  entry('2019-02-11', '2019年2月11日外交部发言人华春莹主持例行记者会', ['华春莹']),
  entry('2018-06-01', '2018年6月1日外交部发言人华春莹主持例行记者会', ['华春莹']),
  entry(undefined, '外交部发言人华春莹答记者问', ['华春莹'], 'mfa-t1394463.txt'),
];

describe('library list', () => {
  it.each([
    ['2019-02', [1, 2]],
    ['2019', [1, 2]],
    ['华春莹', [2, 3, 4]],
    ['华春莹 2019', [2]],
    ['华春莹例行', [2, 3]],
    ['答记者问', [4]],
    ['undated', [4]],
    ['t1394463', [4]],
    ['', [0, 1, 2, 3, 4]],
    ['王毅', []],
  ])('filter %s', (filter, expected) => {
    expect(filterEntries(ENTRIES, filter)).toEqual(expected.map((i) => ENTRIES[i]));
  });

  it('rows: a heading per year with its count, entries in order, then what was skipped', () => {
    const rows = listRows(ENTRIES, [{ file: 'x.bin', reason: 'binary' }]);
    expect(rows.map((r) => (r.kind === 'year' ? `${r.year}:${r.count}` : r.kind === 'entry' ? r.index : r.kind))).toEqual([
      '2020:1',
      0,
      '2019:2',
      1,
      2,
      '2018:1',
      3,
      'undated:1',
      4,
      'skipped',
      'skippedFile',
    ]);
    expect(rowOfEntry(rows, 3)).toBe(6);
  });
});
