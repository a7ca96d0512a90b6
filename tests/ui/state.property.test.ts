import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type Action, initialState, reduce, rowsOf, topLine } from '../../src/ui/state/index.js';
import { pageCount } from '../../src/ui/pages.js';
import { key, makeEnv, smallTranscript, terminal } from './fixtures.js';

const NAMES = [
  'j',
  'k',
  'h',
  'l',
  'tab',
  ']',
  '[',
  '0',
  '1',
  '2',
  '5',
  '9',
  'space',
  'b',
  'ctrl-d',
  'ctrl-u',
  'g',
  'G',
  'backspace',
  'L',
  'enter',
  'y',
  '/',
  'n',
  'N',
  '?',
  'r',
  'esc',
  's',
  'a',
  'p',
  'down',
  'up',
  'x',
  '话',
];
const keyArb = fc.constantFrom(...NAMES).map(key);
const actionArb = fc.oneof({ weight: 9, arbitrary: keyArb }, { weight: 1, arbitrary: fc.constant<Action>({ type: 'digitTimeout' }) });

const t = smallTranscript();
const RUNS = { numRuns: 150, seed: 20250307 };

describe('navigation invariants', () => {
  it('any key sequence keeps page, selections and scroll in range', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 60 }), fc.integer({ min: 8, max: 90 }), fc.integer({ min: 1, max: 30 }), (actions, width, height) => {
        const env = makeEnv(t);
        let s = initialState(terminal(width, height));
        for (const a of actions) {
          const next = reduce(s, a, env);
          if (next.effects.some((e) => e.type === 'quit')) break;
          s = next.state;
          expect(s.page).toBeGreaterThanOrEqual(0);
          expect(s.page).toBeLessThan(pageCount(t));
          expect(s.quoteSel).toBeGreaterThanOrEqual(0);
          expect(s.quoteSel).toBeLessThan(Math.max(1, t.quotes.length));
          if (s.search.hits.length) expect(s.search.sel).toBeLessThan(s.search.hits.length);
          const top = topLine(s, env, s.page);
          expect(top).toBeGreaterThanOrEqual(0);
          expect(top).toBeLessThanOrEqual(Math.max(0, rowsOf(s, env, s.page).length - height));
          expect(s.back.length).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('back then forward returns to the same page and top row', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const env = makeEnv(t);
        let s = initialState(terminal(30, 8));
        for (const a of actions) s = reduce(s, a, env).state;
        if (s.mode !== 'normal' || s.back.length === 0) return;
        s = { ...s, digits: '' };
        const page = s.page;
        const top = topLine(s, env, page);
        const there = reduce(reduce(s, key('backspace'), env).state, key('L'), env).state;
        expect(there.page).toBe(page);
        expect(topLine(there, env, page)).toBe(top);
      }),
      RUNS,
    );
  });

  it('a reading position survives any width change: same paragraph, the anchored character on the top row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 6, max: 120 }),
        fc.integer({ min: 6, max: 120 }),
        (topic, lines, w1, w2) => {
          const height = 5;
          const env = makeEnv(t);
          let s = reduce(initialState(terminal(w1, height)), { type: 'select', page: topic }, env).state;
          for (let i = 0; i < lines; i++) s = reduce(s, key('j'), env).state;
          const anchor = s.anchors[topic];
          s = reduce(s, { type: 'resize', ...terminal(w2, height) }, env).state;
          const rows2 = rowsOf(s, env, topic);
          const top2 = topLine(s, env, topic);
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
        },
      ),
      RUNS,
    );
  });
});
