// The terminal-restoring pieces, without a terminal: the order and idempotence of the restore
// sequence, the one-line crash message, and the error when there is no keyboard to open.
import { describe, expect, it, vi } from 'vitest';
import { crashMessage, ESC, SIGNAL_EXIT_CODES, TerminalSession } from '../../src/ui/terminal.js';

function fakeStreams() {
  const written: string[] = [];
  const out = { write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
  const modes: boolean[] = [];
  const kb = { isTTY: true, setRawMode: (on: boolean) => modes.push(on), pause: vi.fn(), destroy: vi.fn() } as unknown as NodeJS.ReadStream;
  return { written, out, modes, kb };
}

describe('TerminalSession', () => {
  it('enters raw mode and the alternate screen with the cursor hidden, before any frame', () => {
    const { written, out, modes, kb } = fakeStreams();
    new TerminalSession(out, kb, false).enter();
    expect(modes).toEqual([true]);
    expect(written.join('')).toBe(ESC.altScreenOn + ESC.cursorHide + ESC.pasteOn + ESC.clearHome);
  });

  it('suspends and resumes: the terminal given back as on exit, then taken back, the keyboard kept', () => {
    const { written, out, modes, kb } = fakeStreams();
    const session = new TerminalSession(out, kb, true);
    expect(session.suspend(), 'nothing to give back before entering').toBe(false);
    session.enter();
    written.length = 0;
    modes.length = 0;
    expect(session.suspend()).toBe(true);
    expect(session.suspend(), 'once').toBe(false);
    expect(modes).toEqual([false]);
    const given = written.join('');
    for (const code of [ESC.syncEnd, ESC.pasteOff, ESC.altScreenOff, ESC.cursorShow]) expect(given).toContain(code);
    written.length = 0;
    modes.length = 0;
    expect(session.resume()).toBe(true);
    // Raw mode set afresh: libuv skips a mode it believes is set, and a shell may have reset it.
    expect(modes).toEqual([false, true]);
    expect(written.join('')).toBe(ESC.altScreenOn + ESC.cursorHide + ESC.pasteOn + ESC.clearHome);
    expect(kb.destroy).not.toHaveBeenCalled();
    session.restore();
    written.length = 0;
    expect(session.resume(), 'not after the end').toBe(false);
    expect(session.suspend()).toBe(false);
    expect(written).toEqual([]);
  });

  it('restores cooked mode, leaves the alternate screen, shows the cursor — exactly once', () => {
    const { written, out, modes, kb } = fakeStreams();
    const session = new TerminalSession(out, kb, true);
    session.enter();
    written.length = 0;
    session.restore();
    session.restore();
    expect(modes).toEqual([true, false]);
    const seq = written.join('');
    expect(seq.indexOf(ESC.altScreenOff)).toBeGreaterThanOrEqual(0);
    expect(seq.indexOf(ESC.cursorShow)).toBeGreaterThan(seq.indexOf(ESC.altScreenOff));
    expect(seq).toContain(ESC.syncEnd);
    expect(seq).toContain(ESC.pasteOff);
    expect(written).toHaveLength(1);
    expect(kb.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not touch the screen when restored without having entered it', () => {
    const { written, out, kb } = fakeStreams();
    new TerminalSession(out, kb, false).restore();
    expect(written).toEqual([]);
    expect(kb.pause).toHaveBeenCalled();
  });

  it('survives a terminal that is gone (writes and mode changes throwing)', () => {
    const out = {
      write: () => {
        throw new Error('EIO');
      },
    } as unknown as NodeJS.WriteStream;
    const kb = {
      isTTY: true,
      setRawMode: (on: boolean) => {
        if (!on) throw new Error('EIO');
      },
      pause: () => {},
    } as unknown as NodeJS.ReadStream;
    const session = new TerminalSession(out, kb, false);
    expect(() => session.enter()).not.toThrow();
    expect(() => session.restore()).not.toThrow();
  });
});

describe('crash message and exit codes', () => {
  it('is the first line of the message, or the stack with PRESSER_DEBUG', () => {
    const e = new Error('bad thing\nmore detail');
    expect(crashMessage(e, false)).toBe('bad thing');
    expect(crashMessage('plain', false)).toBe('plain');
    expect(crashMessage(e, true)).toContain('at ');
  });

  it('follows the shell convention, 128 + signal number', () => {
    expect(SIGNAL_EXIT_CODES).toEqual({ SIGINT: 128 + 2, SIGTERM: 128 + 15, SIGHUP: 128 + 1 });
  });
});
