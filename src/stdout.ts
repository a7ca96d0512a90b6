// Standard output for the plain commands: every way a write can fail (a full disk, a closed
// stdout, a device error) becomes one line and a failing exit status; a reader that went away
// (EPIPE: `presser show 1 | head -1`) is no failure at all.
import { readFileSync, readlinkSync } from 'node:fs';
import { getSystemErrorMap } from 'node:util';
import { isUserError, UserError } from './errors.js';

/** The output could not be written: the command failed (exit 1), whatever it had computed. */
export class OutputError extends UserError {
  constructor(
    message: string,
    /** The reader of a pipe left (EPIPE): quiet, and not a failure. */
    readonly brokenPipe = false,
  ) {
    super(message, 1);
    this.name = 'OutputError';
  }
}

/** The reader of a pipe left: an OutputError that says so, made by either bundle of the program. */
export function isBrokenPipe(e: unknown): boolean {
  return isUserError(e) && (e as Partial<OutputError>).brokenPipe === true;
}

/**
 * Node reopens a closed standard output (`presser export >&-`) as /dev/null at start-up, so
 * every write would "succeed" into nothing. Linux shows it: fd 1 is /dev/null opened read-write,
 * where a shell's `> /dev/null` opens it write-only. Elsewhere (no /proc) this says false.
 */
export function stdoutClosed(fd = 1): boolean {
  try {
    if (readlinkSync(`/proc/self/fd/${fd}`) !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2; // O_ACCMODE === O_RDWR
  } catch {
    return false;
  }
}

/** A write error as an OutputError: "cannot write output: no space left on device (ENOSPC)". */
export function outputError(e: unknown): OutputError {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EPIPE') return new OutputError('cannot write output: the reading end of the pipe was closed', true);
  if (err?.code === 'EBADF') return new OutputError('cannot write output: standard output is closed');
  const known = typeof err?.errno === 'number' ? getSystemErrorMap().get(err.errno) : undefined;
  const why = known ? `${known[1]} (${known[0]})` : (err?.code ?? (err?.message ?? String(e)).split('\n')[0]);
  return new OutputError(`cannot write output: ${why}`);
}

/**
 * Writes a command's whole output. Throws an OutputError when standard output is closed or a
 * synchronous write fails (files and devices: /dev/full); a pipe's failures arrive later as the
 * stream's 'error' event, which cli.ts turns into the same OutputError.
 */
export function writeStdout(text: string, out: NodeJS.WriteStream = process.stdout): void {
  if (out === process.stdout && stdoutClosed()) throw outputError({ code: 'EBADF' });
  try {
    out.write(text);
  } catch (e) {
    throw outputError(e);
  }
}
