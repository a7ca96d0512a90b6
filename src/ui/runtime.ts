import type { Hit, Scope } from './hits.js';
import type { Clock } from './clock.js';
import { type Action, type Effect, type Env, reduce, type State } from './state/index.js';

/**
 * The edge of the reader's pure core: it holds the state, feeds actions to the reducer one at a
 * time, and performs the effects the reducer returns — the only place where anything happens
 * (bubbletea's runtime to the reducer's `Update`). A search is performed at once and its hits
 * reduced before the next action, so a chunk of keys behaves as the same keys typed slowly.
 */

/** A typed number waits this long for a second digit; a status message stays this long. */
export const DIGIT_PAUSE_MS = 600;
export const STATUS_MS = 2500;

/** What the effects are performed with. */
export interface Services {
  search(query: string, scope: Scope): Hit[];
  copy(text: string): void;
  quit(code: number): void;
  /** Stops the process for the shell (ctrl-z). */
  suspend(): void;
  clock: Clock;
}

/** What the components draw: the state, and the status message showing (if any). */
export interface Snapshot {
  state: State;
  message: string | null;
}

export class ReaderRuntime {
  private snapshot: Snapshot;
  private readonly queue: Action[] = [];
  private running = false;
  private readonly listeners = new Set<() => void>();
  private statusTimer: unknown = null;
  private digitTimer: unknown = null;

  constructor(
    initial: State,
    private readonly env: Env,
    private readonly services: Services,
  ) {
    this.snapshot = { state: initial, message: null };
  }

  /** For useSyncExternalStore: the same object until something changes. */
  readonly getSnapshot = (): Snapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get state(): State {
    return this.snapshot.state;
  }

  /** Reduces the actions in order, with every effect and the actions those answer with, then tells the listeners once. */
  readonly dispatch = (...actions: Action[]): void => {
    this.queue.push(...actions);
    if (this.running) return; // dispatched from a listener or service while reducing: the loop below takes it
    this.running = true;
    const before = this.snapshot;
    try {
      for (let action = this.queue.shift(); action; action = this.queue.shift()) {
        const { state, effects } = reduce(this.snapshot.state, action, this.env);
        if (state !== this.snapshot.state) this.snapshot = { ...this.snapshot, state };
        // What the effects answer with (search results) comes before the actions still waiting.
        const answers: Action[] = [];
        for (const effect of effects) {
          const answer = this.perform(effect);
          if (answer) answers.push(answer);
        }
        this.queue.unshift(...answers);
      }
    } finally {
      this.running = false;
      this.queue.length = 0;
    }
    if (this.snapshot !== before) for (const listener of [...this.listeners]) listener();
  };

  /** Cancels the timers (the reader is closing). */
  stop(): void {
    this.services.clock.clearTimeout(this.statusTimer);
    this.services.clock.clearTimeout(this.digitTimer);
  }

  /** Performs an effect; returns the action it answers with, if any. */
  private perform(effect: Effect): Action | undefined {
    const { clock } = this.services;
    switch (effect.type) {
      case 'search':
        return { type: 'searchResults', query: effect.query, scope: effect.scope, hits: this.services.search(effect.query, effect.scope) };
      case 'copy':
        this.services.copy(effect.text);
        return;
      case 'quit':
        this.services.quit(effect.code);
        return;
      case 'suspend':
        this.services.suspend();
        return;
      case 'status':
        this.snapshot = { ...this.snapshot, message: effect.text };
        clock.clearTimeout(this.statusTimer);
        this.statusTimer = clock.setTimeout(() => this.clearMessage(effect.text), STATUS_MS);
        return;
      case 'digitPause':
        clock.clearTimeout(this.digitTimer);
        this.digitTimer = clock.setTimeout(() => this.dispatch({ type: 'digitTimeout' }), DIGIT_PAUSE_MS);
        return;
      default:
        return unreachable(effect);
    }
  }

  private clearMessage(text: string): void {
    if (this.snapshot.message !== text) return;
    this.snapshot = { ...this.snapshot, message: null };
    for (const listener of [...this.listeners]) listener();
  }
}

function unreachable(effect: never): never {
  throw new Error(`unhandled effect ${JSON.stringify(effect)}`);
}
