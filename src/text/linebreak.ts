import { clusterStarts, codePointWidth, graphemeWidth, isSimple, unitWidth, type Ambiguous } from './width.js';
import { BreakClass as C, breakClassOf } from './breakclass.js';

/** A styled range over a text, in UTF-16 offsets [start, end). */
export interface Span<S = string> {
  start: number;
  end: number;
  style: S;
}

export interface Line<S = string> {
  /** The line's text: text.slice(start, end). */
  text: string;
  /** UTF-16 offsets of the line in the paragraph. */
  start: number;
  end: number;
  /** Display width of `text`. */
  width: number;
  /** The spans that touch this line, clipped and relative to the line's start. */
  spans: Span<S>[];
}

export interface BreakOptions<S = string> {
  ambiguous?: Ambiguous;
  spans?: Span<S>[];
  /**
   * Prefer breaking at a space when that still fills at least half the line: for headlines, whose
   * phrases are separated by spaces ("哪里有封锁 哪里就有突围") and read badly when cut inside.
   */
  preferSpaces?: boolean;
}

/**
 * How bad a break between two grapheme clusters is. A line ends at the furthest position of the
 * best level that fits; only when a line offers no legal break does a worse one get used.
 */
const enum Level {
  /** Allowed by every rule. */
  LEGAL = 1,
  /** Puts a closing mark at a line start or an opening mark at a line end. */
  PUNCT = 2,
  /** Splits a word, number, "——" or "……" that is not wider than the line on its own. */
  SPLIT = 3,
}

// Bits of the per-position flags: the break before cluster i.
const GLUE = 1; // inside a run that must not be split
const PUNCT = 2; // breaking here violates a punctuation rule

const isWideNarrowMode = (cp: number) => codePointWidth(cp, false) === 2;

// Scratch buffers reused across calls (grown on demand): breaking is hot and runs per paragraph.
let cap = 0;
let cls = new Uint8Array(0);
let wid = new Uint8Array(0);
let flags = new Uint8Array(0);
let cum = new Int32Array(0);
let offs = new Int32Array(0);

function ensure(n: number): void {
  if (n + 1 <= cap) return;
  cap = Math.max(n + 1, cap * 2, 256);
  cls = new Uint8Array(cap);
  wid = new Uint8Array(cap);
  flags = new Uint8Array(cap);
  cum = new Int32Array(cap);
  offs = new Int32Array(cap);
}

/** Fills cls/wid/offs for the text's clusters; returns the cluster count. */
function measure(text: string, wide: boolean): number {
  if (isSimple(text)) {
    // One code unit = one cluster: table lookups only.
    const n = text.length;
    ensure(n);
    for (let i = 0; i < n; i++) {
      const u = text.charCodeAt(i);
      cls[i] = breakClassOf(u, isWideNarrowMode);
      wid[i] = unitWidth(u, wide);
      offs[i] = i;
    }
    offs[n] = n;
    return n;
  }
  const starts = clusterStarts(text);
  const n = starts.length - 1;
  ensure(n);
  const opts = { ambiguous: wide ? ('wide' as const) : ('narrow' as const) };
  for (let i = 0; i < n; i++) {
    const a = starts[i]!;
    const b = starts[i + 1]!;
    offs[i] = a;
    if (b - a === 1) {
      const u = text.charCodeAt(a);
      cls[i] = breakClassOf(u, isWideNarrowMode);
      wid[i] = unitWidth(u, wide);
      continue;
    }
    const segment = text.slice(a, b);
    const w = graphemeWidth(segment, opts);
    let c = breakClassOf(segment.codePointAt(0)!, isWideNarrowMode);
    // Emoji sequences and other multi-code-point wide clusters break like ideographs.
    if (w === 2 && c !== C.OP && c !== C.CL) c = C.ID;
    // A space or line feed carrying a mark is a visible character, not a droppable space.
    if (c === C.SP || c === C.NL) c = C.ID;
    cls[i] = c;
    wid[i] = w;
  }
  for (let i = 0; i < n; i++) {
    // A zero-width cluster (a mark with no base, a format character) is a break opportunity.
    if (wid[i] === 0 && cls[i] === C.AL) cls[i] = C.ID;
  }
  offs[n] = text.length;
  return n;
}

/**
 * Marks every position (the break before cluster i, 0 < i < n) with GLUE and PUNCT bits, then
 * releases the glue inside runs wider than the line: such a run must be split somewhere.
 */
function markPositions(text: string, n: number, width: number): void {
  cum[0] = 0;
  for (let i = 0; i < n; i++) cum[i + 1] = cum[i]! + wid[i]!;
  flags[0] = 0;
  let runStart = 0;
  for (let i = 1; i <= n; i++) {
    let f = 0;
    if (i < n) {
      const a = cls[i - 1]!;
      const b = cls[i]!;
      if (b === C.CL || b === C.IS || a === C.OP) f |= PUNCT;
      if (
        (a === C.AL && b === C.AL) ||
        a === C.GL ||
        b === C.GL ||
        (a === C.INSEP && b === C.INSEP && text.charCodeAt(offs[i - 1]!) === text.charCodeAt(offs[i]!)) ||
        // Infix . , : inside a number or word: "3.5", "1,000", "10:30".
        (b === C.IS && a === C.AL && i + 1 < n && cls[i + 1] === C.AL) ||
        (a === C.IS && b === C.AL && i >= 2 && cls[i - 2] === C.AL)
      ) {
        f |= GLUE;
      }
      flags[i] = f;
    }
    if (!(f & GLUE)) {
      // The run [runStart, i) ends here; if it cannot fit on a line alone, it may be split.
      if (cum[i]! - cum[runStart]! > width) {
        for (let k = runStart + 1; k < i; k++) flags[k] = flags[k]! & ~GLUE;
      }
      runStart = i;
    }
  }
}

