// Choosing the encoding of a file that is not clean UTF-8: Big5 and GB18030 both decode almost
// any bytes, so the choice is made on evidence, and where the evidence is not clear the file is
// refused — never shown as mojibake. Damage is decoded around, not refused.
import { Converter } from 'opencc-js/cn2t';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/transcript/load.js';
import { guessEncoding, readAs } from '../../src/transcript/encoding.js';
import { isCommonChinese } from '../../src/transcript/common-chinese.js';
import { openTranscriptBytes } from '../../src/transcript/open.js';
import { UserError } from '../../src/errors.js';
import type { Transcript } from '../../src/transcript/model.js';
import { sources } from '../hardening/hostile.js';
import { big5, encodable, gb18030, shiftJis, utf8 } from './encodings.js';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const isValidUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const strip = ({ repairs: _r, ...rest }: Transcript) => rest;

/** Each source's text, simplified as published and in traditional characters, each kept to the lines the encoding can write. */
const texts = sources().map(({ name, bytes }) => {
  const simplified = bytes
    .toString('utf8')
    .replace(/\r/g, '')
    .replace(/\u00a0/g, ' ');
  const traditional = toTraditional(simplified);
  const keep = (enc: 'gb18030' | 'big5', text: string) =>
    text
      .split('\n')
      .filter((l) => encodable(enc, l))
      .join('\n');
  return { name, gb: keep('gb18030', simplified), big5: keep('big5', traditional), gbTraditional: keep('gb18030', traditional) };
});

/** Real lines of Chinese, both scripts, for the short-text properties. */
const lines = texts.flatMap((t) => [...t.gb.split('\n'), ...t.big5.split('\n')]).filter((l) => /\p{Script=Han}/u.test(l));

describe('Big5 (Hong Kong and Taiwan copies)', () => {
  it.each(texts.map((t) => [t.name, t] as const))('%s in traditional characters, saved as Big5, decodes to the same text', (_name, t) => {
    expect(t.big5.length).toBeGreaterThan(200);
    const decoded = decodeBytes(big5(t.big5));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.replaced).toBeUndefined();
    expect(decoded.text).toBe(t.big5);
  });

  it('a Big5 transcript reads exactly as the same transcript in UTF-8, with a "decoded from big5" repair', () => {
    const t = texts[0]!;
    const fromBig5 = openTranscriptBytes(big5(t.big5), 'tw.txt').transcript;
    expect(strip(fromBig5)).toEqual(strip(openTranscriptBytes(utf8(t.big5), 'tw.txt').transcript));
    expect(fromBig5.repairs[0]).toEqual({ kind: 'decoded', line: 0, detail: 'decoded from big5' });
  });

  it('a paragraph of traditional text', () => {
    const para = '外交部發言人在記者會上表示，中國政府堅定維護國家主權和領土完整。記者：請問中方對此有何評論？答：我們已經多次表明立場。';
    expect(decodeBytes(big5(para))).toEqual({ text: para, encoding: 'big5' });
  });
});

describe('GB18030', () => {
  it.each(texts.map((t) => [t.name, t] as const))('%s, simplified and traditional, saved as GB18030, decodes to the same text', (_name, t) => {
    expect(decodeBytes(gb18030(t.gb))).toEqual({ text: t.gb, encoding: 'gb18030' });
    expect(decodeBytes(gb18030(t.gbTraditional))).toEqual({ text: t.gbTraditional, encoding: 'gb18030' });
  });

  it('a paragraph of simplified text', () => {
    const para = '外交部发言人在记者会上表示，中国政府坚定维护国家主权和领土完整。记者：请问中方对此有何评论？答：我们已经多次表明立场。';
    expect(decodeBytes(gb18030(para))).toEqual({ text: para, encoding: 'gb18030' });
  });
});

