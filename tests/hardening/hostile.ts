/**
 * Shared material for the hardening tests: hostile sequences, the checks that output is
 * clean, a seeded random source and a byte-level mutation fuzzer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_FILE = 'data/2025-03-07-wang-yi-press-conference.txt';
// Beside the project (../shared/corpus), wherever the clone is.
export const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus');

/** The seed and, when present, the corpus transcripts, as bytes. */
export function sources(): { name: string; bytes: Buffer }[] {
  const out = [{ name: 'seed', bytes: readFileSync(SEED_FILE) }];
  if (existsSync(CORPUS_DIR)) {
    for (const f of readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      out.push({ name: f, bytes: readFileSync(join(CORPUS_DIR, f)) });
    }
  }
  return out;
}

/** Sequences a hostile transcript may carry: each would make a terminal act, not print. */
export const HOSTILE: Record<string, string> = {
  oscTitle0: '\x1b]0;pwned title\x07',
  oscTitle2: '\x1b]2;pwned title\x1b\\',
  osc52: '\x1b]52;c;ZWNobyBwd25lZA==\x07',
  osc52st: '\x1b]52;p;ZWNobyBwd25lZA==\x1b\\',
  osc8link: '\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07',
  csiClear: '\x1b[2J\x1b[H',
  csiMove: '\x1b[10;20H\x1b[5A\x1b[3C',
  csiSgr: '\x1b[31;1m',
  csiPrivate: '\x1b[?1049h\x1b[?25l',
  csiDsr: '\x1b[6n',
  dcs: '\x1bP1$r0m\x1b\\',
  dcsSixel: '\x1bPq#0;2;0;0;0#1!14~-\x1b\\',
  apc: '\x1b_Gf=100;AAAA\x1b\\',
  pm: '\x1b^private\x1b\\',
  sos: '\x1bXstring\x1b\\',
  escReset: '\x1bc',
  escCharset: '\x1b(0',
  escSave: '\x1b7',
  c1Csi: '\u009b2J',
  c1Osc: '\u009d0;c1 title\u009c',
  c1Dcs: '\u0090q\u009c',
  c1Nel: '\u0085',
  bel: '\x07',
  backspace: '\b\b\b',
  cr: '\rOVERWRITE',
  del: '\x7f',
  nul: '\x00',
  rlo: '\u202e',
  lri: '\u2066',
  pdi: '\u2069',
  lrm: '\u200e',
  rlm: '\u200f',
  shy: '\u00ad',
  mvs: '\u180e',
  loneEsc: '\x1b',
  unterminatedOsc: '\x1b]0;no end',
  unterminatedCsi: '\x1b[12;',
};
export const HOSTILE_LIST = Object.values(HOSTILE);

/** A character no output of presser may hold (outside its own SGR codes): ESC, C1, bidi, other C0. */
const FORBIDDEN_OUT = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** In model text even tab is gone (sanitize makes it a space), and the two format characters terminals draw. */
const FORBIDDEN_TEXT = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first forbidden character of an output, described, or null when clean. */
export function firstForbidden(s: string, text = false): string | null {
  const m = (text ? FORBIDDEN_TEXT : FORBIDDEN_OUT).exec(s);
  if (!m) return null;
  const at = m.index;
  return `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${at} in ${JSON.stringify(s.slice(Math.max(0, at - 20), at + 20))}`;
}

/** presser's own colour codes: SGR only (ESC [ digits ; m). */
const OUR_SGR = /\x1b\[[0-9;]*m/g;
export function stripSgr(s: string): string {
  return s.replace(OUR_SGR, '');
}

/** Every string inside a JSON-ish value. */
export function stringsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsIn(x, out);
  return out;
}

export { rng } from '../helpers/random.js';

const enc = new TextEncoder();

/** A start offset of a UTF-8 character in bytes (so insertions there keep the rest valid). */
function charBoundary(b: Uint8Array, i: number): number {
  while (i > 0 && i < b.length && (b[i]! & 0xc0) === 0x80) i--;
  return i;
}

export type Mutation = 'delete' | 'duplicate' | 'flip' | 'insert-escape' | 'insert-bidi' | 'truncate-mid-char' | 'swap-lines';

/** Applies 1–4 random mutations; returns the bytes and what was done (for failure messages). */
export function mutate(src: Uint8Array, rand: () => number): { bytes: Uint8Array; done: string[] } {
  let b: Uint8Array = Uint8Array.from(src);
  const done: string[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const pos = () => Math.floor(rand() * (b.length + 1));
  const n = 1 + Math.floor(rand() * 4);
  for (let k = 0; k < n; k++) {
    const op = pick<Mutation>(['delete', 'duplicate', 'flip', 'insert-escape', 'insert-escape', 'insert-bidi', 'truncate-mid-char', 'swap-lines']);
    const at = pos();
    switch (op) {
      case 'delete': {
        const len = Math.floor(rand() * 2000);
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + len)]);
        done.push(`delete ${len}@${at}`);
        break;
      }
      case 'duplicate': {
        const len = Math.floor(rand() * 3000);
        b = Buffer.concat([b.subarray(0, at + len), b.subarray(at, at + len), b.subarray(at + len)]);
        done.push(`duplicate ${len}@${at}`);
        break;
      }
      case 'flip': {
        if (b.length === 0) break;
        const i = Math.min(at, b.length - 1);
        b[i] = b[i]! ^ (1 << Math.floor(rand() * 8));
        done.push(`flip@${i}`);
        break;
      }
      case 'insert-escape': {
        // Mostly at a character boundary (keeps the encoding valid), sometimes anywhere.
        const i = rand() < 0.8 ? charBoundary(b, at) : at;
        const seq = pick(HOSTILE_LIST);
        b = Buffer.concat([b.subarray(0, i), enc.encode(seq), b.subarray(i)]);
        done.push(`insert ${JSON.stringify(seq)}@${i}`);
        break;
      }
      case 'insert-bidi': {
        const i = charBoundary(b, at);
        const seq = pick(['\u202e', '\u202d', '\u202a', '\u202b', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c']);
        b = Buffer.concat([b.subarray(0, i), enc.encode(seq), b.subarray(i)]);
        done.push(`insert U+${seq.charCodeAt(0).toString(16)}@${i}`);
        break;
      }
      case 'truncate-mid-char': {
        // Cut inside a multi-byte character: find a continuation byte from `at` on.
        let i = at;
        while (i < b.length && (b[i]! & 0xc0) !== 0x80) i++;
        b = b.subarray(0, i < b.length ? i : at);
        done.push(`truncate@${b.length}`);
        break;
      }
      case 'swap-lines': {
        const text = new TextDecoder().decode(b);
        const lines = text.split('\n');
        const i = Math.floor(rand() * lines.length);
        const j = Math.floor(rand() * lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        b = enc.encode(lines.join('\n'));
        done.push(`swap ${i}<->${j}`);
        break;
      }
    }
  }
  return { bytes: b, done };
}
