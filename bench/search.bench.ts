// npm run bench -- search: the search engine (issue 5).
// - index build time, seed and a synthetic corpus 100× its size (the seed's topics replicated
//   with perturbed text);
// - per-keystroke latency: each query of the table typed one character at a time, a search on
//   every prefix, over several rounds with a fresh searcher each (its index built and warmed
//   beforehand, as the reader does after the first paint);
// - the fuzzy threshold: precision / recall of typo queries made from the seed, per threshold.
// Goals: p95 < 2 ms per keystroke on the seed, < 30 ms at 100×.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseTranscript } from '../src/transcript/parse.js';
import type { Topic, Transcript } from '../src/transcript/model.js';
import { createSearcher, type LazySearcher } from '../src/search/index.js';
import { SearchEngine } from '../src/search/engine.js';
import { buildUnits } from '../src/search/units.js';
import { FUZZY_THRESHOLD } from '../src/search/fuzzy.js';

const SEED = 'data/2025-03-07-wang-yi-press-conference.txt';
const QUERIES = [
  '小院高墙',
  '皮影戏',
  '芬太尼',
  '路透社',
  'xiaoyuangaoqiang',
  'xygq',
  'piyingxi',
  '高光时课',
  '臺灣',
  '關係',
  '聯合國',
  '特朗普 芬太尼',
  '两面人',
  '彭博社',
  '全球南方',
  'zhongmeiguanxi',
  '斩断伸向人民群众的黑首',
  'deepseek',
];

/** Deterministic PRNG (mulberry32) so every run measures the same corpus and queries. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hanOf = (t: Transcript) => {
  const set = new Set<string>();
  for (const tp of t.topics) for (const turn of tp.turns) for (const p of turn.paragraphs) for (const c of p) if (/\p{Script=Han}/u.test(c)) set.add(c);
  return [...set];
};

/** The seed's topics `times` over, each copy with ~5% of its Han characters replaced at random. */
function synthetic(seed: Transcript, times: number): Transcript {
  const rand = rng(100);
  const han = hanOf(seed);
  const perturb = (s: string) => Array.from(s, (c) => (/\p{Script=Han}/u.test(c) && rand() < 0.05 ? han[Math.floor(rand() * han.length)]! : c)).join('');
  const topics: Topic[] = [];
  const quotes: Transcript['quotes'] = [];
  for (let k = 0; k < times; k++) {
    for (const tp of seed.topics) {
      const id = topics.length + 1;
      topics.push({
        id,
        label: k === 0 ? tp.label : perturb(tp.label),
        headline: tp.headline && (k === 0 ? tp.headline : perturb(tp.headline)),
        turns: tp.turns.map((turn) => ({ ...turn, paragraphs: turn.paragraphs.map((p) => (k === 0 ? p : perturb(p))) })),
      });
    }
    for (const q of seed.quotes) quotes.push({ text: k === 0 ? q.text : perturb(q.text), topic: q.topic === null ? null : q.topic + k * seed.topics.length });
  }
  return { ...seed, topics, quotes };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const f = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const chars = (t: Transcript) => t.topics.reduce((n, tp) => n + tp.turns.reduce((m, turn) => m + turn.paragraphs.reduce((k, p) => k + p.length, 0), 0), 0);

/** Every prefix of every query, by code point ("特朗普 芬太尼" → 特, 特朗, …). */
const keystrokes = (q: string) => Array.from(q).map((_, i, a) => a.slice(0, i + 1).join(''));

async function latency(t: Transcript, rounds: number): Promise<{ build: number; firstLatin: number; all: number[]; perQuery: Map<string, number[]> }> {
  const all: number[] = [];
  const perQuery = new Map<string, number[]>();
  let build = Infinity;
  let firstLatin = 0;
  for (let r = 0; r < rounds; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const s: LazySearcher = createSearcher(t);
    const t0 = performance.now();
    await s.warm(); // builds the index and loads pinyin-pro, as the reader does after its first frame
    build = Math.min(build, performance.now() - t0);
    await s.prepare('臺灣'); // loads the t→s converter (the first traditional query triggers it)
    for (const q of QUERIES) {
      const times = perQuery.get(q) ?? [];
      for (const k of keystrokes(q)) {
        const a = performance.now();
        s.search(k);
        const ms = performance.now() - a;
        // The first Latin keystroke of a session compiles every unit's pinyin: reported apart.
        if (q === 'xiaoyuangaoqiang' && k === 'x') firstLatin = Math.max(firstLatin, ms);
        else {
          all.push(ms);
          times.push(ms);
        }
      }
      perQuery.set(q, times);
    }
  }
  return { build, firstLatin, all, perQuery };
}

function buildTime(t: Transcript, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const a = performance.now();
    new SearchEngine(t).index();
    best = Math.min(best, performance.now() - a);
  }
  return best;
}

// ---- threshold tuning -------------------------------------------------------------------------