describe('short texts: the right text or a refusal, never mojibake', () => {
  const refusedOrRight = (bytes: Uint8Array, text: string) => {
    let decoded;
    try {
      decoded = decodeBytes(bytes, 'short.txt');
    } catch (e) {
      // Too little to tell, or too few common characters to call it text: said, never guessed.
      expect(e).toBeInstanceOf(UserError);
      expect((e as Error).message).toMatch(/^short\.txt: cannot (tell whether it is|be decoded as text).*convert it to UTF-8 first/);
      return 'refused';
    }
    expect(decoded.text).toBe(text);
    return 'read';
  };

  it('any one to three real lines, in GB18030 or in Big5', () => {
    const outcomes: string[] = [];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 3 }), fc.boolean(), (picked, asBig5) => {
        const text = picked.join('\n');
        const enc = asBig5 ? 'big5' : 'gb18030';
        fc.pre(encodable(enc, text));
        outcomes.push(refusedOrRight(asBig5 ? big5(text) : gb18030(text), text));
      }),
      { seed: 1016, numRuns: 400 },
    );
    // A line of real text is evidence enough: refusals are for a handful of characters.
    expect(outcomes.filter((o) => o === 'read').length / outcomes.length).toBeGreaterThan(0.98);
  });

  it('any one to four characters of real text, in GB18030 or in Big5', () => {
    const chars = [...new Set(lines.join(''))].filter((c) => /\p{Script=Han}/u.test(c));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }), fc.boolean(), (picked, asBig5) => {
        const text = picked.join('');
        fc.pre(encodable(asBig5 ? 'big5' : 'gb18030', text));
        const bytes = asBig5 ? big5(text) : gb18030(text);
        // A character or two can happen to be valid UTF-8 (峡 is CF BF, U+03FF), and a file that
        // is valid UTF-8 is read as UTF-8; a line of text cannot (the property above).
        fc.pre(!isValidUtf8(bytes));
        refusedOrRight(bytes, text);
      }),
      { seed: 1017, numRuns: 600 },
    );
  });

  it('a single character both encodings read as common Chinese is refused with the way out', () => {
    // 國 in Big5 (B0 EA) is 瓣 in GB18030, as common a character.
    const bytes = big5('國');
    expect(new TextDecoder('gb18030').decode(bytes)).not.toBe('國');
    expect(() => decodeBytes(bytes, 'one.txt')).toThrow(/cannot tell whether it is .* text; convert it to UTF-8 first \(iconv -f /);
  });
});

describe('one bad byte does not refuse a whole file', () => {
  /** `bytes` with 0xFF (a byte neither GB18030 nor Big5 has) inserted before the first character of each of `chars`, after `from`. */
  const insertBadByte = (bytes: Uint8Array, encoded: Uint8Array[], from: number): { bytes: Buffer; lines: number[] } => {
    let out = Buffer.from(bytes);
    const lines: number[] = [];
    let at = from;
    for (const e of encoded) {
      at = out.indexOf(Buffer.from(e), at);
      lines.push(out.subarray(0, at).filter((b) => b === 0x0a).length + 1);
      out = Buffer.concat([out.subarray(0, at), Buffer.from([0xff]), out.subarray(at)]);
      at += 1 + e.length;
    }
    return { bytes: out, lines };
  };

  it('GB18030 with one invalid byte: read as GB18030, the byte replaced, the line recorded, the rest intact', () => {
    const text = texts[0]!.gb;
    const { bytes, lines } = insertBadByte(gb18030(text), [gb18030('中国')], 2000);
    const [line] = lines as [number];
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.replaced).toEqual([line]);
    expect(decoded.text.replace('\ufffd', '')).toBe(text);
    const opened = openTranscriptBytes(bytes, 'gb-bad.txt');
    expect(opened.transcript.repairs).toContainEqual({ kind: 'decoded', line, detail: 'invalid GB18030 bytes replaced by U+FFFD' });
    expect(opened.loss).toBe(`1 undecodable byte sequence replaced by U+FFFD (GB18030, line ${line})`);
  });

  it('GB18030 with a lead byte damaged: that line is garbled up to its end, every other line intact', () => {
    const text = texts[0]!.gb;
    const bytes = Buffer.from(gb18030(text));
    const at = bytes.indexOf(Buffer.from(gb18030('中国')), 2000);
    bytes[at] = 0xff;
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('gb18030');
    const want = text.split('\n');
    expect(decoded.text.split('\n').filter((l, i) => l !== want[i])).toHaveLength(1);
  });

  it('Big5 with three bad bytes: read as Big5, three replacements, the rest intact', () => {
    const text = texts[0]!.big5;
    const { bytes, lines } = insertBadByte(big5(text), [big5('中國'), big5('記者'), big5('發展')], 1000);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('big5');
    expect(decoded.replaced).toEqual(lines);
    expect(decoded.text.replaceAll('\ufffd', '')).toBe(text);
  });

  it('ASCII text with one Latin-1 byte: read as windows-1252, nothing lost', () => {
    const bytes = Buffer.from('Q: caf\xe9?\nA: ok\n', 'latin1');
    expect(decodeBytes(bytes)).toEqual({ text: 'Q: café?\nA: ok\n', encoding: 'windows-1252' });
    const opened = openTranscriptBytes(bytes, 'cafe.txt');
    expect(JSON.stringify(opened.transcript)).toContain('café');
    expect(opened.transcript.repairs).toContainEqual({ kind: 'decoded', line: 0, detail: 'decoded from windows-1252' });
    expect(opened.loss).toBeUndefined();
  });

  it('Latin text in windows-1252: accents, quotes and dashes', () => {
    const text = 'The minister said: “We are ready” – naïve, déjà vu… à bientôt, Müßiggang.\n';
    const bytes = Uint8Array.from([...text].map((c) => ({ '“': 0x93, '”': 0x94, '–': 0x96, '…': 0x85 })[c] ?? c.charCodeAt(0)));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1252' });
  });

  it('Chinese UTF-8 with one Latin-1 byte: UTF-8 with one U+FFFD, not a Latin-1 reading', () => {
    const bytes = Buffer.concat([Buffer.from('标题\n王毅：这是'), Buffer.from([0xe9]), Buffer.from('回答。\n')]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toEqual({ text: '标题\n王毅：这是\ufffd回答。\n', encoding: 'utf-8', replaced: [2] });
  });

  it('UTF-8 with a BOM and a bad byte: U+FFFD counted', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x42]))).toEqual({ text: 'A\ufffdB', encoding: 'utf-8', replaced: [1] });
  });
});

