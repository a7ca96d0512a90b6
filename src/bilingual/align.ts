import type { Transcript } from '../transcript/model.js';
import { exchangesOf, type Exchange } from './exchanges.js';
import type { Glossary } from './glossary.js';
import { alignMonotonic } from './monotonic.js';
import { chineseProfile, coverage, englishProfile, inverseFrequency, mergeProfiles, similarity, similarityMatrix, type Profile } from './similarity.js';

/** Exchanges of the two versions that correspond (or one side's exchanges that have no counterpart). */
export interface ExchangeLink {
  /** Indices into Alignment.zh / Alignment.en; empty on the side with no counterpart. */
  zh: number[];
  en: number[];
  /** 0–1: how sure the pairing is (or, for an exchange alone, that it has no counterpart). */
  confidence: number;
}

export interface Alignment {
  zh: Exchange[];
  en: Exchange[];
  links: ExchangeLink[];
}

/** One line of `presser align --json`: topics that correspond, or a topic (part) with no counterpart. */
export interface TopicLink {
  zh: number | null;
  en: number | null;
  confidence: number;
}

/**
 * Similarity below which two exchanges are taken for unrelated: measured on the shared library,
 * unrelated exchanges of one briefing score 0.17 (median; 95% under 0.33) and corresponding ones
 * 0.67 (95% above 0.5). The adaptive floor is the briefing's own median, kept between these.
 */
const UNRELATED = { min: 0.15, max: 0.3 };
const MIN_CELLS = 9;
/** What leaving an exchange without counterpart costs: order alone pairs a short follow-up ("是吗？" / "Is that so?") between two sure pairs, but not a question that shares nothing. */
const GAP = 0.12;
/** What a split (one question printed as two) costs against pairing its parts one by one. */
const SPLIT = 0.02;
/** How much of a split's part the shared exchange must say for the part to count as evidence. */
const COVERED = 0.4;
/** How fast confidence rises with the margin over the best alternative. */
const MARGIN_SCALE = 0.12;

/**
 * Aligns the exchanges of a Chinese transcript with those of its English version: a similarity
 * from evidence that crosses languages (dictionary translations, numbers, dates, Latin names),
 * weighted by rarity within the briefing, and a monotonic alignment that keeps their order.
 */
export function alignTranscripts(zhT: Transcript, enT: Transcript, glossary: Glossary | null): Alignment {
  const zh = exchangesOf(zhT);
  const en = exchangesOf(enT);
  const zp = zh.map((x) => chineseProfile(x.text, glossary));
  const ep = en.map((x) => englishProfile(x.text));
  return { zh, en, links: alignProfiles(zp, ep, zh, en) };
}

export function alignProfiles(zp: Profile[], ep: Profile[], zh?: Exchange[], en?: Exchange[]): ExchangeLink[] {
  const zIdf = inverseFrequency(zp);
  const eIdf = inverseFrequency(ep);
  const sim = similarityMatrix(zp, ep, zIdf, eIdf);
  // A briefing's own median says what unrelated exchanges score in it; a few exchanges say nothing.
  const floor = zp.length * ep.length >= MIN_CELLS ? clamp(median(sim.flat()), UNRELATED.min, UNRELATED.max) : UNRELATED.max;
  const merged = (ps: Profile[], from: number, count: number) => ps.slice(from + 1, from + count).reduce(mergeProfiles, ps[from]!);
  const splitSim = (i: number, di: number, j: number, dj: number) => similarity(merged(zp, i, di), merged(ep, j, dj), zIdf, eIdf);
  // Two announcements are never one question split in two: a split joins exchanges of one kind.
  const sameKind = (list: Exchange[] | undefined, from: number, count: number) =>
    !list || list.slice(from, from + count).every((x) => x.asked === list[from]!.asked);
  const beads = alignMonotonic(zp.length, ep.length, {
    one: (i, j) => sim[i]![j]! - floor,
    split: (i, di, j, dj) => {
      if (!sameKind(zh, i, di) || !sameKind(en, j, dj)) return -Infinity;
      // Each part must show on the other side and resemble the shared exchange more than the ones
      // around it (order rules out the rest); otherwise 1:1 and a gap say it better.
      const parts =
        di > 1
          ? span(i, di).map((a) => ({ s: sim[a]![j]!, best: nearBest(sim[a]!, j), covered: () => coverage(zp[a]!, ep[j]!.keys, zIdf) }))
          : span(j, dj).map((b) => ({ s: sim[i]![b]!, best: nearBest(column(sim, b), i), covered: () => coverage(ep[b]!, zp[i]!.keys, eIdf) }));
      if (parts.some((p) => p.s < floor || !p.best)) return -Infinity;
      // A part whose own words the shared exchange says is evidence of its own; one that only
      // shares the subject (a follow-up the other version lacks) counts as left alone. Or the
      // merged texts say more than any part alone.
      const own = parts.reduce((t, p) => t + (p.covered() >= COVERED ? p.s - floor : -GAP), 0);
      const whole = splitSim(i, di, j, dj);
      return Math.max(own, whole > Math.max(...parts.map((p) => p.s)) ? whole - floor : -Infinity) - SPLIT;
    },
    gap: GAP,
  });
  // How sure an exchange is to have no counterpart: its best score stays below the floor.
  const alone = (side: 'zh' | 'en', k: number): ExchangeLink => {
    const best = Math.max(0, ...(side === 'zh' ? sim[k]! : column(sim, k)));
    return { zh: side === 'zh' ? [k] : [], en: side === 'en' ? [k] : [], confidence: sure(floor + MARGIN_SCALE / 2 - best) };
  };
  const links = beads.map((b): ExchangeLink & { related: boolean } => {
    if (b.a.length === 0 || b.b.length === 0) return { ...(b.a.length > 0 ? alone('zh', b.a[0]!) : alone('en', b.b[0]!)), related: false };
    const s = b.a.length === 1 && b.b.length === 1 ? sim[b.a[0]!]![b.b[0]!]! : splitSim(b.a[0]!, b.a.length, b.b[0]!, b.b.length);
    const rival = bestRival(sim, b.a, b.b);
    return { zh: b.a, en: b.b, confidence: sure(s - Math.max(rival, floor)), related: s >= floor };
  });
  return supportedByOrder(links).flatMap(({ related, ...l }) =>
    // Unrelated by its words and not placed by the order: two exchanges without counterpart, not a pair.
    l.zh.length > 0 && l.en.length > 0 && !related && l.confidence < ORDER_SUPPORT
      ? [...l.zh.map((i) => alone('zh', i)), ...l.en.map((j) => alone('en', j))]
      : [l],
  );
}