/**
 * Breaks a paragraph into lines of at most `width` columns (a single grapheme wider than the
 * line gets a line of its own), following Chinese line-breaking rules:
 * - breaks between CJK characters and at spaces (the spaces broken at are dropped);
 * - no closing/pause/stop mark at a line start, no opening mark at a line end;
 * - no split inside "——", "……", or a Latin word / number run unless it is wider than the line.
 * Conflicts are resolved by push-out: the line ends at the furthest legal break that fits, and
 * the characters after it move to the next line. Spans never influence the breaks.
 */
export function breakLines<S = string>(text: string, width: number, opts: BreakOptions<S> = {}): Line<S>[] {
  const W = width >= 1 ? Math.floor(width) : 1; // also maps NaN to 1
  const spans = opts.spans && opts.spans.length ? opts.spans : undefined;
  const lines: Line<S>[] = [];
  const n = measure(text, opts.ambiguous === 'wide');
  if (n === 0) return [makeLine(text, 0, 0, 0, spans)];
  markPositions(text, n, W);

  let s = 0;
  while (s < n) {
    // Furthest cluster end that fits: [s, j) fits, j === n or cluster j does not fit.
    let j = s;
    const limit = cum[s]! + W;
    while (j < n && cum[j + 1]! <= limit && cls[j] !== C.NL) j++;
    if (j < n && cls[j] === C.NL) {
      // Mandatory break: the line feed is dropped.
      lines.push(makeLine(text, offs[s]!, offs[j]!, cum[j]! - cum[s]!, spans));
      s = j + 1;
      if (s === n) lines.push(makeLine(text, offs[n]!, offs[n]!, 0, spans));
      continue;
    }
    if (j === n) {
      lines.push(makeLine(text, offs[s]!, offs[n]!, cum[n]! - cum[s]!, spans));
      break;
    }
    if (j === s) j = s + 1; // one grapheme wider than the line

    // Walk back from j for the furthest position of the best level.
    let best = -1;
    let bestLevel = 4;
    if (opts.preferSpaces) {
      for (let e = j; e > s && (cum[e]! - cum[s]!) * 2 >= W; e--) {
        if (cls[e] === C.SP && cls[e - 1] !== C.SP && levelAt(e, s, n) === Level.LEGAL) {
          best = e;
          bestLevel = Level.LEGAL;
          break;
        }
      }
    }
    for (let e = j; e > s && bestLevel > Level.LEGAL; e--) {
      const lv = levelAt(e, s, n);
      if (lv < bestLevel) {
        best = e;
        bestLevel = lv;
      }
    }
    if (best < 0) best = j;
    // The line ends before any spaces at its end; the next one starts after them.
    // (When only spaces remain, they are dropped with the break.)
    let next = best;
    if (cls[best] === C.SP && cls[best - 1] !== C.SP) {
      while (next < n && cls[next] === C.SP) next++;
    }
    lines.push(makeLine(text, offs[s]!, offs[best]!, cum[best]! - cum[s]!, spans));
    s = next;
  }
  return lines;
}

/** The level of ending a line that starts at cluster s before cluster e (s < e < n); 4 = not a candidate. */
function levelAt(e: number, s: number, n: number): number {
  const a = cls[e - 1]!;
  const b = cls[e]!;
  if (b === C.SP || a === C.SP) {
    if (a !== C.SP) {
      // Break at a space run: judged by the marks on either side of the run.
      let k = e;
      while (k < n && cls[k] === C.SP) k++;
      if (a === C.OP) return Level.PUNCT;
      if (k < n && (cls[k] === C.CL || cls[k] === C.IS)) return Level.PUNCT;
      return Level.LEGAL;
    }
    // After or inside a space run: only a candidate when the line so far is all spaces
    // (a paragraph's leading spaces); otherwise the break at the run's start covers it.
    for (let k = s; k < e; k++) if (cls[k] !== C.SP) return 4;
    return Level.SPLIT;
  }
  const f = flags[e]!;
  if (f & GLUE) return Level.SPLIT;
  if (f & PUNCT) return Level.PUNCT;
  return Level.LEGAL;
}

function makeLine<S>(text: string, start: number, end: number, width: number, spans: Span<S>[] | undefined): Line<S> {
  const clipped: Span<S>[] = [];
  if (spans) {
    for (const sp of spans) {
      const a = sp.start > start ? sp.start : start;
      const b = sp.end < end ? sp.end : end;
      if (a < b) clipped.push({ start: a - start, end: b - start, style: sp.style });
    }
  }
  return { text: text.slice(start, end), start, end, width, spans: clipped };
}