describe('what is not text, or not Chinese text presser can tell, is still refused', () => {
  it('NUL bytes: binary', () => expect(() => decodeBytes(Uint8Array.of(0x41, 0, 0x42, 0x43, 0x44), 'x.bin')).toThrow(/binary/));
  it('random high bytes', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0xff : 0x80 + (i % 50)));
    expect(() => decodeBytes(bytes, 'junk.txt')).toThrow(/^junk\.txt: cannot be decoded as text/);
  });
  it('random bytes without NULs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 200, maxLength: 2000, min: 1, max: 255 }), (bytes) => {
        fc.pre(bytes.filter((b) => b >= 0x80).length > bytes.length / 4);
        expect(() => decodeBytes(bytes, 'r.bin')).toThrow(UserError);
      }),
      { seed: 1018, numRuns: 200 },
    );
  });
  it('Japanese in Shift_JIS is not shown as Chinese mojibake', () => {
    const text = '記者会見で外務大臣は、日本政府の立場を説明しました。ありがとうございます。';
    expect(() => decodeBytes(shiftJis(text), 'ja.txt')).toThrow(/^ja\.txt: cannot/);
  });
});

describe('the evidence', () => {
  it('real Chinese text is nearly all common characters and punctuation, in either script', () => {
    for (const t of texts) {
      for (const text of [t.gb, t.big5]) {
        const han = [...text].filter((c) => c >= '\u0080');
        expect(han.filter(isCommonChinese).length / han.length, t.name).toBeGreaterThan(0.99);
      }
    }
  });

  it('read in the wrong one of GB18030 and Big5, real text is at most 60% plausible', () => {
    for (const t of texts) {
      expect(readAs(gb18030(t.gb), 'big5').share, t.name).toBeLessThan(0.6);
      expect(readAs(big5(t.big5), 'gb18030').share, t.name).toBeLessThan(0.6);
      expect(guessEncoding(big5(t.big5))).toEqual({ encoding: 'big5' });
      expect(guessEncoding(gb18030(t.gb))).toEqual({ encoding: 'gb18030' });
    }
  });
});

const LIBRARY = join(import.meta.dirname, '../../../shared/library/mfa-2016-2020');

describe.skipIf(!existsSync(LIBRARY))('the MFA library (../shared/library), when present', () => {
  it('a sample of its briefings, saved as GB18030 and in traditional characters as Big5, all read right', () => {
    const files = readdirSync(LIBRARY)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 60)) === 0);
    for (const f of sample) {
      const lines = readFileSync(join(LIBRARY, f), 'utf8').replace(/\r/g, '').split('\n');
      const gb = lines.filter((l) => encodable('gb18030', l)).join('\n');
      const tw = lines
        .map((l) => toTraditional(l))
        .filter((l) => encodable('big5', l))
        .join('\n');
      expect(decodeBytes(gb18030(gb)), f).toEqual({ text: gb, encoding: 'gb18030' });
      expect(decodeBytes(big5(tw)), f).toEqual({ text: tw, encoding: 'big5' });
    }
  });
});
