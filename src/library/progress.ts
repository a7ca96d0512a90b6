/**
 * The progress of building the library's index: a one-line bar with count, total and time left.
 * `progressLine` is pure (the reader draws it in its frame too); `stderrProgress` redraws it in
 * place on a terminal's stderr, at most ten times a second, and draws nothing when stderr is not
 * a terminal.
 */
/** The time left is guessed only once this many files are done and this much time has passed. */
const MIN_DONE_FOR_ESTIMATE = 8;
const MIN_MS_FOR_ESTIMATE = 500;

export function timeLeft(done: number, total: number, elapsedMs: number): string | undefined {
  if (done < MIN_DONE_FOR_ESTIMATE || elapsedMs < MIN_MS_FOR_ESTIMATE || done >= total) return undefined;
  const s = Math.ceil(((total - done) * elapsedMs) / done / 1000);
  return s < 60 ? `${s} s left` : `${Math.floor(s / 60)} min ${s % 60} s left`;
}

/** "indexing  340/1000 [######······] 34%  3 s left", at most `width` columns. */
export function progressLine(done: number, total: number, elapsedMs: number, width: number): string {
  const count = `${done}/${total}`;
  const pct = `${total ? Math.floor((done * 100) / total) : 100}%`;
  const left = timeLeft(done, total, elapsedMs);
  const fixed = `indexing  ${count}  ${pct}${left ? `  ${left}` : ''}`;
  // All ASCII: one column per character.
  const room = width - fixed.length - 3;
  if (room < 5) return fixed.length <= width ? fixed : count.slice(0, width);
  const bar = Math.min(room, 30);
  const filled = total ? Math.round((done * bar) / total) : bar;
  return `indexing  ${count} [${'#'.repeat(filled)}${'·'.repeat(bar - filled)}] ${pct}${left ? `  ${left}` : ''}`;
}

export interface ProgressSink {
  update(done: number, total: number): void;
  /** Clears the line (call before printing anything else). */
  end(): void;
}

const REDRAW_MS = 100;

export function stderrProgress(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): ProgressSink {
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
      stream.write(`\r\x1b[2K${progressLine(done, total, t - start, width)}`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
