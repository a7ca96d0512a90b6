/** Highlight ranges: UTF-16 [start, end) pairs, kept sorted, merged and on code-point boundaries. */
export type Range = [number, number];

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Widens a range that cuts an astral character in half so that it covers the whole character. */
export function snapRange(text: string, [s, e]: Range): Range {
  let a = Math.max(0, Math.min(s, text.length));
  let b = Math.max(a, Math.min(e, text.length));
  if (a > 0 && a < text.length && isLow(text.charCodeAt(a)) && isHigh(text.charCodeAt(a - 1))) a--;
  if (b > 0 && b < text.length && isLow(text.charCodeAt(b)) && isHigh(text.charCodeAt(b - 1))) b++;
  return [a, b];
}

/** Sorts, snaps and merges overlapping or touching ranges; drops empty ones. */
export function normalizeRanges(text: string, ranges: Range[]): Range[] {
  const sorted = ranges
    .map((r) => snapRange(text, r))
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Range[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
