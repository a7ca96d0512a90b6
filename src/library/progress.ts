/**
 * The progress of building the library's index: a one-line bar with count, total and time left.
 * `progressLine` is pure (the reader draws it in its frame too); `stderrProgress` redraws it in
 * place on a terminal's stderr, at most ten times a second, and draws nothing when stderr is not
 * a terminal.
 */
import type { Strings } from '../i18n/strings.js';
import { displayWidth } from '../text/width.js';

/** The words of the line, in the interface's language (English by default: the command line's stderr). */
export type ProgressWords = Pick<Strings, 'indexing' | 'secondsLeft' | 'minutesLeft'>;

const EN: ProgressWords = {
  indexing: 'indexing',
  secondsLeft: (s) => `${s} s left`,
  minutesLeft: (m, s) => `${m} min ${s} s left`,
};

/** The time left is guessed only once this many files are done and this much time has passed. */
const MIN_DONE_FOR_ESTIMATE = 8;
const MIN_MS_FOR_ESTIMATE = 500;

export function timeLeft(done: number, total: number, elapsedMs: number, words: ProgressWords = EN): string | undefined {
  if (done < MIN_DONE_FOR_ESTIMATE || elapsedMs < MIN_MS_FOR_ESTIMATE || done >= total) return undefined;
  const s = Math.ceil(((total - done) * elapsedMs) / done / 1000);
  return s < 60 ? words.secondsLeft(s) : words.minutesLeft(Math.floor(s / 60), s % 60);
}

/** "indexing  340/1000 [######······] 34%  3 s left", at most `width` columns. */
export function progressLine(done: number, total: number, elapsedMs: number, width: number, words: ProgressWords = EN): string {
  const count = `${done}/${total}`;
  const pct = `${total ? Math.floor((done * 100) / total) : 100}%`;
  const left = timeLeft(done, total, elapsedMs, words);
  const fixed = `${words.indexing}  ${count}  ${pct}${left ? `  ${left}` : ''}`;
  // Columns, not characters: the Chinese words take two each.
  const room = width - displayWidth(fixed) - 3;
  if (room < 5) return displayWidth(fixed) <= width ? fixed : count.slice(0, width);
  const bar = Math.min(room, 30);
  const filled = total ? Math.round((done * bar) / total) : bar;
  return `${words.indexing}  ${count} [${'#'.repeat(filled)}${'·'.repeat(bar - filled)}] ${pct}${left ? `  ${left}` : ''}`;
}

export interface ProgressSink {
  update(done: number, total: number): void;
  /** Clears the line (call before printing anything else). */
  end(): void;
}

const REDRAW_MS = 100;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now, words: ProgressWords = EN): ProgressSink {
  if (!stream.isTTY) return { update: () => undefined, end: () => undefined };
  const start = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - last < REDRAW_MS) return;
      last = t;
      drawn = true;
      const width = Math.max(10, (stream.columns || 80) - 1);
      stream.write(`\r\x1b[2K${progressLine(done, total, t - start, width, words)}`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
