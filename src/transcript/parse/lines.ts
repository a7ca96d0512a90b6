import { trimSpace } from './text.js';

/** One non-blank source line: the parser's unit (every layout we read puts a paragraph on a line). */
export interface SourceLine {
  /** Trimmed text (indentation, NBSPs and trailing spaces removed; inner spacing kept). */
  text: string;
  /** 1-based line number in the decoded source text. */
  line: number;
}

/** Splits on LF, CRLF or lone CR (as sanitize does) and keeps the non-blank lines. */
export function sourceLines(raw: string): SourceLine[] {
  const out: SourceLine[] = [];
  const rows = raw.split(/\r\n|\r|\n/);
  for (let i = 0; i < rows.length; i++) {
    const text = trimSpace(rows[i]!);
    if (text !== '') out.push({ text, line: i + 1 });
  }
  return out;
}
