/**
 * The cheapest way a term (a–z) is spelled by a run of one unit's characters: depth-first over
 * the characters, each taken by a full syllable (free), its initial (zh / ch / sh also as z / c /
 * s), or — the last one — a partial syllable; punctuation stepped over for free, and up to
 * MAX_GAPS other characters skipped at a cost. Branches that cannot beat the best match so far
 * are cut, and a match at the term's lower bound ends the search.
 *
 * One TermMatcher per term and caller: the recursion's state lives in it, not in the index, so
 * two searches (or a search inside a callback of another) cannot disturb each other.
 */
import type { Range } from '../ranges.js';
import type { CompiledUnits } from './compiled.js';
import { bit, BLOCK, type ReadingSets, SKIP } from './readings.js';
import { lowerBound } from './bound.js';

/** Costs: a full syllable costs nothing. */
const INITIAL_COST = 1;
const PARTIAL_COST = 1;
const GAP_COST = 3;
const MAX_GAPS = 2;
/** Matcher steps per unit before giving up on it: bounds pathological inputs. */
const STEP_BUDGET = 5_000;

export class TermMatcher {
  /** The least cost any text could give the term. */
  readonly floor: number;
  private readonly suffixes: string[];
  private readonly maxGaps: number;
  private readonly path: Int32Array;
  private readonly bestPath: Int32Array;
  // The unit being searched.
  private end = 0;
  private steps = 0;
  private bestLen = 0;
  private bestCost = Infinity;

  constructor(
    private readonly units: CompiledUnits,
    private readonly readings: ReadingSets,
    private readonly term: string,
  ) {
    const { syllables, prefixes } = readings.syllables();
    this.floor = lowerBound(term, syllables, prefixes);
    this.suffixes = Array.from(term, (_, k) => term.slice(k));
    // Gaps only make sense once there is enough typed to anchor them (xygq, not xy).
    this.maxGaps = term.length >= 4 ? MAX_GAPS : 0;
    this.path = new Int32Array(term.length + 1);
    this.bestPath = new Int32Array(term.length + 1);
  }

  /** Starts on unit `u`: its best match so far is none. */
  startUnit(u: number): void {
    this.end = this.units.unitFrom[u + 1]!;
    this.bestCost = Infinity;
    this.bestLen = 0;
    this.steps = 0;
  }

  /** The unit's best match cannot get any better. */
  get settled(): boolean {
    return this.bestCost <= this.floor;
  }

  get found(): boolean {
    return this.bestCost !== Infinity;
  }

  get cost(): number {
    return this.bestCost;
  }

  /** Tries matches starting at flat position i (in the current unit). */
  from(i: number): void {
    this.step(i, 0, 0, 0, 0);
  }

  /** Searches the whole of unit `u`; true when the term matches it. */
  run(u: number): boolean {
    this.startUnit(u);
    const first = bit(this.term.charCodeAt(0));
    const sets = this.units.sets;
    const firstMask = this.readings.firstMask;
    for (let i = this.units.unitFrom[u]!; i < this.end && !this.settled; i++) {
      const set = sets[i]!;
      if (set >= 0 && firstMask[set]! & first) this.step(i, 0, 0, 0, 0);
    }
    return this.found;
  }

  /** For ranking, in [0, 0.9]: cost per matched character, scaled. */
  quality(): number {
    return Math.min(0.9, (0.1 * this.bestCost) / Math.max(1, this.bestLen));
  }

  /** The best match's characters as UTF-16 ranges in its unit. */
  ranges(): Range[] {
    const ranges: Range[] = [];
    for (let d = 0; d < this.bestLen; d++) {
      const i = this.bestPath[d]!;
      ranges.push([this.units.offs[i]!, this.units.offs[i]! + 1 + this.units.astral[i]!]);
    }
    return ranges;
  }

  /** Matches term[k..] from flat position i, `depth` characters matched so far at `cost`. */
  private step(i: number, k: number, cost: number, gaps: number, depth: number): void {
    if (cost >= this.bestCost || ++this.steps > STEP_BUDGET) return;
    const term = this.term;
    if (k === term.length) {
      this.bestCost = cost;
      this.bestLen = depth;
      this.bestPath.set(this.path.subarray(0, depth));
      return;
    }
    const sets = this.units.sets;
    while (i < this.end && sets[i] === SKIP) i++;
    if (i >= this.end) return;
    const set = sets[i]!;
    if (set >= 0 && this.readings.firstMask[set]! & bit(term.charCodeAt(k))) {
      this.path[depth] = i;
      const rs = this.readings.readings[set]!;
      const inits = this.readings.initLens[set]!;
      const rares = this.readings.rareCosts[set]!;
      const rest = term.length - k;
      for (let j = 0; j < rs.length; j++) {
        const r = rs[j]!;
        const c = cost + rares[j]!;
        // Each branch is tried only if it could still beat the best match found so far.
        if (c < this.bestCost && term.startsWith(r, k)) this.step(i + 1, k + r.length, c, gaps, depth + 1);
        // The last syllable may be only partly typed.
        else if (c + PARTIAL_COST < this.bestCost && rest < r.length && r.startsWith(this.suffixes[k]!))
          this.step(i + 1, term.length, c + PARTIAL_COST, gaps, depth + 1);
        if (c + INITIAL_COST >= this.bestCost) continue;
        const init = inits[j]!;
        if (init < r.length && term.startsWith(init === 1 ? r[0]! : r.slice(0, 2), k)) this.step(i + 1, k + init, c + INITIAL_COST, gaps, depth + 1);
        // zh / ch / sh may be typed as z / c / s.
        if (init === 2 && term.charCodeAt(k) === r.charCodeAt(0)) this.step(i + 1, k + 1, c + INITIAL_COST, gaps, depth + 1);
      }
    }
    if (depth > 0 && gaps < this.maxGaps && set !== BLOCK && cost + GAP_COST < this.bestCost) this.step(i + 1, k, cost + GAP_COST, gaps + 1, depth);
  }
}
