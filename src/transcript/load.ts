import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as: "utf-8", "utf-16le", "utf-16be", "gb18030". */
  encoding: string;
}

/** Bytes → text: BOM-marked UTF-8/UTF-16, else strict UTF-8, else GB18030. Throws UserError. */
export function decodeBytes(bytes: Uint8Array, name = 'input'): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeStrict('utf-8', bytes.subarray(3), name), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeStrict('utf-16le', bytes.subarray(2), name), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeStrict('utf-16be', bytes.subarray(2), name), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) {
    throw new UserError(`${name}: looks like a binary file (it contains NUL bytes), not a transcript`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese .txt files are very often GB18030 (a superset of GBK and GB2312).
  }
  return { text: decodeStrict('gb18030', bytes, name), encoding: 'gb18030' };
}

function decodeStrict(encoding: string, bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${name}: cannot be decoded as UTF-8, UTF-16 or GB18030 text`);
  }
}

/** Reads a file (or standard input for "-") as bytes, with one-line errors. */
export function readSource(path: string): Uint8Array {
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (e) {
      throw new UserError(`cannot read standard input: ${(e as Error).message}`);
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw fsError(path, e);
  }
  if (isDir) throw new UserError(`${path}: is a directory, not a transcript file`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw fsError(path, e);
  }
}

function fsError(path: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`${path}: permission denied`);
  if (code === 'EISDIR') return new UserError(`${path}: is a directory, not a transcript file`);
  return new UserError(`${path}: cannot read (${code ?? (e as Error).message})`);
}
