import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeHeader, PackedEntries, type PackColumns, type PackEntry, type PostingsRef } from '../../src/library/pack-header.js';
import { joinColumn, StringColumn } from '../../src/library/string-column.js';
import type { TranscriptMeta } from '../../src/library/meta.js';

const FORMAT = 7;
const END = 1_000_000;
const POSTINGS: PostingsRef = { table: [10, 20, 'ab'], docs: { offset: 0, length: 8, block: 16, sums: ['cd'] } };

/** The header as a pack stores it: through JSON, as a reader parses it. */
function stored(entries: PackEntry[]): PackColumns {
  return JSON.parse(JSON.stringify(encodeHeader({ format: FORMAT, version: 'v', key: 'k', written: 1, entries }, POSTINGS))) as PackColumns;
}

function read(h: unknown): PackedEntries {
  const r = PackedEntries.check(h, FORMAT, END);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

/** What a reader gives back for an entry: an error's entry keeps no meta or blob (as the writer in open.ts never gives it one). */
function expected(e: PackEntry): PackEntry {
  const { path, stat, hash } = e;
  return e.error !== undefined ? { path, stat, hash, error: e.error } : { path, stat, hash, meta: e.meta!, blob: e.blob! };
}

// No NUL in paths, digests, stat keys or dates (see string-column.ts); any other character is fair.
const noNul = (s: fc.Arbitrary<string>) => s.filter((x) => !x.includes('\0'));
const name = fc.constantFrom('华春莹', '耿爽', '陆慷', '路透社', '法新社', 'CNN', '');
const meta: fc.Arbitrary<TranscriptMeta> = fc
  .record({
    textDate: fc.option(noNul(fc.string({ minLength: 1 })), { nil: undefined }),
    title: fc.string(),
    event: fc.option(fc.oneof(fc.constant('外交部例行记者会'), fc.string()), { nil: undefined }),
    eventIsTitle: fc.boolean(),
    answerers: fc.array(name, { maxLength: 3 }),
    askers: fc.array(fc.oneof(name, fc.string()), { maxLength: 4 }),
    questions: fc.nat(),
    topics: fc.nat(),
  })
  .map(({ textDate, title, event, eventIsTitle, ...rest }) => ({
    ...(textDate !== undefined ? { textDate } : {}),
    title,
    ...(eventIsTitle ? { event: title } : event !== undefined ? { event } : {}),
    ...rest,
  }));
const entry: fc.Arbitrary<PackEntry> = fc
  .record({
    path: fc.tuple(fc.constantFrom('/lib/', '/lib/sub/', '/other/', '/lib/sub/deep/', '/'), noNul(fc.string({ minLength: 1 }))).map(([d, f]) => d + f),
    stat: fc.option(noNul(fc.string({ minLength: 1 })), { nil: null }),
    hash: noNul(fc.string()),
    kind: fc.oneof(
      fc.record({ error: fc.string({ minLength: 1 }) }),
      fc.record({ meta, blob: fc.tuple(fc.nat(END / 2), fc.nat(END / 2), noNul(fc.string({ minLength: 1 }))) }),
    ),
  })
  .map(({ kind, ...e }) => ({ ...e, ...kind }));

describe('pack header (by column)', () => {
  it('reads back every entry as written, and finds each by its path', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const got = read(stored(entries));
        expect(got.all()).toEqual(entries.map(expected));
        entries.forEach((e, i) => {
          expect(got.error(i)).toBe(e.error);
          expect(got.meta(i)).toEqual(e.error === undefined ? e.meta : undefined);
          if (e.stat !== null) expect(got.statIs(i, e.stat)).toBe(true);
          expect(got.statIs(i, `${e.stat ?? ''}x`)).toBe(false);
        });
        // In the order written, then in any order (each a path's first entry or another of the same path).
        for (const order of [entries.map((_, i) => i), entries.map((_, i) => entries.length - 1 - i)])
          for (const i of order) expect(got.path(got.indexOfPath(entries[i]!.path)!)).toBe(entries[i]!.path);
        expect(got.indexOfPath('/nowhere/at/all')).toBeUndefined();
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('keeps a meta field order and shares what repeats: an event equal to the title, names, the common directory', () => {
    const m: TranscriptMeta = { textDate: '2019-02-11', title: 'T', event: 'T', answerers: ['华春莹'], askers: ['路透社', '路透社'], questions: 2, topics: 1 };
    const h = stored([
      { path: '/lib/a/1.txt', stat: 's', hash: 'h1', meta: m, blob: [0, 1, 'x'] },
      { path: '/lib/b/2.txt', stat: null, hash: 'h2', error: 'looks like a binary file' },
    ]);
    expect(h.dir).toBe('/lib/');
    expect(h.strings).toEqual(['华春莹', '路透社']);
    expect(h.events).toEqual([-1, null]);
    expect(Object.keys(read(h).meta(0)!)).toEqual(['textDate', 'title', 'event', 'answerers', 'askers', 'questions', 'topics']);
  });

  it('a header whose checksum held but whose columns do not agree is malformed, never read', () => {
    const good = stored([
      { path: '/lib/1.txt', stat: 's', hash: 'h1', meta: { title: 'a', answerers: ['x'], askers: [], questions: 1, topics: 1 }, blob: [0, 5, 's1'] },
      { path: '/lib/2.txt', stat: null, hash: 'h2', error: 'no text' },
      {
        path: '/lib/3.txt',
        stat: 's3',
        hash: 'h3',
        meta: { title: 'c', event: 'e', answerers: [], askers: ['y'], questions: 0, topics: 0 },
        blob: [5, 5, 's3'],
      },
    ]);
    read(good);
    const arrays = (Object.keys(good) as (keyof PackColumns)[]).filter((k) => Array.isArray(good[k]));
    const strings = (Object.keys(good) as (keyof PackColumns)[]).filter((k) => typeof good[k] === 'string' && k !== 'version' && k !== 'key');
    const bad: [string, (h: Record<string, unknown>) => void][] = [
      ...arrays.map((k): [string, (h: Record<string, unknown>) => void] => [`${k} one short`, (h) => (h[k] as unknown[]).pop()]),
      ...arrays.map((k): [string, (h: Record<string, unknown>) => void] => [`${k} one long`, (h) => (h[k] as unknown[]).push(0)]),
      ...arrays.map((k): [string, (h: Record<string, unknown>) => void] => [`${k} holding an object`, (h) => ((h[k] as unknown[])[0] = {})]),
      ...strings
        .filter((k) => k !== 'dir')
        .map((k): [string, (h: Record<string, unknown>) => void] => [`${k} one value short`, (h) => (h[k] = (h[k] as string).replace(/[^\0]*\0$/, ''))]),
      ...strings
        .filter((k) => k !== 'dir')
        .map((k): [string, (h: Record<string, unknown>) => void] => [`${k} one value long`, (h) => (h[k] = `${h[k] as string}x\0`)]),
      ...strings.map((k): [string, (h: Record<string, unknown>) => void] => [`${k} not a string`, (h) => (h[k] = 1)]),
      ['format', (h) => (h.format = FORMAT + 1)],
      ['version', (h) => (h.version = 2)],
      ['postings outside the data', (h) => ((h.postings as PostingsRef).table[0] = END)],
      ['a blob outside the data', (h) => ((h.offsets as number[])[0] = END)],
      ['a negative length', (h) => ((h.lengths as number[])[2] = -1)],
      ['a fractional count', (h) => ((h.questions as number[])[0] = 0.5)],
      ['a name outside the table', (h) => ((h.names as number[])[0] = 99)],
      ['an event outside the table', (h) => ((h.events as number[])[2] = 99)],
      ['an event of a bad kind', (h) => ((h.events as number[])[2] = -2)],
      ['names that do not add up', (h) => ((h.answerers as number[])[0] = 2)],
      ['an entry without a blob', (h) => ((h.offsets as (number | null)[])[0] = null)],
      ['an entry without a sum', (h) => (h.sums = joinColumn(['', '', 's3']))],
      ['an entry without a title', (h) => ((h.titles as (string | null)[])[2] = null)],
      ['an error with a title', (h) => ((h.titles as (string | null)[])[1] = 't')],
      ['an error with a date', (h) => (h.dates = joinColumn(['', '2019', '']))],
      ['an error with a blob', (h) => ((h.offsets as (number | null)[])[1] = 0)],
      ['an error with names', (h) => ((h.askers as number[])[1] = 1)],
      ['an empty error', (h) => ((h.errors as (string | null)[])[1] = '')],
      ['not an object', (h) => Object.keys(h).forEach((k) => delete h[k])],
    ];
    for (const [what, spoil] of bad) {
      const h = structuredClone(good) as unknown as Record<string, unknown>;
      spoil(h);
      expect(typeof PackedEntries.check(h, FORMAT, END), what).toBe('string');
    }
    expect(typeof PackedEntries.check(null, FORMAT, END)).toBe('string');
    expect(typeof PackedEntries.check([], FORMAT, END)).toBe('string');
  });
});

describe('string column', () => {
  it('gives back each value, and takes only a string of exactly its number of values', () => {
    fc.assert(
      fc.property(fc.array(noNul(fc.string())), (values) => {
        const text = joinColumn(values);
        const col = StringColumn.of(text, values.length)!;
        expect(values.map((_, i) => col.get(i))).toEqual(values);
        values.forEach((v, i) => {
          expect(col.is(i, v)).toBe(true);
          expect(col.is(i, `${v}\0`)).toBe(false);
          expect(col.empty(i)).toBe(v === '');
        });
        expect(StringColumn.of(text, values.length + 1)).toBeNull();
        expect(StringColumn.of(`${text}x`, values.length)).toBeNull();
        if (values.length > 0) expect(StringColumn.of(text, values.length - 1)).toBeNull();
      }),
      { seed: 5 },
    );
    expect(() => joinColumn(['a\0b'])).toThrow();
    expect(StringColumn.of(3, 0)).toBeNull();
  });
});
