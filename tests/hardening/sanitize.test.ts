import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINES_DETAILED, printable, sanitize } from '../../src/transcript/sanitize.js';
import { firstForbidden, HOSTILE, HOSTILE_LIST } from './hostile.js';

const FC = { seed: 20260307, numRuns: 400 };

describe('sanitize: table', () => {
  const cases: [string, string, string, number][] = [
    ['OSC 0 title, BEL', 'a\x1b]0;evil\x07b', 'ab', 1],
    ['OSC 2 title, ST', 'a\x1b]2;evil\x1b\\b', 'ab', 1],
    ['OSC 52 clipboard', '前\x1b]52;c;ZXZpbA==\x07后', '前后', 1],
    ['OSC unterminated ends at the line', 'a\x1b]0;no end\n第二行', 'a\n第二行', 1],
    ['OSC cut by a new ESC', 'a\x1b]0;x\x1b[31mb', 'ab', 2],
    ['CSI clear + home', 'x\x1b[2J\x1b[Hy', 'xy', 2],
    ['CSI private mode', 'x\x1b[?1049hy', 'xy', 1],
    ['CSI with intermediate', 'x\x1b[1 qy', 'xy', 1],
    ['CSI cut short before Chinese', 'x\x1b[12;中', 'x中', 1],
    ['DCS with ST', 'l\x1bPqdcs\x1b\\m', 'lm', 1],
    ['APC with ST', 'l\x1b_Gf=1\x1b\\m', 'lm', 1],
    ['PM and SOS', 'a\x1b^pm\x1b\\b\x1bXsos\x1b\\c', 'abc', 2],
    ['ESC + final', 'a\x1b7b\x1bcc', 'abc', 2],
    ['ESC charset designation', 'a\x1b(0b', 'ab', 1],
    ['lone ESC before a newline keeps the newline', 'a\x1b\nb', 'a\nb', 1],
    ['lone ESC at the end', 'a\x1b', 'a', 1],
    ['ESC before Chinese removes ESC only', 'a\x1b中', 'a中', 1],
    ['C1 CSI as a character', 'i\u009b31mj', 'ij', 1],
    ['C1 OSC ended by C1 ST', 'i\u009d0;t\u009cj', 'ij', 1],
    ['C1 DCS unterminated ends at the line', 'i\u0090q\nj', 'i\nj', 1],
    ['other C1', 'a\u0080\u0084\u009ab', 'ab', 3],
    ['C0 and DEL', 'a\x00\x07\x08\x0b\x0c\x1a\x7fb', 'ab', 7],
    ['bidi overrides and isolates', '\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069', 'abcdefgh', 9],
    ['bidi marks', 'a\u200eb\u200fc\u061cd', 'abcd', 3],
    ['soft hyphen and Mongolian vowel separator (terminals draw them)', 'a\u00adb\u180ec', 'abc', 2],
    ['tab becomes a space, uncounted', '问\t答', '问 答', 0],
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc', 0],
    ['NEL, LS, PS become LF', 'a\u0085b\u2028c\u2029d', 'a\nb\nc\nd', 0],
    ['printable text untouched', '王毅：“中国 ABC 123 ——《》 😀 é”', '王毅：“中国 ABC 123 ——《》 😀 é”', 0],
    ['zero-width joiner in emoji kept', '👩\u200d💻', '👩\u200d💻', 0],
  ];
  it.each(cases)('%s', (_name, input, text, removed) => {
    const s = sanitize(input);
    expect(s.text).toBe(text);
    expect(s.removed).toBe(removed);
  });

  it('records the line of each removal, per kind', () => {
    const s = sanitize('ok\n\x1b]0;t\x07x\x1b[2J\nok\n\u202e\x00');
    expect(s.lines).toEqual([
      { line: 2, counts: { OSC: 1, CSI: 1 } },
      { line: 4, counts: { bidi: 1, C0: 1 } },
    ]);
    expect(s.linesAffected).toBe(2);
  });

  it('keeps detail for a bounded number of lines but counts them all', () => {
    const s = sanitize('\x1b[1m\n'.repeat(MAX_LINES_DETAILED + 50));
    expect(s.lines).toHaveLength(MAX_LINES_DETAILED);
    expect(s.linesAffected).toBe(MAX_LINES_DETAILED + 50);
    expect(s.removed).toBe(MAX_LINES_DETAILED + 50);
  });

  it('handles one long line with many escapes (400,000 of them)', () => {
    // Quadratic work here would run into the test's timeout; the speed itself is the bench's business.
    const line = '字\x1b[1m'.repeat(200_000);
    const s = sanitize(line);
    expect(s.text).toBe('字'.repeat(200_000));
  });
});

