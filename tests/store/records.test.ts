import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/store/atomic.js';
import { RecordDir } from '../../src/store/records.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'presser-records-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const asNumber = (v: unknown) => (v && typeof v === 'object' && typeof (v as { n: unknown }).n === 'number' ? (v as { n: number }) : null);

describe('writeFileAtomic', () => {
  it('replaces the content whole and leaves no temporary file', () => {
    const f = join(dir, 'a', 'b.json');
    writeFileAtomic(f, 'one');
    writeFileAtomic(f, 'two');
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'a'))).toEqual(['b.json']);
  });

  it('throws the file system error when the place cannot be written, leaving nothing behind', () => {
    const file = join(dir, 'plain');
    writeFileSync(file, 'x');
    expect(() => writeFileAtomic(join(file, 'under-a-file.json'), 'y')).toThrow(/ENOTDIR|EEXIST/);
    expect(readdirSync(dir)).toEqual(['plain']);
  });
});

describe('RecordDir', () => {
  const at = new Date('2026-11-28T05:30:00.000Z');
  const records = () => new RecordDir(join(dir, 'r'), asNumber, () => at);

  it('puts, lists, gets and removes records', () => {
    const r = records();
    r.put('a', { n: 1 });
    r.put('b', { n: 2 });
    expect([...r.list().records]).toEqual([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
    ]);
    r.remove('a');
    r.remove('missing');
    expect(r.get('a')).toEqual({});
    expect(r.get('b').record).toEqual({ n: 2 });
  });

  it.each([
    ['a truncated write', '{"n": 1'],
    ['a record of another kind', '{"q": "x"}'],
    ['binary garbage', '\u0000\u0001\u00ff'],
  ])('moves %s aside with the time in its name, reports it, and goes on', (_, content) => {
    const r = records();
    r.put('good', { n: 1 });
    writeFileSync(join(dir, 'r', 'bad.json'), content);
    const { records: found, problems } = r.list();
    expect([...found.keys()]).toEqual(['good']);
    expect(problems).toEqual([
      { file: join(dir, 'r', 'bad.json'), reason: expect.any(String), keptAs: join(dir, 'r', 'bad.json.corrupt-2026-11-28T05-30-00-000Z') },
    ]);
    expect(readFileSync(problems[0]!.keptAs!, 'utf8')).toBe(content);
    expect(existsSync(join(dir, 'r', 'bad.json'))).toBe(false);
    expect(r.list().problems).toEqual([]);
  });

  it('ignores files that are not records (temporary files of a write in progress)', () => {
    const r = records();
    r.put('a', { n: 1 });
    writeFileSync(join(dir, 'r', 'a.json.123.abcd.tmp'), '{"n"');
    expect(r.list()).toEqual({ records: new Map([['a', { n: 1 }]]), problems: [] });
  });

  it('refuses an id that is not a plain name', () => {
    expect(() => records().put('../escape', { n: 1 })).toThrow(/not a record id/);
  });
});
