import { named, PROBLEMS, PROBLEMS_SEPARATOR } from '../i18n/problems.js';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import type { Repair, Transcript } from './model.js';
import { decodeBytes, readSource, type Decoded } from './load.js';
import { ENCODING_NAMES } from './encoding.js';
import { describeRemoved, MAX_LINES_DETAILED, printable, sanitize, type Sanitized } from './sanitize.js';
import { parseTranscript, WHOLE_TEXT_LABEL } from './parse.js';
import { nameDateOf } from './name-date.js';

export { nameDateOf, WHOLE_TEXT_LABEL };

export const DEFAULT_TRANSCRIPT = '2025-03-07-wang-yi-press-conference.txt';

/**
 * The largest input presser reads. A press-conference transcript is 30–300 KB (10–100 thousand
 * characters); 4 MiB is more than ten times the largest. Measured 2026-11-26 (2 busy cores):
 * at 4 MB `presser topics|export|search` take 0.4–1.1 s and the reader's first frame 1–2 s;
 * 100 MB would take 1.2 s to decode and clean and 6.5–8 s to parse, with 400+ MB of memory.
 * Above the limit presser refuses at once, from the file's size, instead of holding the terminal.
 */
export const MAX_TRANSCRIPT_BYTES = 4 * 1024 * 1024;

/** The embedded transcript, found from this module's place both in src/ and in the dist/ bundle. */
export function defaultTranscriptPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data', DEFAULT_TRANSCRIPT);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'data', DEFAULT_TRANSCRIPT);
}

export interface Opened {
  transcript: Transcript;
  /** A short name for messages and citations: the file's base name, or "stdin"; safe to print. */
  name: string;
  /** The input as the user named it (a path, or "stdin"), for messages; safe to print. */
  shown: string;
  /**
   * What decoding lost (bytes replaced by U+FFFD, a cut-off last character), in a phrase: the
   * commands print it once on stderr, the reader shows it in its status line.
   */
  loss?: string;
  /** SHA-256 of the bytes read: what the reader's position and marks are kept under (a renamed file keeps them). */
  hash?: string;
}

/**
 * Bytes → decoded text → sanitized text → model. Throws UserError on unusable input; `shown`
 * names the input in messages (default: `name`).
 */
export function openTranscriptBytes(bytes: Uint8Array, name: string, shown = name): Opened {
  if (bytes.length > MAX_TRANSCRIPT_BYTES) throw tooLarge(shown, bytes.length);
  const decoded = decodeBytes(bytes, shown);
  const decoding = decodeRepairs(decoded);
  const clean = sanitize(decoded.text);
  if (clean.text.trim() === '') {
    throw new UserError(named(shown, decoded.text.trim() === '' ? PROBLEMS.emptyFile() : PROBLEMS.onlyControls()));
  }
  const transcript = asOneTopicIfUnstructured(parseTranscript(clean.text, nameDateOf(name)));
  transcript.repairs.unshift(...decoding.repairs, ...controlRepairs(clean));
  const hash = createHash('sha256').update(bytes).digest('hex');
  return decoding.loss ? { transcript, name, shown, loss: decoding.loss, hash } : { transcript, name, shown, hash };
}

export function openTranscript(file: string | undefined): Opened {
  const path = file ?? defaultTranscriptPath();
  const name = path === '-' ? 'stdin' : printable(basename(path));
  // Messages name the input as the user gave it (`/dev/zero`, `../a.txt`), citations by its base name.
  const shown = path === '-' ? 'stdin' : printable(path);
  return openTranscriptBytes(readLimited(path, shown), name, shown);
}

/**
 * Reads the input, refusing it above MAX_TRANSCRIPT_BYTES without reading it all: a
 * regular file by its size, a pipe or device (stdin, `<(curl …)`, /dev/zero) by reading in
 * 64 KiB chunks only until it passes the limit.
 */
function readLimited(path: string, name: string): Uint8Array {
  if (path === '-') return readBounded(0, name, PROBLEMS.standardInput());
  let st;
  try {
    st = statSync(path);
  } catch {
    return readSource(path); // it words the error (no such file, permission denied, …)
  }
  if (st.isFile()) {
    if (st.size > MAX_TRANSCRIPT_BYTES) throw tooLarge(name, st.size);
    return readSource(path);
  }
  if (st.isDirectory()) return readSource(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return readSource(path);
  }
  try {
    return readBounded(fd, name, name);
  } finally {
    closeSync(fd);
  }
}

