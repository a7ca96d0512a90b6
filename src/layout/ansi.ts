import type { PageRow, RowStyle } from './page.js';

const SGR: Record<RowStyle, [string, string]> = {
  heading: ['\x1b[1;36m', '\x1b[22;39m'],
  headline: ['\x1b[1m', '\x1b[22m'],
  speaker: ['\x1b[1;35m', '\x1b[22;39m'],
  asker: ['\x1b[1;32m', '\x1b[22;39m'],
  question: ['\x1b[2m', '\x1b[22m'],
  answer: ['', ''],
  remark: ['', ''],
  narration: ['\x1b[2m', '\x1b[22m'],
  highlight: ['\x1b[7m', '\x1b[27m'],
  match: ['\x1b[1;4m', '\x1b[22;24m'],
  dim: ['\x1b[2m', '\x1b[22m'],
};

/** A row as a string: plain, or with SGR colour codes when `color` is on. */
export function rowToString(row: Pick<PageRow, 'text' | 'spans'>, color: boolean): string {
  if (!color || row.spans.length === 0) return row.text;
  // Apply spans in order of their start; overlapping spans nest (highlight over body).
  const opens = new Map<number, string>();
  const closes = new Map<number, string>();
  for (const s of row.spans) {
    const [open, close] = SGR[s.style];
    if (!open) continue;
    opens.set(s.start, (opens.get(s.start) ?? '') + open);
    closes.set(s.end, close + (closes.get(s.end) ?? ''));
  }
  let out = '';
  for (let i = 0; i <= row.text.length; i++) {
    out += closes.get(i) ?? '';
    out += opens.get(i) ?? '';
    if (i < row.text.length) out += row.text[i];
  }
  return out;
}
