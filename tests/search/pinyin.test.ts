import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { match, pinyin } from 'pinyin-pro';
import { PinyinIndex } from '../../src/search/pinyin/index.js';
import { buildUnits } from '../../src/search/units.js';
import { seed } from './fixtures.js';

const texts = buildUnits(seed()).map((u) => u.norm);
const index = new PinyinIndex({ pinyin: pinyin as never }, texts);

const scan = (term: string, ids: number[] | null) => {
  const out = new Map<number, number>();
  index.scan(
    term,
    ids,
    () => false,
    (id, q) => out.set(id, q),
  );
  return out;
};

describe('PinyinIndex', () => {
  it.each([
    ['xygq', '小院高墙'],
    ['xiaoyuangaoqiang', '小院高墙'],
    ['xiaoyuang', '小院高'],
    ['piyingxi', '皮影戏'],
    ['zgr', '中国人'],
    ['zhgr', '中国人'],
    ['lvse', '绿色'],
  ])('%s spells %s', (term, want) => {
    const text = `前面${want}后面`;
    const one = new PinyinIndex({ pinyin: pinyin as never }, [text]);
    const m = one.match(0, term);
    expect(m).not.toBeNull();
    expect(m!.ranges.map(([s, e]) => text.slice(s, e)).join('')).toBe(want);
  });

  it('costs nothing for full syllables, more for initials, more again for gaps', () => {
    const one = new PinyinIndex({ pinyin: pinyin as never }, ['小院的高墙', '小院高墙']);
    const full = one.match(1, 'xiaoyuangaoqiang')!;
    const initials = one.match(1, 'xygq')!;
    const gap = one.match(0, 'xygq')!;
    expect(full.cost).toBe(0);
    expect(initials.cost).toBeGreaterThan(full.cost);
    expect(gap.cost).toBeGreaterThan(initials.cost);
  });

  it('allows no gaps in terms shorter than four letters', () => {
    const one = new PinyinIndex({ pinyin: pinyin as never }, ['小的院']);
    expect(one.match(0, 'xy')).toBeNull();
    expect(one.match(0, 'xdy')).not.toBeNull();
  });

  it('walking start positions over the corpus finds what scanning unit by unit finds', () => {
    const syllables = [
      ...new Set(
        texts
          .join('')
          .match(/\p{Script=Han}/gu)!
          .slice(0, 400)
          .map((c) => pinyin(c, { toneType: 'none' })),
      ),
    ];
    const term = fc
      .array(fc.tuple(fc.constantFrom(...syllables), fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((ps) => ps.map(([s, initial]) => (initial ? s[0]! : s)).join(''))
      .filter((t) => t.length >= 2);
    fc.assert(
      fc.property(term, fc.nat(texts.length - 16), (t, from) => {
        const subset = Array.from({ length: 15 }, (_, k) => from + k); // small: unit by unit
        const all = scan(t, null); // whole corpus: start positions
        const some = scan(t, subset);
        for (const id of subset) expect(some.get(id)).toBe(all.get(id));
        const everyId = Array.from(texts, (_, k) => k); // large restriction: start positions again
        expect([...scan(t, everyId)]).toEqual([...all]);
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it("is reentrant: a scan inside another scan's callback changes neither", () => {
    const alone = scan('zhongguo', null);
    const nested = new Map<number, number>();
    index.scan(
      'zhongguo',
      null,
      () => false,
      (id, q) => {
        nested.set(id, q);
        expect(index.match(id, 'xygq')?.cost ?? null).toBe(index.match(id, 'xygq')?.cost ?? null);
        scan('gaoqiang', null);
      },
    );
    expect([...nested]).toEqual([...alone]);
    expect(alone.size).toBeGreaterThan(0);
  });
});

/** Runs of Chinese characters from the seed, 2-5 long, without ü (typed u or v here, only v by pinyin-pro). */
const runs = [...new Set(texts.join('').match(/\p{Script=Han}{2,5}/gu)!)].filter(
  (r) => !pinyin(r, { multiple: true, type: 'array', toneType: 'none', v: true }).join('').includes('v'),
);
const readingsOf = (c: string) => pinyin(c, { multiple: true, type: 'array', toneType: 'none' });

describe("pinyin matching against pinyin-pro's own match()", () => {
  it('finds every spelling pinyin-pro finds: full syllables, initials, a half-typed last syllable', () => {
    // A run and a spelling of it: per character any of its readings, in full or by its first
    // letter; the last one possibly cut short.
    const spelt = fc.constantFrom(...runs).chain((run) =>
      fc
        .tuple(...Array.from(run, (c) => fc.tuple(fc.constantFrom(...readingsOf(c)), fc.constantFrom<'full' | 'initial'>('full', 'initial'))), fc.nat(5))
        .map(([...parts]) => {
          const cut = parts.pop() as number;
          const pieces = (parts as [string, 'full' | 'initial'][]).map(([r, how]) => (how === 'full' ? r : r[0]!));
          const last = pieces.length - 1;
          pieces[last] = pieces[last]!.slice(0, Math.max(1, pieces[last]!.length - cut));
          return { run, term: pieces.join('') };
        }),
    );
    let compared = 0;
    fc.assert(
      fc.property(spelt, ({ run, term }) => {
        if (term.length < 2 || !match(run, term, { continuous: true })) return;
        compared++;
        const ours = new PinyinIndex({ pinyin: pinyin as never }, [run]).match(0, term);
        expect(ours, `${term} in ${run}`).not.toBeNull();
      }),
      { seed: 21, numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(200);
  });

  it('everything it finds without skipping a character, pinyin-pro finds too (each character by a prefix of a reading)', () => {
    // Terms near real spellings: per character one of its readings in full, its initial or another
    // prefix of it; sometimes one letter changed, sometimes over another run.
    const term = fc.constantFrom(...runs).chain((run) =>
      fc
        .tuple(
          ...Array.from(run, (c) => fc.tuple(fc.constantFrom(...readingsOf(c)), fc.nat(5))),
          fc.option(fc.tuple(fc.nat(20), fc.constantFrom(...'abcdefghijklmnopqrstuwxyz')), { nil: undefined }),
        )
        .map(([...parts]) => {
          const change = parts.pop() as [number, string] | undefined;
          let t = (parts as [string, number][]).map(([r, k]) => r.slice(0, k % 3 === 0 ? r.length : k % 3 === 1 ? 1 : 1 + (k % r.length))).join('');
          if (change) t = t.slice(0, change[0] % t.length) + change[1] + t.slice((change[0] % t.length) + 1);
          return { source: run, t };
        })
        .filter(({ t }) => t.length >= 2),
    );
    let compared = 0;
    fc.assert(
      fc.property(term, fc.boolean(), ({ source, t }, own) => {
        const run = own ? source : runs[(runs.indexOf(source) + 1) % runs.length]!;
        const ours = new PinyinIndex({ pinyin: pinyin as never }, [run]).match(0, t);
        if (!ours) return;
        const [from, to] = [ours.ranges[0]![0], ours.ranges.at(-1)![1]];
        if (to - from !== ours.ranges.length) return; // a skipped character: pinyin-pro has no such match
        compared++;
        expect(match(run.slice(from, to), t, { precision: 'start', continuous: true }), `${t} in ${run.slice(from, to)}`).not.toBeNull();
      }),
      { seed: 22, numRuns: 2000 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
