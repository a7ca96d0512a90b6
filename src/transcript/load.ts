import { named, PROBLEMS } from '../i18n/problems.js';
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { ENCODING_NAMES, guessEncoding, undefinedAsReplacement } from './encoding.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as: "utf-8", "utf-16le", "utf-16be", "gb18030", "big5", "windows-1252". */
  encoding: string;
  /** Undecodable byte sequences, each replaced by U+FFFD, and the 1-based lines they are on (in order, repeated per sequence). */
  replaced?: number[];
  /** Bytes of an incomplete last character (the file was cut off), dropped. */
  droppedTail?: number;
}

/** How much of a large input is read to choose its encoding: a quarter of a MiB, cut at a line end. */
const GUESS_SAMPLE_BYTES = 256 * 1024;

/**
 * Bytes → text: BOM-marked UTF-8/UTF-16, else UTF-16 recognised by its NUL pattern, else strict
 * UTF-8, else the clearly most plausible reading among UTF-8, GB18030, Big5 and windows-1252
 * (encoding.ts). Bytes that do not decode are replaced by U+FFFD and counted; a character cut off
 * at the end is dropped. Throws UserError for binary content (NUL bytes) and for bytes that no
 * encoding reads as text, or that two read equally well.
 */
export function decodeBytes(bytes: Uint8Array, name = 'input'): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeAs(utf16, bytes);
  if (bytes.includes(0)) {
    throw new UserError(named(name, PROBLEMS.binaryFile()));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not clean UTF-8: damaged UTF-8, or another encoding. Chinese .txt files are very often
    // GB18030 (a superset of GBK and GB2312), those from Hong Kong and Taiwan Big5.
  }
  const guess = guessEncoding(guessSample(bytes));
  if ('none' in guess) {
    throw new UserError(named(name, PROBLEMS.undecodable()));
  }
  if ('ambiguous' in guess) {
    const [a, b] = guess.ambiguous.map((e) => ENCODING_NAMES[e]);
    throw new UserError(named(name, PROBLEMS.twoEncodings(a!, b!, guess.ambiguous[0]!)));
  }
  return decodeAs(guess.encoding, bytes);
}

/** The whole input, or for a large one its first GUESS_SAMPLE_BYTES up to a line end (LF is a whole character in every candidate). */
function guessSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= GUESS_SAMPLE_BYTES) return bytes;
  const end = bytes.lastIndexOf(0x0a, GUESS_SAMPLE_BYTES);
  return bytes.subarray(0, end > 0 ? end + 1 : GUESS_SAMPLE_BYTES);
}

/** Decodes leniently: U+FFFD for each undecodable sequence (counted with its line), an incomplete last character dropped. */
function decodeAs(encoding: string, bytes: Uint8Array): Decoded {
  const decoder = new TextDecoder(encoding);
  const text = undefinedAsReplacement(encoding, decoder.decode(bytes, { stream: true }));
  const decoded: Decoded = { text, encoding };
  if (decoder.decode() !== '') decoded.droppedTail = incompleteTail(encoding, bytes, text);
  if (text.includes('\ufffd')) {
    const replaced: number[] = [];
    let line = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c === 0xfffd) replaced.push(line);
    }
    decoded.replaced = replaced;
  }
  return decoded;
}

/** How many bytes the incomplete last character had: the shortest cut that leaves the same text. */
function incompleteTail(encoding: string, bytes: Uint8Array, text: string): number {
  for (let cut = 1; cut < 4 && cut < bytes.length; cut++) {
    if (undefinedAsReplacement(encoding, new TextDecoder(encoding).decode(bytes.subarray(0, bytes.length - cut))) === text) return cut;
  }
  return 4;
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

/** Reads a file (or standard input for "-") as bytes, with one-line errors. */
export function readSource(path: string): Uint8Array {
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (e) {
      throw new UserError(PROBLEMS.cannotRead(PROBLEMS.standardInput(), (e as Error).message));
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    throw fsError(path, e);
  }
  if (isDir) throw new UserError(named(path, PROBLEMS.notATranscriptFile()));
  try {
    return readFileSync(path);
  } catch (e) {
    throw fsError(path, e);
  }
}

function fsError(path: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserError(named(path, PROBLEMS.noSuchFile()));
  if (code === 'EACCES' || code === 'EPERM') return new UserError(named(path, PROBLEMS.permissionDenied()));
  if (code === 'EISDIR') return new UserError(named(path, PROBLEMS.notATranscriptFile()));
  return new UserError(named(path, PROBLEMS.cannotReadCode(code ?? (e as Error).message)));
}
