import { describe, expect, it } from 'vitest';
import { withTopicContext } from '../../src/search/context.js';
import { onlyThroughTopics, planAnd, type TermSource } from '../../src/search/plan.js';
import { Scratch } from '../../src/search/scratch.js';
import type { TermResult } from '../../src/search/termresult.js';
import { buildUnits } from '../../src/search/units.js';
import { tiny } from './fixtures.js';

const result = (ids: number[], tier = 0): TermResult => ({
  ids: Int32Array.from(ids),
  tiers: new Uint8Array(ids.length).fill(tier),
  qualities: new Float32Array(ids.length),
  ranges: ids.map(() => null),
});

/** Terms over units 0..9, each matching a fixed set of ids. */
function source(matches: Record<string, number[]>, calls: string[] = []): TermSource {
  const of = (term: string) => matches[term] ?? [];
  return {
    all: (term) => (calls.push(`all ${term}`), result(of(term))),
    within: (term, ids) => (calls.push(`within ${term} ${[...ids].join(',')}`), result(of(term).filter((id) => ids.includes(id)))),
    context: (_term, r) => ({ result: r, added: new Set() }),
  };
}

describe('AND over the terms', () => {
  it('looks at each term only within the units every earlier term matched', () => {
    const calls: string[] = [];
    const plan = planAnd(['甲', '乙', '丙'], source({ 甲: [1, 2, 3, 4], 乙: [2, 4, 6], 丙: [4, 5] }, calls))!;
    expect([...plan.survivors]).toEqual([4]);
    expect(calls).toEqual(['all 甲', 'within 乙 1,2,3,4', 'within 丙 2,4']);
    expect(plan.joined).toBeNull();
  });

  it('stops at the first term that matches nothing', () => {
    const calls: string[] = [];
    expect(planAnd(['甲', '无', '丙'], source({ 甲: [1], 丙: [1] }, calls))).toBeNull();
    expect(calls).toEqual(['all 甲', 'within 无 1']);
  });

  it('matches Latin terms joined as well, within the survivors', () => {
    const plan = planAnd(['xiao', 'yuan'], source({ xiao: [1, 2], yuan: [2, 3], xiaoyuan: [2, 9] }))!;
    expect([...plan.joined!.ids]).toEqual([2]);
    expect(planAnd(['中', 'yuan'], source({ 中: [2], yuan: [2] }))!.joined).toBeNull();
  });
});

describe('topic context', () => {
  const t = tiny([
    ['中美关系', '中美关系 标题', '问题？', '芬太尼问题是一个问题。', '另一句话。'],
    ['其他', '别的', '别的问题？', '芬太尼也在这里。'],
  ]);
  const units = buildUnits(t, () => []);
  const ids = (kind: string, topic: number) => units.flatMap((u, i) => (u.kind === kind && u.topic === topic ? [i] : []));

  it('adds the units of topics whose heading a term matches, with no highlight, and says which', () => {
    const heading = ids('topic', 1)[0]!;
    const all = result([heading]);
    const own = ids('answer', 1)[1]!; // the term's own match in the topic keeps its tier and quality
    const { result: widened, added } = withTopicContext(units, new Scratch(units.length), result([own]), all, null);
    const topic1 = units.flatMap((u, i) => (u.topic === 1 ? [i] : []));
    expect([...widened.ids]).toEqual(topic1);
    expect([...added].sort((a, b) => a - b)).toEqual(topic1.filter((i) => i !== own));
    expect(widened.qualities[[...widened.ids].indexOf(own)]).toBe(0);
    const at = [...widened.ids].indexOf(ids('answer', 1)[0]!);
    expect(widened.ranges[at]).toEqual([]);
    expect(widened.qualities[at]).toBeGreaterThan(0);
  });

  it('a unit reached only through its topic by every term is not a hit', () => {
    const plan = { terms: ['a', 'b'], perTerm: [], survivors: new Int32Array(), viaTopic: [new Set([5]), new Set([5, 6])], joined: null };
    expect(onlyThroughTopics(plan, 5)).toBe(true);
    expect(onlyThroughTopics(plan, 6)).toBe(false);
  });
});
