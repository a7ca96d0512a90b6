// The terminal side of the reader's life: where keys come from, entering the full-screen mode,
// and putting the terminal back exactly once on every way out (quit, signals, crashes).
import { PROBLEMS } from '../i18n/problems.js';
import { closeSync, openSync, writeSync } from 'node:fs';
import { MOUSE_OFF, MOUSE_ON } from './mouse.js';
import { isatty, ReadStream } from 'node:tty';
import { UserError } from '../errors.js';

/** DEC private modes and resets, named so the restore sequence reads as a checklist. */
export const ESC = {
  altScreenOn: '\x1b[?1049h',
  altScreenOff: '\x1b[?1049l',
  cursorHide: '\x1b[?25l',
  cursorShow: '\x1b[?25h',
  clearHome: '\x1b[2J\x1b[H',
  /** Ink brackets frames in synchronized-update marks; a frame cut off by a signal must not leave one open. */
  syncBegin: '\x1b[?2026h',
  syncEnd: '\x1b[?2026l',
  sgrReset: '\x1b[0m',
  /** Bracketed paste (paste.ts): pasted text arrives between markers, never as keys. */
  pasteOn: '\x1b[?2004h',
  pasteOff: '\x1b[?2004l',
} as const;

/** Taking the screen: alternate screen, cursor hidden, bracketed paste on, cleared. */
const TAKE = ESC.altScreenOn + ESC.cursorHide + ESC.pasteOn + ESC.clearHome;
/** Giving it back: no frame left half-synchronised, attributes reset, paste off, main screen, cursor shown. */
const GIVE_BACK = ESC.syncEnd + ESC.sgrReset + ESC.pasteOff + ESC.altScreenOff + ESC.cursorShow;

/** Exit codes by convention: 128 + the signal number, as a shell reports a signalled child. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type ExitSignal = keyof typeof SIGNAL_EXIT_CODES;

/**
 * The keyboard when standard input is not one (`presser -` read the transcript from it, or it is
 * a pipe): the controlling terminal, /dev/tty. Throws a UserError (exit 2) when there is none.
 */
export function openKeyboard(): ReadStream {
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(PROBLEMS.noKeyboard(code));
  }
  if (!isatty(fd)) {
    closeSync(fd);
    throw new UserError(PROBLEMS.ttyNotTerminal());
  }
  return new ReadStream(fd);
}

/** Writes synchronously and ignores failures: used while leaving, when the terminal may be gone (SIGHUP). */
function writeNow(out: NodeJS.WriteStream, text: string): boolean {
  try {
    const fd = (out as { fd?: number }).fd;
    if (typeof fd !== 'number') return out.write(text) || true;
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    return true;
  } catch {
    // EIO/EPIPE after a hang-up: nothing left to restore.
    return false;
  }
}

/**
 * Owns the full-screen state of one terminal. `enter` switches to the alternate screen with the
 * cursor hidden; `restore` undoes it (main screen, cursor shown, cooked mode) and is idempotent, so
 * every exit path can call it without coordinating with the others.
 */
export class TerminalSession {
  private entered = false;
  private restored = false;
  private suspended = false;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly keyboard: NodeJS.ReadStream,
    /** Close the keyboard stream on restore (true for a /dev/tty stream we opened). */
    private readonly ownsKeyboard: boolean,
    /** Have the terminal report the mouse while the reader has the screen (--mouse). */
    private readonly mouse = false,
  ) {}

  private get take(): string {
    return this.mouse ? TAKE + MOUSE_ON : TAKE;
  }

  private get giveBack(): string {
    return this.mouse ? MOUSE_OFF + GIVE_BACK : GIVE_BACK;
  }

  /**
   * Raw mode goes on here, before the first frame, not when Ink's input hook mounts after it:
   * keys typed in between would otherwise be echoed by the terminal over the frame.
   */
  enter(): void {
    this.entered = true;
    this.rawMode(true);
    writeNow(this.out, this.take);
  }

  /**
   * Gives the terminal back for a stop (ctrl-z, SIGTSTP) as `restore` does, but keeps the
   * keyboard for `resume`. False when there is nothing to give back.
   */
  suspend(): boolean {
    if (!this.entered || this.restored || this.suspended) return false;
    this.suspended = true;
    this.rawMode(false);
    writeNow(this.out, this.giveBack);
    return true;
  }

  /**
   * Takes the screen back after a stop (SIGCONT): raw mode, alternate screen, cursor hidden,
   * paste on, cleared; the caller redraws. Also after a stop it never saw (SIGSTOP), when the
   * shell may have reset the modes and written over the screen.
   */
  resume(): boolean {
    if (!this.entered || this.restored) return false;
    this.suspended = false;
    // libuv skips setting the mode it believes is set; after a SIGSTOP the shell has reset it.
    this.rawMode(false);
    this.rawMode(true);
    writeNow(this.out, this.take);
    return true;
  }

  private rawMode(on: boolean): void {
    const kb = this.keyboard as NodeJS.ReadStream & { setRawMode?: (on: boolean) => void };
    try {
      if (kb.isTTY && typeof kb.setRawMode === 'function') kb.setRawMode(on);
    } catch {
      // The terminal is gone (SIGHUP); there is no mode left to set.
    }
  }

  /** Writes to the screen now (synchronously); false if there was nothing to write or it failed. */
  paint(text: string): boolean {
    if (!text || this.restored) return false;
    return writeNow(this.out, text);
  }

  restore(): void {
    if (this.restored) return;
    this.restored = true;
    const kb = this.keyboard;
    this.rawMode(false);
    if (this.entered) writeNow(this.out, this.giveBack);
    if (this.ownsKeyboard) {
      try {
        kb.destroy();
      } catch {
        // already closed
      }
    } else {
      kb.pause();
    }
  }
}

export type ExitReason = { kind: 'signal'; signal: ExitSignal } | { kind: 'crash'; error: unknown };

/**
 * Routes every abnormal way out (signals, uncaught exceptions, unhandled rejections) to one
 * handler, and restores the terminal on `process.exit` as a last resort. Returns the uninstaller.
 * Own signal listeners also stop Ink's signal-exit from re-raising the signal before we restore.
 */
export function onAbnormalExit(session: TerminalSession, handler: (reason: ExitReason) => void): () => void {
  const bySignal = (Object.keys(SIGNAL_EXIT_CODES) as ExitSignal[]).map((signal) => {
    const listener = () => handler({ kind: 'signal', signal });
    process.on(signal, listener);
    return [signal, listener] as const;
  });
  const onCrash = (error: unknown) => handler({ kind: 'crash', error });
  const onExit = () => session.restore();
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.on('exit', onExit);
  return () => {
    for (const [signal, listener] of bySignal) process.off(signal, listener);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    process.off('exit', onExit);
  };
}

/** The one line printed for a crash, after the screen is restored; the stack only with PRESSER_DEBUG. */
export function crashMessage(error: unknown, debug = !!process.env.PRESSER_DEBUG): string {
  if (debug && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? '';
}
