import { localize, PROBLEMS } from '../i18n/problems.js';
import type { Hit, Scope } from './hits.js';
import type { Transcript } from '../transcript/model.js';
import type { ParallelPair } from '../layout/parallel-topic.js';
import type { Clock } from './clock.js';
import { type Action, type Effect, type Env, type Leave, reduce, type State } from './state/index.js';
import type { Mark } from '../store/marks.js';
import { strings } from '../i18n/strings.js';
import type { Position } from '../store/positions.js';

/**
 * The edge of a pure core: it holds the state, feeds actions to the reducer one at a time, and
 * performs the effects the reducer returns — the only place where anything happens (bubbletea's
 * runtime to the reducer's `Update`). An effect answered at once (a search) is reduced before the
 * next action, so a chunk of keys behaves as the same keys typed slowly. `Runtime` is that loop
 * and the status message every view shows; `ReaderRuntime` performs the reader's effects, and the
 * library view's runtime (library/runtime.ts) the library's.
 */

/** A typed number waits this long for a second digit; a status message stays this long. */
export const DIGIT_PAUSE_MS = 600;
export const STATUS_MS = 2500;

/** What the components draw: the state, and the status message showing (if any). */
export interface Snapshot<S = State> {
  state: S;
  message: string | null;
}

/** What every view's effects are performed with. */
export interface ViewServices {
  quit(code: number): void;
  /** Stops the process for the shell (ctrl-z). */
  suspend(): void;
  clock: Clock;
}

/** The effects every view has: a status message, quitting with a code, ctrl-z. */
export type ViewEffect = { type: 'status'; text: string } | { type: 'quit'; code: number } | { type: 'suspend' };

export abstract class Runtime<S, A, E> {
  private snapshot: Snapshot<S>;
  private readonly queue: A[] = [];
  private running = false;
  private closed = false;
  private readonly listeners = new Set<() => void>();
  private statusTimer: unknown = null;

  protected readonly clock: Clock;

  constructor(
    initial: S,
    private readonly view: ViewServices,
  ) {
    this.snapshot = { state: initial, message: null };
    this.clock = view.clock;
  }

  /** The reducer: state + action → the next state and the effects to perform. */
  protected abstract reduce(state: S, action: A): { state: S; effects: E[] };

  /** Performs an effect; returns the action it answers with at once, if any. */
  protected abstract perform(effect: E): A | undefined;

  /**
   * Whether a step moved on to another moment (another page, say), where the status message of
   * the last one would be out of place ("this is the first page" on topic 7): it is then cleared,
   * before the step's own effects can say something new.
   */
  protected movedOn(_before: S, _after: S): boolean {
    return false;
  }

  /** For useSyncExternalStore: the same object until something changes. */
  readonly getSnapshot = (): Snapshot<S> => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get state(): S {
    return this.snapshot.state;
  }

  /** Reduces the actions in order, with every effect and the actions those answer with, then tells the listeners once. */
  readonly dispatch = (...actions: A[]): void => this.run(actions, []);

  /**
   * Performs the effects of a step reduced before this runtime held its state (the state it was
   * made with), once the view is up: a message about how it opened, say.
   */
  readonly start = (effects: E[]): void => this.run([], effects);

  private run(actions: A[], effects: E[]): void {
    if (this.closed) return;
    this.queue.push(...actions);
    if (this.running) return; // dispatched from a listener or service while reducing: the loop below takes it
    this.running = true;
    const before = this.snapshot;
    try {
      this.queue.unshift(...this.performAll(effects));
      for (let action = this.queue.shift(); action && !this.closed; action = this.queue.shift()) {
        const step = this.reduce(this.snapshot.state, action);
        if (step.state !== this.snapshot.state) {
          const message = this.snapshot.message !== null && this.movedOn(this.snapshot.state, step.state) ? null : this.snapshot.message;
          this.snapshot = { state: step.state, message };
        }
        // What the effects answer with (search results) comes before the actions still waiting.
        this.queue.unshift(...this.performAll(step.effects));
      }
    } finally {
      this.running = false;
      this.queue.length = 0;
    }
    if (this.snapshot !== before) this.notify();
  }

  private performAll(effects: E[]): A[] {
    const answers: A[] = [];
    for (const effect of effects) {
      const answer = this.perform(effect);
      if (answer) answers.push(answer);
    }
    return answers;
  }

  /** Cancels the timers (the view is closing). */
  stop(): void {
    this.clock.clearTimeout(this.statusTimer);
  }

  /** From now on nothing is reduced: what this core ran has handed over to something else. */
  protected close(): void {
    this.closed = true;
    this.stop();
  }

