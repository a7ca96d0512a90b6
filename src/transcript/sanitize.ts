/**
 * Removes everything that could reach a terminal as a control: C0 controls (but
 * newline and tab), ESC-introduced sequences (CSI, OSC, DCS, APC, PM, SOS), C1 controls
 * and bidirectional overrides/isolates. Runs once at load, before the parser.
 */
export interface Sanitized {
  text: string;
  /** How many sequences or characters were removed. */
  removed: number;
}

// ESC [ … final byte; ESC ] … (BEL | ESC \); ESC P/X/^/_ … ESC \; ESC + one char.
const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[PX^_][^\x1b]*(?:\x1b\\)?|\x1b[\s\S]?|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x9c]*[\x07\x9c]?|[\x90\x98\x9e\x9f][^\x9c]*\x9c?/g;
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(input: string): Sanitized {
  let removed = 0;
  const count = (): string => {
    removed++;
    return '';
  };
  // CR is a line ending here, not a control: normalise CRLF and lone CR to LF first.
  const text = input.replace(/\r\n?/g, '\n').replace(ESCAPES, count).replace(CONTROLS, count);
  return { text, removed };
}
