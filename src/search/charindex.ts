/**
 * Inverted index from character (code point, after folding) to the sorted ids of the units that
 * contain it. It narrows every search to the few units that could match before any scanning.
 */
import type { Unit } from './units.js';

export type Postings = Int32Array;

export function buildCharIndex(units: readonly Unit[]): Map<number, Postings> {
  const lists = new Map<number, number[]>();
  units.forEach((u, id) => {
    const s = u.norm;
    for (let i = 0; i < s.length; i++) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let list = lists.get(cp);
      if (!list) lists.set(cp, (list = []));
      // Units are visited in id order, so a repeat can only be the last entry.
      if (list[list.length - 1] !== id) list.push(id);
    }
  });
  const index = new Map<number, Postings>();
  for (const [cp, list] of lists) index.set(cp, Int32Array.from(list));
  return index;
}

/** Distinct code points of a string. */
export function codePoints(s: string): number[] {
  return [...new Set(Array.from(s, (c) => c.codePointAt(0)!))];
}

/** Units containing every given code point (sorted ids); empty when one is absent. */
export function unitsWithAll(index: Map<number, Postings>, cps: readonly number[]): Int32Array {
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
