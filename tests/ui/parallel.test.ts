// The parallel view's pure core: `v` asks for the other version as an effect (the reducer never
// aligns), the topic's rows beside it once it is there — side by side from 160 terminal columns,
// stacked below — with anchors that keep growing, unpaired parts marked, unsure pairs noted; search
// in both versions, a hit in the other one opening where it shows; `y` copying both versions.
import { describe, expect, it } from 'vitest';
import { alignPair } from '../../src/commands/align.js';
import { compareAnchors, rowAnchor } from '../../src/layout/page.js';
import type { ParallelPair } from '../../src/layout/parallel-topic.js';
import { displayWidth } from '../../src/text/width.js';
import { openTranscript } from '../../src/transcript/open.js';
import { initialState, rowsOf, topLine, viewOf, type State } from '../../src/ui/state/index.js';
import { NO_COUNTERPART } from '../../src/ui/runtime.js';
import { key, makeEnv, reduceAll } from './fixtures.js';
import { initialLibraryState, reduceLibrary } from '../../src/ui/library/state.js';
import { placeLabel } from '../../src/ui/components/StatusLine.js';

const ZH = openTranscript('tests/fixtures/bilingual/briefing-zh.txt');
const EN = openTranscript('tests/fixtures/bilingual/briefing-en.txt');
const aligned = alignPair(ZH, EN);

/** The pair seen from the Chinese version (or from the English one). */
function pairFrom(side: 'zh' | 'en'): ParallelPair {
  return side === 'zh'
    ? { primary: ZH.transcript, other: EN.transcript, side, alignment: aligned.alignment }
    : { primary: EN.transcript, other: ZH.transcript, side, alignment: aligned.alignment };
}

const zhEnv = { ...makeEnv(ZH.transcript), name: ZH.name };
const enEnv = { ...makeEnv(EN.transcript), name: EN.name };

/** A reader at topic `page`, the view asked for and the other version delivered. */
function parallelReader(columns: number, rows: number, page = 2, side: 'zh' | 'en' = 'zh', ambiguous: 'narrow' | 'wide' = 'narrow') {
  const env = side === 'zh' ? zhEnv : enEnv;
  const other = side === 'zh' ? EN.name : ZH.name;
  const r = reduceAll(initialState({ columns, rows, ambiguous }), env, { type: 'select', page }, key('v'), {
    type: 'parallelLoaded',
    seq: 1,
    pair: pairFrom(side),
    name: other,
  });
  return { ...r, env };
}

const text = (s: State, env: typeof zhEnv, page = s.page) => rowsOf(s, env, page).map((r) => r.text);

describe('v: asking for the other version', () => {
  it('the first v asks for it as an effect and changes no rows until it answers', () => {
    const s0 = reduceAll(initialState({ columns: 200, rows: 50 }), zhEnv, { type: 'select', page: 2 }).state;
    const { state, effects } = reduceAll(s0, zhEnv, key('v'));
    expect(effects[0]).toEqual({ type: 'loadParallel', seq: 1 });
    expect(state.parallel).toEqual({ on: true, counterpart: { status: 'loading', seq: 1 }, asked: 1 });
    expect(text(state, zhEnv)).toEqual(text(s0, zhEnv));
  });

  it('once it answers, the topic is beside it; v switches off and on again without asking twice', () => {
    const { state } = parallelReader(200, 50);
    expect(text(state, zhEnv)[0]).toMatch(/^2 .*⇄ +2 /);
    const off = reduceAll(state, zhEnv, key('v'));
    expect(off.state.parallel.on).toBe(false);
    expect(off.effects).toEqual([{ type: 'status', text: 'parallel view off' }]);
    const on = reduceAll(off.state, zhEnv, key('v'));
    expect(on.state.parallel.on).toBe(true);
    expect(on.effects.some((e) => e.type === 'loadParallel')).toBe(false);
  });

  it('v again while it aligns turns the view off and drops the request: its answer, stale, changes nothing', () => {
    const s0 = reduceAll(initialState({ columns: 200, rows: 50 }), zhEnv, { type: 'select', page: 2 }).state;
    const off = reduceAll(s0, zhEnv, key('v'), key('v'));
    expect(off.state.parallel).toEqual({ on: false, counterpart: { status: 'unknown' }, asked: 1 });
    const loaded = { type: 'parallelLoaded' as const, seq: 1, pair: pairFrom('zh'), name: EN.name };
    expect(reduceAll(off.state, zhEnv, loaded).state).toBe(off.state);
    expect(reduceAll(off.state, zhEnv, { type: 'parallelMissing', seq: 1, reason: 'gone' }).state).toBe(off.state);
    // Asked again: a new number; the old answer is still stale, the new one shows.
    const again = reduceAll(off.state, zhEnv, key('v'));
    expect(again.effects[0]).toEqual({ type: 'loadParallel', seq: 2 });
    expect(reduceAll(again.state, zhEnv, loaded).state).toBe(again.state);
    const shown = reduceAll(again.state, zhEnv, { ...loaded, seq: 2 }).state;
    expect(shown.parallel.counterpart.status).toBe('ready');
    expect(text(shown, zhEnv)[0]).toMatch(/^2 .*⇄ +2 /);
  });

  it('keys are answered while it aligns: the page moves, the status says it is aligning', () => {
    const s0 = reduceAll(initialState({ columns: 200, rows: 50 }), zhEnv, { type: 'select', page: 2 }).state;
    const r = reduceAll(s0, zhEnv, key('v'), key('3'));
    expect(r.state.page).toBe(3);
    expect(r.state.parallel.counterpart).toEqual({ status: 'loading', seq: 1 });
    expect(placeLabel(r.state, ZH.transcript)).toContain('⇄ aligning…');
  });

  it('with no other version it says why in one line, and the view stays off', () => {
    const r = reduceAll(initialState(), zhEnv, key('v'), { type: 'parallelMissing', seq: 1, reason: NO_COUNTERPART }, key('v'));
    expect(r.state.parallel.on).toBe(false);
    const said = r.effects.filter((e) => e.type === 'status').map((e) => (e as { text: string }).text);
    expect(said.at(-1)).toBe(NO_COUNTERPART);
    expect(NO_COUNTERPART).not.toContain('\n');
    expect(r.effects.filter((e) => e.type === 'loadParallel')).toHaveLength(1);
  });

  it('the overview and the quotes page stay as they are', () => {
    const { state } = parallelReader(200, 50);
    for (const page of [0, ZH.transcript.topics.length + 1]) {
      expect(rowsOf({ ...state, page }, zhEnv, page)).toEqual(rowsOf({ ...state, page, parallel: { ...state.parallel, on: false } }, zhEnv, page));
    }
  });
});