  /** Performs the effects every view has; a status message stays STATUS_MS (a newer one replaces it, for its own time). */
  protected performViewEffect(effect: ViewEffect): undefined {
    switch (effect.type) {
      case 'status':
        this.snapshot = { ...this.snapshot, message: effect.text };
        this.clock.clearTimeout(this.statusTimer);
        this.statusTimer = this.clock.setTimeout(() => this.clearMessage(effect.text), STATUS_MS);
        return;
      case 'quit':
        this.view.quit(effect.code);
        return;
      case 'suspend':
        this.view.suspend();
        return;
    }
  }

  private clearMessage(text: string): void {
    if (this.snapshot.message !== text) return;
    this.snapshot = { ...this.snapshot, message: null };
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The other-language version found and aligned, or why there is none (one line). */
export type ParallelResult = { pair: ParallelPair; name: string } | { reason: string };

/**
 * What the reader remembers between runs: reading positions and marks (the Store, src/store/,
 * which writes atomically, one file per record, and keeps things in memory when it cannot write).
 */
export interface Memory {
  position(hash: string): Position | undefined;
  savePosition(hash: string, at: Omit<Position, 'updated'>): void;
  marks(): Mark[];
  addMark(mark: Omit<Mark, 'id' | 'created'>): Mark;
  setNote(id: string, note: string): Mark | undefined;
  deleteMark(id: string): void;
  /** The transcript last opened in a library (by the library's key), and keeping it. */
  lastRead?(library: string): string | undefined;
  saveLastRead?(library: string, hash: string): void;
  /** One-line messages for the user (a file set aside, saving turned off), each once. */
  takeNotices(): string[];
}

/** What the reader's effects are performed with. */
export interface Services extends ViewServices {
  /** Hits in the transcript; with `other`, in that transcript too (the parallel view's other version). */
  search(query: string, scope: Scope, other?: Transcript): Hit[];
  /**
   * Finds the other-language version and aligns it, after the current frame and off the main
   * thread; absent: there is none to find. `signal` aborts when the reader closes.
   */
  loadParallel?(signal: AbortSignal): Promise<ParallelResult>;
  /** Absent: nothing is remembered (tests, and where no store could be opened). */
  memory?: Memory;
  copy(text: string): void;
  /** Keeps a query in the search history (absent: the state's own list is all there is). */
  rememberSearch?(query: string): void;
  /** Hands over to the library the transcript was opened from (only with `env.inLibrary`). */
  leave?(how: Leave): void;
  /**
   * Opens the transcript of a mark of another transcript at the mark, this reader giving way:
   * null when it does, else why it cannot (said in the status line, the reader staying).
   */
  openMark?(mark: Mark): string | null;
}

/** Said by `v` when the reader was given no other version and is in no library. */
export const NO_COUNTERPART = PROBLEMS.noCounterpart();

/** Scrolling keeps the position at most this often, and this long after it pauses (a kill -9 loses at most this). */
export const SCROLL_SAVE_MS = 500;

export class ReaderRuntime extends Runtime<State, Action, Effect> {
  private digitTimer: unknown = null;
  /** The latest position scrolled to and not yet written, and the timer that writes it. */
  private scrolledTo: Extract<Effect, { type: 'savePosition' }> | null = null;
  private scrollSaveTimer: unknown = null;
  /**
   * The other version, asked for once per reader: a request made again (v, v off while it aligned,
   * v) waits for the same answer, not for a second alignment.
   */
  private parallelJob: Promise<ParallelResult> | null = null;
  /** Aborted when the reader closes: work not yet started is dropped, answers still coming go nowhere. */
  private readonly closing = new AbortController();

  constructor(
    initial: State,
    private readonly env: Env,
    private readonly services: Services,
  ) {
    super(initial, services);
  }

  protected reduce(state: State, action: Action): { state: State; effects: Effect[] } {
    return reduce(state, action, this.env);
  }

  /** A message answers something on the page it was said on, in the mode it was said in: another page, help, the search line opening or closing end it. */
  protected override movedOn(before: State, after: State): boolean {
    return before.page !== after.page || before.mode !== after.mode;
  }

  override stop(): void {
    super.stop();
    this.closing.abort();
    this.clock.clearTimeout(this.digitTimer);
    // Nothing scrolled to is lost when the reader goes (a save at leaving has already taken its place).
    this.writeScrolled();
  }

  /** A position scrolled to: written once scrolling pauses, at most every SCROLL_SAVE_MS — never on the key's own path. */
  private saveScrolled(effect: Extract<Effect, { type: 'savePosition' }>): void {
    this.scrolledTo = effect;
    this.scrollSaveTimer ??= this.clock.setTimeout(() => {
      this.scrollSaveTimer = null;
      // What the store has to say (saving turned off) is said as ever.
      const notice = this.writeScrolled();
      if (notice) this.dispatch(notice);
    }, SCROLL_SAVE_MS);
  }

  private writeScrolled(): Action | undefined {
    this.clock.clearTimeout(this.scrollSaveTimer);
    this.scrollSaveTimer = null;
    const pending = this.scrolledTo;
    this.scrolledTo = null;
    return pending ? this.remember(pending) : undefined;
  }

  protected perform(effect: Effect): Action | undefined {
    switch (effect.type) {
      case 'search':
        return { type: 'searchResults', query: effect.query, scope: effect.scope, hits: this.services.search(effect.query, effect.scope, effect.other) };
      case 'loadParallel': {
        const { seq } = effect;
        const answer = (r: ParallelResult): Action =>
          'pair' in r ? { type: 'parallelLoaded', seq, pair: r.pair, name: r.name } : { type: 'parallelMissing', seq, reason: r.reason };
        if (!this.services.loadParallel) return answer({ reason: NO_COUNTERPART });
        this.parallelJob ??= this.services.loadParallel(this.closing.signal).catch((e: unknown) => ({ reason: (e as Error)?.message ?? String(e) }));
        void this.parallelJob.then((r) => {
          if (!this.closing.signal.aborted) this.dispatch(answer(r));
        });
        return;
      }
      case 'copy':
        this.services.copy(effect.text);
        return;
      case 'status':
      case 'quit':
      case 'suspend':
        return this.performViewEffect(effect);
      case 'leave':
        // The library takes over: keys that still reach this reader before it is gone do nothing.
        this.close();
        this.services.leave?.(effect.how);
        return;
      case 'openMark': {
        const refused = this.services.openMark
          ? this.services.openMark(effect.mark)
          : strings(this.state.lang).markElsewhere(effect.mark.transcript.name, effect.mark.transcript.path ?? effect.mark.transcript.name);
        if (refused !== null) return this.performViewEffect({ type: 'status', text: refused });
        this.close();
        return;
      }
      case 'rememberSearch':
        this.services.rememberSearch?.(effect.query);
        return;
      case 'digitPause':
        this.clock.clearTimeout(this.digitTimer);
        this.digitTimer = this.clock.setTimeout(() => this.dispatch({ type: 'digitTimeout' }), DIGIT_PAUSE_MS);
        return;
      case 'savePosition':
        if (effect.scrolled) {
          this.saveScrolled(effect);
          return;
        }
        // Written now: a position scrolled to before it is out of date.
        this.clock.clearTimeout(this.scrollSaveTimer);
        this.scrollSaveTimer = null;
        this.scrolledTo = null;
        return this.remember(effect);
      case 'addMark':
      case 'loadMarks':
      case 'setNote':
      case 'deleteMark':
        return this.remember(effect);
      default:
        return unreachable(effect);
    }
  }

  /**
   * Performs a store effect. What the store has to say (a file kept aside, saving turned off) is
   * said after the effect's own answer, so it is not hidden behind "marked".
   */
  private remember(effect: MemoryEffect): Action | undefined {
    const memory = this.services.memory;
    if (!memory)
      return effect.type === 'loadMarks' || effect.type === 'deleteMark' || effect.type === 'setNote' ? { type: 'marksLoaded', marks: [] } : undefined;
    let answer: Action | undefined;
    switch (effect.type) {
      case 'savePosition':
        memory.savePosition(effect.hash, effect.position);
        break;
      case 'addMark':
        answer = { type: 'marked', mark: memory.addMark(effect.draft) };
        break;
      case 'setNote':
        memory.setNote(effect.id, effect.note);
        answer = { type: 'marksLoaded', marks: memory.marks() };
        break;
      case 'deleteMark':
        memory.deleteMark(effect.id);
        answer = { type: 'marksLoaded', marks: memory.marks() };
        break;
      case 'loadMarks':
        answer = { type: 'marksLoaded', marks: memory.marks() };
        break;
    }
    const notices = memory.takeNotices().map((n) => localize(n, this.state.lang));
    if (notices.length === 0) return answer;
    // The answer first, then the notice (reduced as a status message) after it.
    if (answer) this.dispatch({ type: 'notice', text: notices.join(' · ') });
    return answer ?? { type: 'notice', text: notices.join(' · ') };
  }
}

/** The effects the store performs. */
type MemoryEffect = Extract<Effect, { type: 'savePosition' | 'addMark' | 'loadMarks' | 'setNote' | 'deleteMark' }>;

export function unreachable(effect: never): never {
  throw new Error(`unhandled effect ${JSON.stringify(effect)}`);
}