function span(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/** Whether xs[k] is the highest of xs[k - NEAR … k + NEAR]. */
const NEAR = 2;
function nearBest(xs: number[], k: number): boolean {
  for (let d = -NEAR; d <= NEAR; d++) if (d !== 0 && (xs[k + d] ?? -Infinity) > xs[k]!) return false;
  return true;
}

function column(sim: number[][], j: number): number[] {
  return sim.map((row) => row[j]!);
}

/** The best score either side's exchanges reach with anything outside the bead. */
function bestRival(sim: number[][], a: number[], b: number[]): number {
  let rival = 0;
  for (const i of a) sim[i]!.forEach((v, j) => !b.includes(j) && (rival = Math.max(rival, v)));
  for (const j of b) sim.forEach((row, i) => !a.includes(i) && (rival = Math.max(rival, row[j]!)));
  return rival;
}

/** A margin as a confidence: 0.5 at no margin, 0.9 at about 1.1 × MARGIN_SCALE. */
function sure(margin: number): number {
  return Math.round((0.5 + 0.5 * Math.tanh(margin / MARGIN_SCALE)) * 100) / 100;
}

/**
 * A 1:1 pair with little lexical evidence between two sure pairs, filling the gap between them
 * exactly, is what the order says: its confidence is at least ORDER_SUPPORT.
 */
const ORDER_SUPPORT = 0.75;
const SURE = 0.8;
function supportedByOrder<L extends ExchangeLink>(links: L[]): L[] {
  const sure = (x: ExchangeLink | undefined) => x !== undefined && x.zh.length > 0 && x.en.length > 0 && x.confidence >= SURE;
  return links.map((l, k) => {
    if (l.zh.length !== 1 || l.en.length !== 1 || l.confidence >= ORDER_SUPPORT) return l;
    const before = links[k - 1];
    const after = links[k + 1];
    // Anchored on both sides by sure pairs, or by one and the edge of the briefing; a lone pair has no order to go by.
    const placed = (sure(before) || before === undefined) && (sure(after) || after === undefined) && (before !== undefined || after !== undefined);
    return placed ? { ...l, confidence: ORDER_SUPPORT } : l;
  });
}

/**
 * Exchange links as topic links, in order: each bead gives its topics' pairs, consecutive equal
 * pairs merge (a topic's question and its follow-up), keeping the lower confidence.
 */
export function topicLinks(al: Alignment): TopicLink[] {
  const out: TopicLink[] = [];
  for (const l of al.links) {
    const zt = unique(l.zh.map((i) => al.zh[i]!.topic));
    const et = unique(l.en.map((j) => al.en[j]!.topic));
    const pairs: [number | null, number | null][] =
      zt.length === 0 ? et.map((e) => [null, e]) : et.length === 0 ? zt.map((z) => [z, null]) : zt.flatMap((z) => et.map((e): [number, number] => [z, e]));
    for (const [z, e] of pairs) {
      const last = out.at(-1);
      if (last && last.zh === z && last.en === e) last.confidence = Math.min(last.confidence, l.confidence);
      else out.push({ zh: z, en: e, confidence: l.confidence });
    }
  }
  return out;
}

function unique(xs: number[]): number[] {
  return xs.filter((x, i) => xs.indexOf(x) === i);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
