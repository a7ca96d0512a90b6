import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASTE, PASTE_BEGIN, PASTE_END, PasteAssembler } from '../../src/ui/paste.js';
import { type Action, initialState, reduce } from '../../src/ui/state/index.js';
import { makeEnv, smallTranscript } from './fixtures.js';

/** Feeds events; returns what reached the key handler and the pastes, in order. */
function feed(events: string[]): (string | { paste: string })[] {
  const a = new PasteAssembler();
  const out: (string | { paste: string })[] = [];
  for (const e of events) {
    const step = a.feed(e);
    if (step.kind === 'key') out.push(e);
    if (step.kind === 'paste') out.push({ paste: step.text });
  }
  return out;
}

describe('PasteAssembler', () => {
  it('keys outside a paste are keys; a paste is one text, its newlines and letters included', () => {
    expect(feed(['/', PASTE_BEGIN, '芬太尼\r中美 G q', PASTE_END, 'x'])).toEqual(['/', { paste: '芬太尼\r中美 G q' }, 'x']);
  });

  it('a paste arriving in several events is joined; escape sequences inside it are dropped', () => {
    expect(feed([PASTE_BEGIN, 'ab', '\x1b[31m', 'cd', '\x1b', 'e', PASTE_END])).toEqual([{ paste: 'abcde' }]);
  });

  it('an empty paste is an empty text; an end marker outside a paste is a key like any other', () => {
    expect(feed([PASTE_BEGIN, PASTE_END, PASTE_END])).toEqual([{ paste: '' }, PASTE_END]);
  });

  it('keeps at most MAX_PASTE units and never half a character', () => {
    const a = new PasteAssembler();
    a.feed(PASTE_BEGIN);
    a.feed('x'.repeat(MAX_PASTE - 1));
    a.feed('😀😀');
    const step = a.feed(PASTE_END);
    expect(step).toEqual({ kind: 'paste', text: 'x'.repeat(MAX_PASTE - 1) });
  });

  it('flush ends a paste whose end never came', () => {
    const a = new PasteAssembler();
    expect(a.flush()).toBeUndefined();
    a.feed(PASTE_BEGIN);
    a.feed('abc');
    expect(a.pasting).toBe(true);
    expect(a.flush()).toBe('abc');
    expect(a.pasting).toBe(false);
    expect(a.feed('q')).toEqual({ kind: 'key' });
  });

  it('whatever the events, nothing between the markers reaches the key handler', () => {
    const event = fc.oneof(fc.string(), fc.constantFrom('q', '\r', '\x1b[A', '\x1b', '\x03'));
    fc.assert(
      fc.property(fc.array(event), fc.array(event), fc.array(event), (before, inside, after) => {
        const body = inside.filter((e) => e !== PASTE_BEGIN && e !== PASTE_END);
        const out = feed([...before.filter((e) => e !== PASTE_BEGIN), PASTE_BEGIN, ...body, PASTE_END, ...after.filter((e) => e !== PASTE_BEGIN)]);
        const pastes = out.filter((o) => typeof o !== 'string');
        expect(pastes).toHaveLength(1);
        expect(out.filter((o) => typeof o === 'string')).toEqual([...before.filter((e) => e !== PASTE_BEGIN), ...after.filter((e) => e !== PASTE_BEGIN)]);
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});

describe("the reducer's paste", () => {
  const env = makeEnv(smallTranscript());
  const paste = (text: string): Action => ({ type: 'paste', text });

  it('in the search line: typed as text, line ends as spaces, controls dropped', () => {
    const { state: s, effects } = reduce(reduce(initialState(), { type: 'command', command: 'search' }, env).state, paste('芬太尼\r\n中美 G\tq\x07'), env);
    expect(s.mode).toBe('search');
    expect(s.search.query).toBe('芬太尼 中美 G q');
    expect(effects).toEqual([{ type: 'search', query: '芬太尼 中美 G q', scope: 'all' }]);
  });

  it('elsewhere: no command runs, a status says where pastes go', () => {
    for (const mode of ['normal', 'help', 'repairs'] as const) {
      const before = { ...initialState(), mode };
      const { state: s, effects } = reduce(before, paste('q\rG]]3\r'), env);
      expect(s).toEqual(before);
      expect(effects).toEqual([{ type: 'status', text: 'a paste goes into the search line: press / first' }]);
    }
  });
});