describe('the parallel page', () => {
  it('side by side at 200 columns: the question beside its translation', () => {
    const { state } = parallelReader(200, 50);
    const row = text(state, zhEnv).find((l) => l.includes('世界卫生组织（WHO）'))!;
    expect(row).toContain(' │ ');
    expect(row.split(' │ ')[1]).toMatch(/^Q: The World Health Organization/);
  });

  it('stacked at 100 columns: the English under the Chinese', () => {
    const { state } = parallelReader(100, 30);
    const rows = text(state, zhEnv);
    expect(rows.join('\n')).not.toContain(' │ ');
    expect(rows.findIndex((l) => l.startsWith('Q: The World Health'))).toBeGreaterThan(rows.findIndex((l) => l.includes('世界卫生组织（WHO）')));
  });

  it.each([
    [200, 'narrow'],
    [200, 'wide'],
    [160, 'wide'],
    [100, 'narrow'],
    [100, 'wide'],
    [40, 'wide'],
  ] as const)('at %i columns (%s) every topic: no row past the pane, anchors strictly growing, from either version', (columns, ambiguous) => {
    for (const side of ['zh', 'en'] as const) {
      const { state, env } = parallelReader(columns, 30, 1, side, ambiguous);
      for (let page = 1; page <= env.transcript.topics.length; page++) {
        const rows = rowsOf(state, env, page);
        // The reader pane, less its one-column margin.
        const pane = viewOf(state, env.transcript).geo.readerWidth - 1;
        for (const r of rows) expect(displayWidth(r.text, { ambiguous })).toBeLessThanOrEqual(pane);
        for (let i = 1; i < rows.length; i++)
          expect(compareAnchors(rowAnchor(rows[i - 1]!), rowAnchor(rows[i]!)), `${side} topic ${page} row ${i}`).toBeLessThan(0);
      }
    }
  });

  it('marks what has no counterpart, and notes an unsure pair', () => {
    const { state } = parallelReader(200, 50, 3);
    expect(text(state, zhEnv).join('\n')).toContain('[no Chinese counterpart]');
    const unsure: ParallelPair = {
      ...pairFrom('zh'),
      alignment: { ...aligned.alignment, links: aligned.alignment.links.map((l) => ({ ...l, confidence: 0.5 })) },
    };
    const s = reduceAll(initialState({ columns: 200, rows: 50 }), zhEnv, { type: 'select', page: 2 }, key('v'), {
      type: 'parallelLoaded',
      seq: 1,
      pair: unsure,
      name: EN.name,
    }).state;
    expect(text(s, zhEnv).join('\n')).toContain('[paired with confidence 0.50]');
  });

  it('from the English version the English is on the left and the Chinese beside it', () => {
    const { state } = parallelReader(200, 50, 2, 'en');
    const row = text(state, enEnv).find((l) => l.startsWith('Q: The World Health'))!;
    expect(row.split(' │ ')[1]).toContain('世界卫生组织（WHO）');
    expect(text(state, enEnv).join('\n')).not.toContain('[no Chinese counterpart]');
  });

  it('keeps the reading position when switched off and on, and scrolls in step (one row list)', () => {
    const { state } = parallelReader(100, 12, 2);
    const down = reduceAll(state, zhEnv, key('j'), key('j'), key('j')).state;
    const top = rowsOf(down, zhEnv, 2)[topLine(down, zhEnv, 2)]!;
    const off = reduceAll(down, zhEnv, key('v')).state;
    expect(off.anchors[2]).toEqual(down.anchors[2]);
    const back = reduceAll(off, zhEnv, key('v')).state;
    expect(rowsOf(back, zhEnv, 2)[topLine(back, zhEnv, 2)]).toEqual(top);
    // Scrolling goes row by row through the other version's rows too.
    let s = state;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      s = reduceAll(s, zhEnv, key('j')).state;
      seen.push(topLine(s, zhEnv, 2));
    }
    expect(seen).toEqual(seen.map((_, i) => Math.min(i + 1, Math.max(0, rowsOf(s, zhEnv, 2).length - 10))));
  });
});