/** Typo queries made from the seed: a run of 3–8 Han characters from an answer, with one edit. */
function typoQueries(t: Transcript, n: number): { query: string; original: string }[] {
  const rand = rng(7);
  const han = hanOf(t);
  const texts = buildUnits(t)
    .filter((u) => u.kind === 'answer')
    .map((u) => u.text);
  const out: { query: string; original: string }[] = [];
  while (out.length < n) {
    const text = texts[Math.floor(rand() * texts.length)]!;
    const runs = text.match(/\p{Script=Han}{3,}/gu) ?? [];
    const run = runs[Math.floor(rand() * runs.length)];
    if (!run) continue;
    const len = 3 + Math.floor(rand() * 6);
    if (run.length < len) continue;
    const at = Math.floor(rand() * (run.length - len + 1));
    const original = run.slice(at, at + len);
    const cs = Array.from(original);
    const i = Math.floor(rand() * cs.length);
    const edit = Math.floor(rand() * 3);
    if (edit === 0) cs[i] = han[Math.floor(rand() * han.length)]!; // substitution
    else if (edit === 1) cs.splice(i, 1); // deletion
    else if (i + 1 < cs.length) [cs[i], cs[i + 1]] = [cs[i + 1]!, cs[i]!]; // transposition
    const query = cs.join('');
    if (query === original || cs.length < 2) continue;
    out.push({ query, original });
  }
  return out;
}

function tune(t: Transcript): string[][] {
  const units = buildUnits(t);
  const queries = typoQueries(t, 400);
  const rows: string[][] = [];
  for (const threshold of [0.1, 0.2, 0.25, 0.3, 0.34, 0.4, 0.5, 0.6]) {
    const engine = new SearchEngine(t, { threshold });
    let top1 = 0;
    let relevantReturned = 0;
    let returned = 0;
    let found = 0;
    let relevantTotal = 0;
    let ms = 0;
    for (const { query, original } of queries) {
      const relevant = new Set(units.filter((u) => u.kind !== 'topic' && u.text.includes(original)).map((u) => u.text));
      const a = performance.now();
      const hits = engine.search(query, { limit: 1000 }).filter((h) => h.kind !== 'topic');
      ms += performance.now() - a;
      const rel = hits.filter((h) => relevant.has(h.text));
      if (hits[0] && relevant.has(hits[0].text)) top1++;
      returned += hits.length;
      relevantReturned += rel.length;
      found += new Set(rel.map((h) => h.text)).size;
      relevantTotal += relevant.size;
    }
    const precision = returned ? relevantReturned / returned : 1;
    const recall = found / relevantTotal;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    rows.push([
      threshold === FUZZY_THRESHOLD ? `**${threshold}**` : String(threshold),
      `${((100 * top1) / queries.length).toFixed(0)}%`,
      precision.toFixed(2),
      recall.toFixed(2),
      f1.toFixed(2),
      (returned / queries.length).toFixed(1),
      f(ms / queries.length),
    ]);
  }
  return rows;
}

// ---- report -----------------------------------------------------------------------------------

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const seed = parseTranscript(readFileSync(SEED, 'utf8'));
const big = synthetic(seed, 100);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadavg()[0]!.toFixed(2)}`);
console.log(`seed: ${seed.topics.length} topics, ${buildUnits(seed).length} units, ${chars(seed)} chars; 100×: ${big.topics.length} topics, ${buildUnits(big).length} units, ${chars(big)} chars`);
console.log(`queries: ${QUERIES.length}, typed one character at a time (${QUERIES.reduce((n, q) => n + keystrokes(q).length, 0)} keystrokes a round)\n`);

const rows: string[][] = [];
for (const [name, t, rounds, goal] of [
  ['seed', seed, 30, 2],
  ['100×', big, 3, 30],
] as const) {
  const build = buildTime(t, name === 'seed' ? 20 : 3);
  const { build: warm, firstLatin, all } = await latency(t, rounds);
  const p95 = pct(all, 95);
  rows.push([name, f(build), f(warm), f(firstLatin), String(all.length), f(pct(all, 50)), f(p95), f(Math.max(...all)), `< ${goal}`, p95 < goal ? 'met' : '**missed**']);
}
console.log(
  table(['corpus', 'index build ms (best)', 'warm() ms', 'first Latin key ms', 'keystrokes', 'p50 ms', 'p95 ms', 'max ms', 'p95 goal', 'goal'], rows),
);

const detail = await latency(big, 1);
console.log('\nper query at 100× (one round; ms per keystroke):\n');
console.log(
  table(
    ['query', 'keys', 'p50', 'max'],
    [...detail.perQuery].map(([q, xs]) => [q, String(xs.length), f(pct(xs, 50)), f(Math.max(...xs))]),
  ),
);

console.log(`\nfuzzy threshold (400 one-edit typo queries of 3–8 characters from the seed's answers; relevant = units holding the original run; current: ${FUZZY_THRESHOLD}):\n`);
console.log(table(['threshold', 'first hit relevant', 'precision', 'recall', 'F1', 'hits/query', 'ms/query'], tune(seed)));
