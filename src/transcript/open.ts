import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import type { Transcript } from './model.js';
import { decodeBytes, readSource } from './load.js';
import { sanitize } from './sanitize.js';
import { parseTranscript } from './parse.js';

export const DEFAULT_TRANSCRIPT = '2025-03-07-wang-yi-press-conference.txt';

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
  /** A short name for messages and citations: the file's base name, or "stdin". */
  name: string;
}

/** Bytes → decoded text → sanitized text → model. Throws UserError on unreadable input. */
export function openTranscriptBytes(bytes: Uint8Array, name: string): Opened {
  const decoded = decodeBytes(bytes, name);
  const clean = sanitize(decoded.text);
  if (clean.text.trim() === '') throw new UserError(`${name}: is empty; there is no transcript to read`);
  const transcript = parseTranscript(clean.text);
  if (decoded.encoding !== 'utf-8') {
    transcript.repairs.unshift({ kind: 'decoded', line: 0, detail: `decoded from ${decoded.encoding}` });
  }
  if (clean.removed > 0) {
    transcript.repairs.unshift({ kind: 'control-chars', line: 0, detail: `removed ${clean.removed} control characters or escape sequences` });
  }
  return { transcript, name };
}

export function openTranscript(file: string | undefined): Opened {
  const path = file ?? defaultTranscriptPath();
  return openTranscriptBytes(readSource(path), path === '-' ? 'stdin' : basename(path));
}