/** Text that sanitize must leave alone: anything but controls and bidi formatting. */
const safeChar = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 1 })
  .filter((c) => !/[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(c));
const safeText = fc.string({ unit: safeChar, maxLength: 40 });
/** Text with hostile fragments mixed into arbitrary and Chinese text. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(...HOSTILE_LIST),
      fc.constantFrom('\n', '\r\n', '\r', '中文，', '\x1b', '\x1b]', '\x1b[', '\u009b', '\u009d', '\x07', '\x1b\\'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const lineEnds = (s: string) => (s.match(/\r\n|[\r\n\u0085\u2028\u2029]/g) ?? []).length;

describe('sanitize: properties', () => {
  it('leaves no control, C1 or bidi character in any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), hostileText), (s) => {
        expect(firstForbidden(sanitize(s).text, true)).toBeNull();
      }),
      FC,
    );
  });

  it('never removes or adds a line: the source line numbers stay right', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        expect(sanitize(s).text.split('\n').length - 1).toBe(lineEnds(s));
      }),
      FC,
    );
  });

  it('is idempotent: clean text comes back unchanged with nothing counted', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const once = sanitize(s).text;
        const twice = sanitize(once);
        expect(twice.text).toBe(once);
        expect(twice.removed).toBe(0);
      }),
      FC,
    );
  });

  it('leaves safe text exactly as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(safeText, fc.constant('\n')), { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(sanitize(s)).toMatchObject({ text: s, removed: 0 });
      }),
      FC,
    );
  });

  it('removes a terminated sequence whole and keeps the text on both sides', () => {
    // Each of these is nothing but controls: after it, nothing of it may be left.
    const terminated = Object.entries(HOSTILE)
      .filter(([k]) => !/unterminated|loneEsc|^cr$|osc8link/.test(k))
      .map(([, v]) => v);
    fc.assert(
      fc.property(safeText, fc.constantFrom(...terminated), safeText, (a, seq, b) => {
        const s = sanitize(a + seq + b);
        expect(s.text).toBe(seq === HOSTILE.c1Nel ? `${a}\n${b}` : a + b);
      }),
      FC,
    );
  });

  it('an unterminated string command ends at its line, never eating the next', () => {
    fc.assert(
      fc.property(
        safeText,
        fc.constantFrom('\x1b]', '\x1bP', '\x1b_', '\x1b^', '\x1bX', '\u009d', '\u0090'),
        safeText.filter((s) => !s.includes('\n')),
        safeText,
        (a, intro, payload, next) => {
          const s = sanitize(`${a}${intro}${payload}\n${next}`);
          expect(s.text).toBe(`${a}\n${next}`);
        },
      ),
      FC,
    );
  });
});

describe('printable (messages quoting user input)', () => {
  it('escapes controls visibly and keeps the message on one line', () => {
    expect(printable('bad\x1b]0;t\x07\u202e\nname.txt')).toBe('bad\\x1b]0;t\\x07\\u202e\\x0aname.txt');
    expect(printable('发布会.txt')).toBe('发布会.txt');
  });

  it('leaves no control in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => {
        const p = printable(s);
        expect(firstForbidden(p)).toBeNull();
        expect(p).not.toMatch(/[\n\u2028\u2029]/);
      }),
      FC,
    );
  });
});

describe('no-break spaces', () => {
  it('become spaces, so English from web pages breaks between words', () => {
    expect(sanitize('to\u00a0comprehensive strategic\u00a0partnership').text).toBe('to comprehensive strategic partnership');
    expect(sanitize('a\u00a0b').removed).toBe(0);
  });
});