function readBounded(fd: number, name: string, what: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing yet: wait a moment and read again.
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw new UserError(PROBLEMS.cannotRead(what, code ?? (e as Error).message));
    }
    if (n === 0) break;
    total += n;
    // How far past the limit a stream gets depends on its chunking: the message names the limit.
    if (total > MAX_TRANSCRIPT_BYTES) throw tooLarge(name, MAX_TRANSCRIPT_BYTES, true);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

const MIB = 1024 * 1024;

/**
 * "4,194,452 bytes, 4.0001 MiB": the size in MiB with as many decimals as it takes to differ
 * from the limit (cut, not rounded, so a size over the limit never reads as the limit itself).
 */
export function sizeText(bytes: number): string {
  let decimals = 1;
  const cut = (d: number) => Math.floor((bytes / MIB) * 10 ** d) / 10 ** d;
  while (decimals < 7 && bytes > MAX_TRANSCRIPT_BYTES && cut(decimals) <= MAX_TRANSCRIPT_BYTES / MIB) decimals++;
  return PROBLEMS.sizeBytes(bytes.toLocaleString('en-US'), cut(decimals).toFixed(decimals));
}

function tooLarge(name: string, bytes: number, atLeast = false): UserError {
  const limit = String(MAX_TRANSCRIPT_BYTES / MIB);
  return new UserError(named(name, PROBLEMS.tooLarge(atLeast ? PROBLEMS.sizeOver(limit) : sizeText(bytes), limit)));
}

/** What decoding changed, as repairs (kind `decoded`), and the phrase that tells the user about a loss. */
function decodeRepairs(decoded: Decoded): { repairs: Repair[]; loss?: string } {
  const repairs: Repair[] = [];
  const encoding = ENCODING_NAMES[decoded.encoding] ?? decoded.encoding;
  if (decoded.encoding !== 'utf-8') repairs.push({ kind: 'decoded', line: 0, detail: PROBLEMS.decodedFrom(decoded.encoding) });
  const replaced = decoded.replaced ?? [];
  const lines = [...new Set(replaced)];
  for (const line of lines.slice(0, MAX_LINES_DETAILED)) repairs.push({ kind: 'decoded', line, detail: PROBLEMS.invalidBytesReplaced(encoding) });
  if (lines.length > MAX_LINES_DETAILED) {
    repairs.push({ kind: 'decoded', line: 0, detail: PROBLEMS.moreLinesReplaced(String(lines.length - MAX_LINES_DETAILED), String(replaced.length)) });
  }
  const losses: string[] = [];
  if (replaced.length > 0) {
    const n = replaced.length;
    const where = `${replaced[0]}${lines.length > 1 ? ' and more' : ''}`;
    losses.push(n > 1 ? PROBLEMS.replacedSequences(String(n), encoding, where) : PROBLEMS.replacedSequence(encoding, where));
  }
  if (decoded.droppedTail) {
    const n = decoded.droppedTail;
    const line = decoded.text.split('\n').length;
    repairs.push({ kind: 'decoded', line, detail: n > 1 ? PROBLEMS.fileEndsMidBytes(String(n)) : PROBLEMS.fileEndsMidByte() });
    losses.push(n > 1 ? PROBLEMS.droppedBytes(String(n)) : PROBLEMS.droppedByte());
  }
  return { repairs, loss: losses.length ? losses.join(PROBLEMS_SEPARATOR) : undefined };
}

function controlRepairs(clean: Sanitized): Repair[] {
  const repairs: Repair[] = clean.lines.map((l) => ({ kind: 'control-chars', line: l.line, detail: PROBLEMS.removedControls(describeRemoved(l.counts)) }));
  const untold = clean.linesAffected - clean.lines.length;
  if (untold > 0) repairs.push({ kind: 'control-chars', line: 0, detail: PROBLEMS.moreLinesRemoved(String(untold), String(clean.removed)) });
  return repairs;
}

/**
 * Text in which the parser recognised no topic (an article, notes, a transcript in a layout
 * it does not know) is still readable: all of it becomes one topic of paragraphs.
 */
function asOneTopicIfUnstructured(t: Transcript): Transcript {
  if (t.topics.length > 0) return t;
  const paragraphs = [t.byline, ...(t.intro?.split('\n') ?? []), ...t.notes].filter((p): p is string => !!p);
  if (paragraphs.length === 0 && t.title) paragraphs.push(t.title);
  if (paragraphs.length === 0) return t;
  const { byline: _byline, intro: _intro, ...rest } = t;
  return {
    ...rest,
    notes: [],
    topics: [{ id: 1, label: WHOLE_TEXT_LABEL, turns: [{ role: 'narration', speaker: '', paragraphs }] }],
    repairs: [...t.repairs, { kind: 'no-structure', line: 0, detail: PROBLEMS.noStructure() }],
  };
}
