import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/transcript/model.js';
import { decodeBytes } from '../../src/transcript/load.js';
import { openTranscriptBytes } from '../../src/transcript/open.js';
import { gb18030, utf16, utf8 } from './encodings.js';

const seedText = readFileSync(join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt'), 'utf8');
const corpusFile = join(import.meta.dirname, '../../../shared/corpus/04_mfa_20190211_huachunying_wen-da-layout.txt');

/** The structure a reader sees, independent of line numbers, spacing and the label's colon. */
function structure(t: Transcript) {
  return {
    title: t.title,
    byline: t.byline,
    intro: t.intro,
    source: t.source,
    topics: t.topics.map((tp) => ({ label: tp.label, headline: tp.headline, turns: tp.turns })),
    quotes: t.quotes,
    notes: t.notes,
    repairs: t.repairs.filter((r) => r.kind !== 'decoded').map((r) => r.kind),
  };
}

const lines = (s: string) => s.split(/\r?\n/);
// Layout variants of the same text, as editors and web pages produce them.
const textVariants: Record<string, (s: string) => string> = {
  crlf: (s) => lines(s).join('\r\n'),
  'lone CR': (s) => lines(s).join('\r'),
  'full-width label colons': (s) => s.replace(/^([\u3000\s]*(?:[^:：\n]{1,22}记者|王毅|华春莹|问|答|追问)):/gmu, '$1：'),
  'half-width label colons': (s) => s.replace(/^([\u3000\s]*(?:[^:：\n]{1,22}记者|王毅|华春莹|问|答|追问))：/gmu, '$1:'),
  'ideographic indentation': (s) =>
    lines(s)
      .map((l) => (l.trim() ? `\u3000\u3000${l.trim()}` : l))
      .join('\n'),
  'NBSPs and trailing spaces': (s) =>
    lines(s)
      .map((l) => (l.trim() ? `\u00a0${l.trim()} \u00a0\t ` : l))
      .join('\n'),
  'no blank lines': (s) =>
    lines(s)
      .filter((l) => l.trim() !== '')
      .join('\n'),
  'two blank lines': (s) =>
    lines(s)
      .filter((l) => l.trim() !== '')
      .join('\n\n\n'),
  'tab-only lines between': (s) =>
    lines(s)
      .map((l) => (l.trim() ? l : '\t\t\u3000'))
      .join('\n'),
};
const byteVariants: Record<string, (s: string) => Uint8Array> = {
  'UTF-8 with BOM': (s) => utf8(s, true),
  'UTF-16LE with BOM': (s) => utf16(s, 'le'),
  'UTF-16BE with BOM': (s) => utf16(s, 'be'),
  'UTF-16LE without BOM': (s) => utf16(s, 'le', false),
  'UTF-16BE without BOM': (s) => utf16(s, 'be', false),
  // GB18030 maps NBSP to four bytes; the table here has the two-byte codes, so NBSPs become spaces.
  GB18030: (s) => gb18030(s.replace(/\u00a0/g, ' ')),
};

const sources: [string, string | undefined][] = [
  ['the seed', seedText],
  ['corpus 04 (问/答)', existsSync(corpusFile) ? readFileSync(corpusFile, 'utf8') : undefined],
];

describe.each(sources)('input variants of %s', (_name, text) => {
  const plain = text === undefined ? undefined : structure(openTranscriptBytes(utf8(text), 'plain').transcript);

  it.skipIf(text === undefined).each(Object.keys(textVariants))('%s gives the same structure', (v) => {
    const variant = textVariants[v]!(text!);
    if (variant === text) return; // this layout already is the variant (the seed's colons are half-width)
    expect(structure(openTranscriptBytes(utf8(variant), v).transcript)).toEqual(plain);
  });

  it.skipIf(text === undefined).each(Object.keys(byteVariants))('%s gives the same structure', (v) => {
    const opened = openTranscriptBytes(byteVariants[v]!(text!), v).transcript;
    expect(structure(opened)).toEqual(plain);
  });

  it.skipIf(text === undefined)('full-width colons in the seed and CRLF with a BOM, together', () => {
    const variant = textVariants['full-width label colons']!(textVariants['crlf']!(text!));
    expect(structure(openTranscriptBytes(utf16(variant, 'le'), 'mixed').transcript)).toEqual(plain);
  });
});

describe('decoding', () => {
  const sample = '王毅:你好一\u3000\n';
  it.each([
    ['utf-8', 'with BOM', utf8(sample, true)],
    ['utf-8', 'without BOM', utf8(sample)],
    ['utf-16le', 'with BOM', utf16(sample, 'le')],
    ['utf-16be', 'with BOM', utf16(sample, 'be')],
    ['utf-16le', 'without BOM', utf16(sample, 'le', false)],
    ['utf-16be', 'without BOM', utf16(sample, 'be', false)],
    ['gb18030', '', gb18030(sample)],
  ])('reads %s %s', (encoding, _bom, bytes) => {
    expect(decodeBytes(bytes)).toEqual({ text: sample, encoding });
  });

  it('reads a GB18030 fixture file and records that it was decoded', () => {
    const bytes = readFileSync(join(import.meta.dirname, '../fixtures/gb18030-small.txt'));
    const opened = openTranscriptBytes(bytes, 'gb18030-small.txt').transcript;
    expect(opened.repairs[0]).toMatchObject({ kind: 'decoded', detail: 'decoded from gb18030' });
    expect(opened.topics.map((t) => t.turns.map((u) => u.speaker))).toEqual([['甲乙记者', '张三']]);
    expect(opened.title).toBe('外交部长张三答记者问');
  });

  it('rejects binary bytes with one clear message', () => {
    expect(() => decodeBytes(Uint8Array.of(0x00, 0x01, 0x00, 0xff, 0x00, 0x00, 0x13, 0x00, 0x00), 'x.bin')).toThrow(/binary/);
    const png = Uint8Array.of(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      0,
      0,
      0,
      0x10,
      0,
      0,
      0,
      0x10,
      0x08,
      0x06,
      0,
      0,
    );
    expect(() => decodeBytes(png, 'x.png')).toThrow(/binary/);
  });
});
