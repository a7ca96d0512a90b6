// Suspending like less and vim: on ctrl-z (which raw mode delivers as a key, raised here as
// SIGTSTP to the process group, as the terminal would) or a SIGTSTP from outside, the terminal
// is given back and the process really stops; when the shell continues it, the screen is taken
// back and drawn again in full.
import type { TerminalSession } from './terminal.js';

/** What ctrl-z does in raw mode: the signal the terminal sends the foreground process group. */
export function suspendProcessGroup(): void {
  process.kill(0, 'SIGTSTP');
}

/**
 * The terminal's size, read again: a resize while stopped was signalled to the shell, not to us.
 * Node's tty stream keeps its own copy, refreshed only on SIGWINCH.
 */
function refreshSize(out: NodeJS.WriteStream): void {
  if (!out.isTTY || typeof out.getWindowSize !== 'function') return;
  const [columns, rows] = out.getWindowSize();
  if (columns === out.columns && rows === out.rows) return;
  out.columns = columns;
  out.rows = rows;
  out.emit('resize');
}

/**
 * Handles SIGTSTP and SIGCONT for a full-screen session; `redraw` repaints the whole last frame.
 * Returns the uninstaller.
 */
export function onSuspend(session: TerminalSession, out: NodeJS.WriteStream, redraw: () => void): () => void {
  const takeBack = () => {
    if (!session.resume()) return;
    refreshSize(out);
    redraw();
  };
  const stop = () => {
    if (!session.suspend()) return;
    // Stop for real: with no listener the default action applies again.
    process.off('SIGTSTP', stop);
    try {
      process.kill(process.pid, 'SIGTSTP');
    } finally {
      process.on('SIGTSTP', stop);
    }
    // Here after `fg`, or at once where nothing could continue us (an orphaned process group,
    // such as a program started straight in a terminal window, ignores stop signals): either
    // way the reader goes on. SIGCONT also takes the screen back, after a stop not seen (SIGSTOP).
    takeBack();
  };
  process.on('SIGTSTP', stop);
  process.on('SIGCONT', takeBack);
  return () => {
    process.off('SIGTSTP', stop);
    process.off('SIGCONT', takeBack);
  };
}
