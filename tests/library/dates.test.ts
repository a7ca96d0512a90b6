import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inRange, isoDate, parseDateRange, periodBounds } from '../../src/library/dates.js';

describe('dates', () => {
  it.each([
    [2019, 2, 11, '2019-02-11'],
    [2020, 2, 29, '2020-02-29'],
    [2019, 2, 29, undefined],
    [2019, 13, 1, undefined],
    [2019, 4, 31, undefined],
    [999, 1, 1, undefined],
  ])('isoDate(%i, %i, %i) = %s', (y, m, d, iso) => {
    expect(isoDate(y, m, d)).toBe(iso);
  });

  it.each([
    ['2019', { from: '2019-01-01', to: '2019-12-31' }],
    ['2019-02', { from: '2019-02-01', to: '2019-02-28' }],
    ['2020-2', { from: '2020-02-01', to: '2020-02-29' }],
    ['2019-02-11', { from: '2019-02-11', to: '2019-02-11' }],
    ['2019-02-30', undefined],
    ['19', undefined],
    ['spring', undefined],
  ])('periodBounds(%s)', (text, bounds) => {
    expect(periodBounds(text)).toEqual(bounds);
  });

  it.each([
    ['2018-03..2019-06', { from: '2018-03-01', to: '2019-06-30' }],
    ['..2017', { to: '2017-12-31' }],
    ['2019..', { from: '2019-01-01' }],
    ['..', undefined],
    ['2018..x', undefined],
    ['2018..2019..2020', undefined],
  ])('parseDateRange(%s)', (text, range) => {
    expect(parseDateRange(text)).toEqual(range);
  });

  it('a day is in the range of its own year, month and day, and undated is in none', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        for (const period of [iso.slice(0, 4), iso.slice(0, 7), iso]) expect(inRange(iso, parseDateRange(period)!)).toBe(true);
        expect(inRange(undefined, parseDateRange(iso.slice(0, 4))!)).toBe(false);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
