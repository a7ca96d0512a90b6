/**
 * Inverted index from character (code point, after folding) to the sorted ids of the units that
 * contain it. It narrows every search to the few units that could match before any scanning.
 *
 * Each list is found when first asked for and then kept: one native `indexOf` scan of all units'
 * text, jumping to the next unit at each hit. An engine that answers one query (a command; a
 * library search builds one over its candidate documents for each query) asks for a handful of
 * characters, and building every character's list up front cost more than the whole search. The
 * reader, which searches one transcript at every keystroke, fills every list at once while it
 * waits for the first key (`fill`), so that no keystroke pays for a scan.
 */
import type { Unit } from './units.js';

export type Postings = Int32Array;

/** What searching needs of the index (a Map of postings is one too). */
export interface CharLookup {
  /** The sorted ids of the units holding `cp`; undefined when none does. */
  get(cp: number): Postings | undefined;
  has(cp: number): boolean;
}

const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

export class CharIndex implements CharLookup {
  private readonly lists = new Map<number, Postings | undefined>();
  /** Every unit's folded text, joined by "\n" (so no surrogate pair straddles two units). */
  private text = '';
  /** `starts[id]`: where unit `id` begins in `text`; `starts[units.length]`: text's length + 1. */
  private starts: Int32Array | null = null;
  /** Every list is in `lists` (after `fill`): a character without one is in no unit. */
  private complete = false;

  constructor(private readonly units: readonly Pick<Unit, 'norm'>[]) {}

  get(cp: number): Postings | undefined {
    if (this.complete || this.lists.has(cp)) return this.lists.get(cp);
    const list = this.scan(cp);
    this.lists.set(cp, list);
    return list;
  }

  has(cp: number): boolean {
    return this.get(cp) !== undefined;
  }

  /**
   * Every character's list, in two passes over typed arrays: the distinct (character, unit) pairs
   * in unit order with a count per character, then each pair into its character's slice of one
   * buffer. A Map lookup and an array push per character cost ten times as much.
   */
  fill(): void {
    if (this.complete) return;
    const units = this.units;
    let chars = 0;
    for (const u of units) chars += u.norm.length;
    // BMP code units (lone surrogates included, as codePointAt reads them) by table; astral
    // characters are rare and go to a Map.
    const lastUnit = new Int32Array(0x10000).fill(-1);
    const count = new Int32Array(0x10000);
    const pairs = new Uint16Array(chars);
    const pairsEnd = new Int32Array(units.length);
    const astral = new Map<number, number[]>();
    let n = 0;
    for (let id = 0; id < units.length; id++) {
      const s = units[id]!.norm;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
          const d = s.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            i++;
            const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            let list = astral.get(cp);
            if (!list) astral.set(cp, (list = []));
            if (list[list.length - 1] !== id) list.push(id);
            continue;
          }
        }
        if (lastUnit[c] !== id) {
          lastUnit[c] = id;
          count[c]!++;
          pairs[n++] = c;
        }
      }
      pairsEnd[id] = n;
    }
    const next = new Int32Array(0x10000); // where the next id of each character goes in `all`
    for (let c = 0, at = 0; c < 0x10000; c++) {
      next[c] = at;
      at += count[c]!;
    }
    const all = new Int32Array(n);
    for (let id = 0, k = 0; id < units.length; id++) for (const end = pairsEnd[id]!; k < end; k++) all[next[pairs[k]!]!++] = id;
    this.lists.clear();
    for (let c = 0; c < 0x10000; c++) if (count[c]! > 0) this.lists.set(c, all.subarray(next[c]! - count[c]!, next[c]!));
    for (const [cp, list] of astral) this.lists.set(cp, Int32Array.from(list));
    this.complete = true;
  }

  private scan(cp: number): Postings | undefined {
    const starts = this.starts ?? this.join();
    const text = this.text;
    const n = this.units.length;
    const ch = String.fromCodePoint(cp);
    // A lone surrogate is a character of its own only where it is not half of a pair.
    const lone = cp >= 0xd800 && cp <= 0xdfff;
    const ids: number[] = [];
    let id = 0;
    let p = text.indexOf(ch);
    while (p >= 0) {
      // The unit holding p: the last start at or before it (hits come in order, so search onwards).
      let hi = n;
      while (id + 1 < hi) {
        const mid = (id + hi) >>> 1;
        if (starts[mid]! <= p) id = mid;
        else hi = mid;
      }
      const end = starts[id + 1]! - 1;
      if (p >= end) {
        p = text.indexOf(ch, end + 1); // the separator itself
        continue;
      }
      if (lone && (isHigh(cp) ? p + 1 < end && isLow(text.charCodeAt(p + 1)) : p > starts[id]! && isHigh(text.charCodeAt(p - 1)))) {
        p = text.indexOf(ch, p + 1);
        continue;
      }
      ids.push(id);
      p = text.indexOf(ch, end + 1);
    }
    return ids.length === 0 ? undefined : Int32Array.from(ids);
  }

  private join(): Int32Array {
    const starts = new Int32Array(this.units.length + 1);
    const norms: string[] = new Array(this.units.length);
    let at = 0;
    for (let i = 0; i < this.units.length; i++) {
      const norm = this.units[i]!.norm;
      norms[i] = norm;
      starts[i] = at;
      at += norm.length + 1;
    }
    starts[this.units.length] = at;
    this.text = norms.join('\n');
    return (this.starts = starts);
  }
}

/** Distinct code points of a string. */
export function codePoints(s: string): number[] {
  return [...new Set(Array.from(s, (c) => c.codePointAt(0)!))];
}

/** Units containing every given code point (sorted ids); empty when one is absent. */
export function unitsWithAll(index: CharLookup, cps: readonly number[]): Int32Array {
  const lists: Postings[] = [];
  for (const cp of cps) {
    const p = index.get(cp);
    if (!p) return new Int32Array(0);
    lists.push(p);
  }
  if (lists.length === 0) return new Int32Array(0);
  lists.sort((a, b) => a.length - b.length);
  let acc: Int32Array = lists[0]!;
  for (let k = 1; k < lists.length && acc.length > 0; k++) acc = intersect(acc, lists[k]!);
  return acc;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  if (b.length > 16 * a.length) {
    // A short list against a long one (a rare character and a common one): binary-search each.
    let lo = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      let hi = b.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      if (lo === b.length) break;
      if (b[lo] === x) out[n++] = x;
    }
    return out.subarray(0, n);
  }
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    while (j < b.length && b[j]! < x) j++;
    if (j === b.length) break;
    if (b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}
