import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as: "utf-8", "utf-16le", "utf-16be", "gb18030". */
  encoding: string;
}

/**
 * Bytes → text: BOM-marked UTF-8/UTF-16, else UTF-16 recognised by its NUL pattern, else strict
 * UTF-8, else GB18030 (a superset of GBK/GB2312). Throws UserError.
 */
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
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeStrict(utf16, bytes, name), encoding: utf16 };
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

/**
 * UTF-16 saved without a BOM, recognised by reading: bytes with NULs (ASCII and U+xx00
 * characters such as 一 or the ideographic space have a zero byte in UTF-16) that read as
 * text in one byte order: nearly all ideographs, letters, digits, punctuation and spaces,
 * no control characters. A binary file reads as neither.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 1 << 16));
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(encoding).decode(sample);
    const texty = text.match(/[\p{Script=Han}\p{L}\p{N}\p{P}\p{S}\p{Zs}\n\r\t]/gu)?.length ?? 0;
    if (texty >= Array.from(text).length * 0.98 && !/[\x00-\x08\x0e-\x1f]/.test(text)) return encoding;
  }
  return undefined;
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
