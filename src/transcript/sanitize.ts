/**
 * Makes untrusted text safe to draw: after `sanitize`, the text holds no character a
 * terminal would act on rather than print. Runs once at load, before the parser, so the
 * model — and everything drawn from it (reader, `show`, `search`, `export`) — is clean.
 *
 * What goes, and why:
 * - Line ends are normalised first: CRLF, lone CR, NEL (U+0085), LINE SEPARATOR and
 *   PARAGRAPH SEPARATOR become LF. They are line breaks, not attacks, and are not counted.
 * - Tab becomes one space (not counted): a terminal moves a tab to the next tab stop, a
 *   width our layout cannot know, and in transcripts tabs are layout debris anyway.
 * - Escape sequences go whole, parameters and payload included, so no "]0;title" debris
 *   is left in the text: CSI (ESC [ or U+009B), the string commands OSC, DCS, SOS, PM and
 *   APC (ESC ] P X ^ _ or U+009D U+0090 U+0098 U+009E U+009F), and the short ESC forms
 *   (ESC 7, ESC c, ESC ( 0 …). A string command ends at BEL, ST (ESC \ or U+009C) or —
 *   unterminated — at the end of its line: a terminal would swallow the rest of the file,
 *   but we only need the control gone, and one stray "ESC ]" must not eat a transcript.
 * - Every other C0 control (not LF), DEL and C1 control (U+0080–U+009F) goes; the text is
 *   already decoded, so C1 controls are characters here, not bytes.
 * - Bidirectional formatting goes: the overrides and embeddings U+202A–U+202E and the
 *   isolates U+2066–U+2069 (they reorder what follows: "Trojan Source"), and also the
 *   marks LRM, RLM and ALM (U+200E, U+200F, U+061C). The marks only nudge neutral
 *   characters, but terminals that apply bidi (VTE, Konsole) do act on them, our layout
 *   assumes left-to-right, and a Chinese transcript has no use for them.
 * - SOFT HYPHEN (U+00AD) and MONGOLIAN VOWEL SEPARATOR (U+180E) go: invisible format
 *   characters that xterm.js and VTE draw one column wide while the layout (rightly, by
 *   Unicode) measures them as zero — each would push a row one column past its width.
 * Never removed: LF (so line numbers stay those of the source), and any printable text.
 */

/** What kind of thing was removed; used in repair details. */
export type RemovedKind = 'CSI' | 'OSC' | 'DCS/SOS/PM/APC' | 'ESC' | 'C0' | 'C1' | 'bidi' | 'format';

export interface RemovedOnLine {
  /** 1-based line, the same in the source text and in the sanitized text. */
  line: number;
  counts: Partial<Record<RemovedKind, number>>;
}

export interface Sanitized {
  text: string;
  /** How many sequences or characters were removed in all. */
  removed: number;
  /** Per affected line, what was removed — the first MAX_LINES_DETAILED lines only. */
  lines: RemovedOnLine[];
  /** How many lines had something removed (may exceed lines.length). */
  linesAffected: number;
}

/** Detail is kept for this many affected lines; a hostile file may have millions. */
export const MAX_LINES_DETAILED = 100;

const LINE_ENDS = /\r\n?|[\u0085\u2028\u2029]/g;

// One alternation, tried left to right at each position; the branches are ordered so a
// sequence is matched whole before its introducer could be taken as a lone control.
const UNSAFE = new RegExp(
  [
    // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E (absent when cut short).
    String.raw`(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?`,
    // OSC: payload up to BEL, ST or the end of the line; the terminator goes with it.
    String.raw`(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`,
    // DCS, SOS, PM, APC: payload up to ST (BEL also ends them in xterm) or the end of the line.
    String.raw`(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`,
    // Other escapes: ESC, intermediates 0x20–0x2F, a final 0x30–0x7E (ESC 7, ESC c, ESC ( 0 …);
    // an ESC before anything else (a newline, a Chinese character, intermediates with no final)
    // is removed alone.
    String.raw`\x1b(?:[ -/]*[0-~])?`,
    // Single characters.
    String.raw`[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]`,
  ].join('|'),
  'g',
);

function kindOf(match: string): RemovedKind {
  const c = match.charCodeAt(0);
  if (c === 0x1b) {
    const next = match[1];
    if (next === '[') return 'CSI';
    if (next === ']') return 'OSC';
    if (next === 'P' || next === 'X' || next === '^' || next === '_') return 'DCS/SOS/PM/APC';
    return 'ESC';
  }
  if (c === 0x9b) return 'CSI';
  if (c === 0x9d) return 'OSC';
  if (c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) return 'DCS/SOS/PM/APC';
  if (c < 0x20 || c === 0x7f) return 'C0';
  if (c <= 0x9f) return 'C1';
  if (c === 0xad || c === 0x180e) return 'format';
  return 'bidi';
}

export function sanitize(input: string): Sanitized {
  // A no-break space in these texts is a web page's &nbsp; between ordinary words (thousands in
  // the MFA's English pages), not a request to keep words together: it becomes a space, so lines
  // break between words as they should.
  const text = input.replace(LINE_ENDS, '\n').replace(/\u00a0/g, ' ');
  let removed = 0;
  const lines: RemovedOnLine[] = [];
  let linesAffected = 0;
  // Matches arrive in order, so the line number is kept up to date by stepping over the
  // newlines before each match; the next newline is remembered, so this stays linear even
  // on one long line with many matches.
  let nextNewline = text.indexOf('\n');
  let line = 1;
  let current: RemovedOnLine | undefined;
  const out = text.replace(UNSAFE, (match: string, offset: number) => {
    if (match === '\t') return ' ';
    while (nextNewline !== -1 && nextNewline < offset) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    removed++;
    if (current?.line !== line) {
      linesAffected++;
      current = { line, counts: {} };
      if (lines.length < MAX_LINES_DETAILED) lines.push(current);
    }
    const kind = kindOf(match);
    current.counts[kind] = (current.counts[kind] ?? 0) + 1;
    return '';
  });
  return { text: out, removed, lines, linesAffected };
}

/** "OSC ×1, C0 ×2" — a repair detail. */
export function describeRemoved(counts: RemovedOnLine['counts']): string {
  return Object.entries(counts)
    .map(([kind, n]) => `${kind} ×${n}`)
    .join(', ');
}

const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * For text we print that did not come through `sanitize` — file names, arguments in error
 * messages: every control becomes a visible escape (\x1b, \u202e), so the user sees what
 * was there and the terminal acts on nothing. Newlines are escaped too: the result is one line.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
