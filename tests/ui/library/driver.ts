import { reduceLibrary, type LibraryAction, type LibraryEffect, type LibraryViewState } from '../../../src/ui/library/state.js';

export interface Run {
  state: LibraryViewState;
  effects: LibraryEffect[];
}

/**
 * The library view's reducer over `actions`, each effect answered at once with what `answer`
 * returns for it (as the runtime would), before the next action. Every effect is kept.
 */
export function drive(actions: LibraryAction[], s: LibraryViewState, answer: (e: LibraryEffect) => LibraryAction[]): Run {
  const effects: LibraryEffect[] = [];
  const queue = [...actions];
  let state = s;
  for (let a = queue.shift(); a; a = queue.shift()) {
    const next = reduceLibrary(state, a);
    state = next.state;
    effects.push(...next.effects);
    queue.unshift(...next.effects.flatMap(answer));
  }
  return { state, effects };
}
