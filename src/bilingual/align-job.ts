/**
 * One alignment of the reader's version with its other-language version, the same whether it runs
 * in the align worker (align-worker.ts) or in this thread (align-thread.ts falls back to it): the
 * alignment and which language the reader's version is, or why there is none, in one line.
 */
import { alignPair } from '../commands/align.js';
import type { Transcript } from '../transcript/model.js';
import type { Alignment } from './align.js';
import type { Side } from './parallel.js';

export interface AlignRequest {
  /** The version being read, and the other one, with the names messages use. */
  primary: Transcript;
  primaryName: string;
  other: Transcript;
  otherName: string;
}

export type AlignAnswer = { side: Side; alignment: Alignment } | { reason: string };

export function alignJob(req: AlignRequest): AlignAnswer {
  const primary = { transcript: req.primary, name: req.primaryName, shown: req.primaryName };
  const other = { transcript: req.other, name: req.otherName, shown: req.otherName };
  try {
    const pair = alignPair(primary, other);
    return { side: pair.zh.transcript === req.primary ? 'zh' : 'en', alignment: pair.alignment };
  } catch (e) {
    return { reason: e instanceof Error ? e.message : String(e) };
  }
}
