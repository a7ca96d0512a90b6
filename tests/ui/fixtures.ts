import { openTranscript } from '../../src/transcript/open.js';
import type { Transcript } from '../../src/transcript/model.js';
import type { Key } from 'ink';
import type { PageRow } from '../../src/layout/page.js';
import { LayoutCache } from '../../src/ui/layoutCache.js';
import {
  type Action,
  type Effect,
  type Env,
  initialState,
  inputActions,
  type PageId,
  reduce,
  rowsOf,
  type State,
  type Step,
  topLine,
} from '../../src/ui/state/index.js';
import { type Memory, ReaderRuntime } from '../../src/ui/runtime.js';
import { realClock } from '../../src/ui/clock.js';
import { createSearcher } from '../../src/search/index.js';

// The reader loads its search engine lazily; the reducer tests search synchronously, so load it first.
await createSearcher({ title: '', topics: [], quotes: [], notes: [], repairs: [] }).warm();

export const SEED = 'data/2025-03-07-wang-yi-press-conference.txt';
export const SEED_NAME = '2025-03-07-wang-yi-press-conference.txt';

let seed: Transcript | undefined;
export function seedTranscript(): Transcript {
  return (seed ??= openTranscript(SEED).transcript);
}

const LONG = '这是一个很长的段落，用来测试翻页和滚动。'.repeat(30);

/** A small synthetic transcript: 12 topics (so "1" must wait for a second digit), two quotes. */
export function smallTranscript(): Transcript {
  const topics = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1,
    label: `话题${i + 1}`,
    headline: `标题 ${i + 1}`,
    turns: [
      { role: 'question' as const, speaker: '记者', paragraphs: [`第${i + 1}个问题,对吗?`] },
      { role: 'answer' as const, speaker: '王毅', paragraphs: [`回答${i + 1}。`, LONG, `结尾${i + 1}：金句${i + 1}在此。`] },
    ],
  }));
  return {
    title: '测试记者会',
    byline: '发言人',
    intro: '导语。',
    source: '据测试社',
    topics,
    quotes: [
      { text: '金句3在此。', topic: 3 },
      { text: '无处可寻。', topic: null },
    ],
    notes: [],
    repairs: [{ kind: 'joined-split', line: 7, detail: 'joined' }],
  };
}

/** The reducer's fixed world for a transcript: pages laid out (and cached) as the reader does. */
export function makeEnv(t: Transcript): Env {
  const cache = new LayoutCache(t);
  return { transcript: t, name: SEED_NAME, layout: (page, opts) => cache.rows(page, opts) };
}

/**
 * A terminal whose reader pane, without the sidebar, is `text` columns of text and `view` rows
 * (`text` + 2 below the 60 columns at which the sidebar shows on its own).
 */
export function terminal(text: number, view: number): { columns: number; rows: number } {
  return { columns: text + 2, rows: view + 2 };
}

export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** A key action by its name, as keyName gives it ("j", "space", "ctrl-u", "enter"…). */
export function key(name: string): Action {
  const ctrl = name.startsWith('ctrl-');
  const input = name === 'space' ? ' ' : ctrl ? name.slice(5) : name.length === 1 ? name : '';
  return { type: 'key', name, input, ctrl };
}

/** Runs `actions` through the pure reducer alone: the state, and every effect it asked for. */
export function reduceAll(s: State, env: Env, ...actions: Action[]): Step {
  const effects: Effect[] = [];
  for (const a of actions) {
    const r = reduce(s, a, env);
    s = r.state;
    effects.push(...r.effects);
  }
  return { state: s, effects };
}

/** The reducer through the real runtime, with its effects recorded: search runs, copies and quits are kept. */
export class TestReader {
  readonly env: Env;
  readonly copies: string[] = [];
  readonly quits: number[] = [];
  suspends = 0;
  readonly runtime: ReaderRuntime;

  /** With `memory`, the transcript is known by `hash` and its positions and marks are kept there. */
  constructor(t: Transcript, initial: State = initialState(), memory?: Memory, hash = 'test-transcript') {
    this.env = memory ? { ...makeEnv(t), hash } : makeEnv(t);
    const searcher = createSearcher(t);
    this.runtime = new ReaderRuntime(initial, this.env, {
      ...(memory ? { memory } : {}),
      search: (q, scope) => searcher.search(q, { scope, limit: 200 }),
      copy: (text) => this.copies.push(text),
      quit: (code) => this.quits.push(code),
      suspend: () => this.suspends++,
      clock: realClock,
    });
  }

  get state(): State {
    return this.runtime.state;
  }

  get message(): string | null {
    return this.runtime.getSnapshot().message;
  }

  /** Keys by name, one read each. */
  press(...names: string[]): this {
    for (const n of names) this.runtime.dispatch(key(n));
    return this;
  }

  /** Input as one read of the keyboard ("/结尾7\r" typed fast, or pasted). */
  input(chunk: string): this {
    this.runtime.dispatch(...inputActions(chunk, NO_KEY));
    return this;
  }

  /** The top row the reader shows on `page` (default: the current page). */
  top(page: PageId = this.state.page): number {
    return topLine(this.state, this.env, page);
  }

  rows(page: PageId = this.state.page): PageRow[] {
    return rowsOf(this.state, this.env, page);
  }
}
