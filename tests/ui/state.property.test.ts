import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Action, initialState, reduce, topLine } from '../../src/ui/state.js';
import { pageCount } from '../../src/ui/pages.js';
import { makeEnv, smallTranscript } from './fixtures.js';

const NAMES = ['j', 'k', 'h', 'l', 'tab', ']', '[', '0', '1', '2', '5', '9', 'space', 'b', 'ctrl-d', 'ctrl-u', 'g', 'G', 'backspace', 'L', 'enter', 'y', '/', 'n', 'N', '?', 'r', 'esc', 's', 'a', 'p', 'down', 'up', 'x', '话'];
const keyArb = fc.constantFrom(...NAMES).map((name): Action => ({ type: 'key', name, input: name.length === 1 || /\p{Script=Han}/u.test(name) ? name : '' }));
const actionArb = fc.oneof({ weight: 9, arbitrary: keyArb }, { weight: 1, arbitrary: fc.constant<Action>({ type: 'digitTimeout' }) });

const t = smallTranscript();
const RUNS = { numRuns: 150, seed: 20250307 };

describe('navigation invariants', () => {
  it('any key sequence keeps page, selections and scroll in range', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), fc.integer({ min: 8, max: 90 }), fc.integer({ min: 1, max: 30 }), (actions, width, height) => {
        const env = makeEnv(t, { width, height });
        let s = initialState();
        for (const a of actions) {
          if (s.quit !== null) break;
          s = reduce(s, a, env);
          expect(s.page).toBeGreaterThanOrEqual(0);
          expect(s.page).toBeLessThan(pageCount(t));
          expect(s.quoteSel).toBeGreaterThanOrEqual(0);
          expect(s.quoteSel).toBeLessThan(Math.max(1, t.quotes.length));
          expect(['normal', 'help', 'search', 'repairs']).toContain(s.mode);
          if (s.search.hits.length) expect(s.search.sel).toBeLessThan(s.search.hits.length);
          const top = topLine(s, env, s.page);
          expect(top).toBeGreaterThanOrEqual(0);
          expect(top).toBeLessThanOrEqual(Math.max(0, env.rows(s.page).length - height));
          expect(s.back.length).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('back then forward returns to the same page and top row', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const env = makeEnv(t, { width: 30, height: 8 });
        let s = initialState();
        for (const a of actions) s = reduce(s, a, env);
        if (s.quit !== null || s.mode !== 'normal' || s.back.length === 0) return;
        s = { ...s, digits: '' };
        const page = s.page;
        const top = topLine(s, env, page);
        const there = reduce(reduce(s, { type: 'key', name: 'backspace', input: '' }, env), { type: 'key', name: 'L', input: 'L' }, env);
        expect(there.page).toBe(page);
        expect(topLine(there, env, page)).toBe(top);
      }),
      RUNS,
    );
  });

  it('a reading position survives any width change: same paragraph, the anchored character on the top row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 6, max: 120 }), fc.integer({ min: 6, max: 120 }), (topic, lines, w1, w2) => {
        const height = 5;
        const e1 = makeEnv(t, { width: w1, height });
        let s = reduce(initialState(), { type: 'select', page: topic }, e1);
        for (let i = 0; i < lines; i++) s = reduce(s, { type: 'key', name: 'j', input: 'j' }, e1);
        const anchor = s.anchors[topic];
        const e2 = makeEnv(t, { width: w2, height });
        const rows2 = e2.rows(topic);
        const top2 = topLine(s, e2, topic);
        expect(top2).toBeLessThan(rows2.length);
        if (!anchor) {
          expect(top2).toBe(0);
          return;
        }
        const clamped = top2 === Math.max(0, rows2.length - height);
        const row = rows2[top2]!;
        if (!clamped) {
          expect(row.ref).toEqual({ turn: anchor.turn, para: anchor.para });
          if (anchor.offset >= 0) {
            expect(row.start).toBeLessThanOrEqual(anchor.offset);
            expect(row.end).toBeGreaterThan(anchor.offset);
          }
        }
      }),
      RUNS,
    );
  });
});