describe('search and copy in both versions', () => {
  it('while the view is on, a search covers the other version too', () => {
    const { state } = parallelReader(200, 50);
    const r = reduceAll(state, zhEnv, key('/'), { type: 'text', text: 'WHO' });
    const search = r.effects.filter((e) => e.type === 'search').at(-1) as { other?: unknown };
    expect(search.other).toBe(EN.transcript);
    const plain = reduceAll(initialState(), zhEnv, key('/'), { type: 'text', text: 'WHO' });
    expect((plain.effects.find((e) => e.type === 'search') as { other?: unknown }).other).toBeUndefined();
  });

  it('a hit in the other version opens the topic showing its exchange, marked in the other column', () => {
    const { state } = parallelReader(100, 12, 1);
    const en = EN.transcript;
    const topic = en.topics.findIndex((t) => t.turns.some((u) => u.paragraphs.some((p) => p.includes('release its report')))) + 1;
    const turn = en.topics[topic - 1]!.turns.findIndex((u) => u.paragraphs.some((p) => p.includes('release its report')));
    const offset = en.topics[topic - 1]!.turns[turn]!.paragraphs[0]!.indexOf('release');
    const hit = {
      kind: 'question' as const,
      topic,
      label: 'EN',
      text: 'release its report',
      ranges: [[0, 7]] as [number, number][],
      pos: { topic, turn, para: 0, offset },
      length: 7,
      other: true,
      score: 1,
    };
    const s = reduceAll(
      state,
      zhEnv,
      key('/'),
      { type: 'text', text: 'release' },
      { type: 'searchResults', query: 'release', scope: 'all', hits: [hit] as never },
      key('enter'),
    ).state;
    expect(s.page).toBe(2);
    expect(s.highlight).toMatchObject({ other: true, ref: { turn, para: 0 }, start: offset });
    const rows = rowsOf(s, zhEnv, 2);
    const shown = rows.slice(topLine(s, zhEnv, 2), topLine(s, zhEnv, 2) + 10).map((r) => r.text);
    expect(shown.join('\n')).toContain('release its report');
    expect(shown.join('\n')).toContain('专家组的报告什么时候发布');
  });

  it('y copies both versions of the exchange at the top with one bilingual citation', () => {
    const { state } = parallelReader(200, 50, 2);
    const r = reduceAll(state, zhEnv, key('y'));
    const copied = (r.effects.find((e) => e.type === 'copy') as { text: string }).text;
    expect(copied).toContain('世界卫生组织（WHO）专家组');
    expect(copied).toContain('Q: The World Health Organization');
    expect(copied.indexOf('世界卫生组织')).toBeLessThan(copied.indexOf('The World Health'));
    const cite = copied.split('\n').at(-1)!;
    expect(cite).toMatch(/^—— 林小明，.*2021-03-15 \/ Lin Xiaoming, .*2021-03-15$/);
  });
});

describe('in a library', () => {
  it('the view remembers whether the parallel view was on, for the next transcript it opens', () => {
    const on = reduceLibrary(initialLibraryState(), { type: 'parallelView', on: true }).state;
    expect(on.parallel).toBe(true);
    expect(reduceLibrary(on, { type: 'parallelView', on: false }).state.parallel).toBe(false);
    expect(reduceLibrary(on, { type: 'parallelView', on: true }).state).toBe(on);
  });
});
