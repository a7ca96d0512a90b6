/**
 * For a term over most of the corpus: the flat positions of the characters with a reading that
 * starts with each letter, and the unit of each position, so a scan visits only the characters
 * that can start the term.
 */
import type { CompiledUnits } from './compiled.js';
import type { ReadingSets } from './readings.js';

export interface StartLists {
  /** Per letter a–z, the sorted flat positions where a match of a term starting with it can begin. */
  byLetter: Int32Array[];
  /** The unit of each flat position. */
  unitOf: Int32Array;
}

/** Built once every unit is compiled. */
export function buildStarts(units: CompiledUnits, readings: ReadingSets): StartLists {
  const n = units.size;
  const unitOf = new Int32Array(n);
  for (let u = 0; u < units.texts.length; u++) unitOf.fill(u, units.unitFrom[u]!, units.unitFrom[u + 1]!);
  const counts = new Int32Array(26);
  const sets = units.sets;
  for (let i = 0; i < n; i++) {
    const set = sets[i]!;
    if (set < 0) continue;
    for (let m = readings.firstMask[set]!; m !== 0; m &= m - 1) counts[31 - Math.clz32(m & -m)]!++;
  }
  const byLetter = Array.from(counts, (c) => new Int32Array(c));
  const at = new Int32Array(26);
  for (let i = 0; i < n; i++) {
    const set = sets[i]!;
    if (set < 0) continue;
    for (let m = readings.firstMask[set]!; m !== 0; m &= m - 1) {
      const l = 31 - Math.clz32(m & -m);
      byLetter[l]![at[l]!++] = i;
    }
  }
  return { byLetter, unitOf };
}
