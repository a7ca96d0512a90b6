/**
 * One file's bytes → what the library keeps: the model as JSON, its metadata and its searchable
 * characters; or why it is not a transcript. The same function runs in the worker threads and,
 * for a few files or without the bundled worker, in the main thread.
 */
import { UserError } from '../errors.js';
import { openTranscriptBytes } from '../transcript/open.js';
import { searchableChars } from './chars.js';
import { describeTranscript, type TranscriptMeta } from './meta.js';

export type ParseResult = { ok: true; json: string; meta: TranscriptMeta; chars: Uint32Array } | { ok: false; reason: string };

export function parseJob(bytes: Uint8Array, name: string): ParseResult {
  try {
    const { transcript } = openTranscriptBytes(bytes, name);
    return { ok: true, json: JSON.stringify(transcript), meta: describeTranscript(transcript), chars: searchableChars(transcript) };
  } catch (e) {
    if (e instanceof UserError) return { ok: false, reason: withoutName(e.message, name) };
    // The parser is meant to be total; if it is not, one file is skipped, not the library.
    return { ok: false, reason: `internal error: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** "a.txt: is empty; …" → "is empty; …": the caller names the file itself. */
function withoutName(message: string, name: string): string {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}
