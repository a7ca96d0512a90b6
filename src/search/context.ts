/**
 * Topic context: with several terms, a term may match through the topic heading of the unit
 * instead of its own text ("中美 芬太尼": the fentanyl sentences of the 中美关系 topic), ranked by
 * how the heading matched, a little lower.
 */
import type { Scratch } from './scratch.js';
import type { TermResult, Tier } from './termresult.js';
import type { Unit } from './units.js';

/** Added to the quality of a term that matched only through its unit's topic heading. */
export const CONTEXT_PENALTY = 0.3;

/**
 * `r` plus every unit (within `within`, or all) of a topic whose heading the term matches (`all`:
 * the term over the whole index), added with the heading's tier, a lower quality and no
 * highlight; `added` lists those units.
 */
export function withTopicContext(
  units: readonly Unit[],
  scratch: Scratch,
  r: TermResult,
  all: TermResult,
  within: Int32Array | null,
): { result: TermResult; added: Set<number> } {
  const topics = new Map<number, { tier: Tier; quality: number }>();
  all.ids.forEach((id, i) => {
    const u = units[id]!;
    if (u.kind === 'topic' && u.topic !== null) topics.set(u.topic, { tier: all.tiers[i] as Tier, quality: all.qualities[i]! });
  });
  const added = new Set<number>();
  if (topics.size === 0) return { result: r, added };
  const result = scratch.collect((out) => {
    r.ids.forEach((id, i) => out.add(id, r.tiers[i] as Tier, r.qualities[i]!, r.ranges[i]));
    const consider = (id: number) => {
      const t = units[id]!.topic;
      const m = t === null ? undefined : topics.get(t);
      if (!m || out.has(id)) return;
      out.add(id, m.tier, Math.min(0.95, m.quality + CONTEXT_PENALTY), []);
      added.add(id);
    };
    if (within) for (const id of within) consider(id);
    else for (let id = 0; id < units.length; id++) consider(id);
  });
  return { result, added };
}
