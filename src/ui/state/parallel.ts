import { linkOfTurn, otherSide, primaryTopicOfLink, topicParallelAt, type Side } from '../../bilingual/parallel.js';
import type { ExchangeLink } from '../../bilingual/align.js';
import type { ParallelPair } from '../../layout/parallel-topic.js';
import { citationLine } from '../../transcript/cite.js';
import type { Transcript } from '../../transcript/model.js';
import { citedSpeaker, shownSpeaker, speakerPrefix } from '../../transcript/voice.js';
import type { Hit } from '../hits.js';
import type { ParallelPageRow } from '../parallelRows.js';
import { dateOf, hitTarget, type Target } from '../targets.js';
import { type Env, type State, type Step, say, step, withStatus } from './types.js';
import { localize } from '../../i18n/problems.js';

/**
 * The parallel view (`v`): the open transcript beside its other-language version, exchange by
 * exchange. The counterpart is found and aligned by an effect the first time the view is asked
 * for — never while a key is reduced, never before the first frame — and kept; the view then
 * switches on and off at once. The reading position stays the primary transcript's anchor.
 */

/** The pair the view shows, when it is on and ready and the page is a topic. */
export function shownPair(s: State, env: Env, page: number | string): ParallelPair | null {
  const c = s.parallel.counterpart;
  if (!s.parallel.on || c.status !== 'ready' || typeof page !== 'number') return null;
  return page >= 1 && page <= env.transcript.topics.length ? c.pair : null;
}

export function toggleParallel(s: State): Step {
  const c = s.parallel.counterpart;
  switch (c.status) {
    case 'none':
      return withStatus(s, localize(c.reason, s.lang));
    case 'loading':
      // Changed one's mind while it aligns: the request is dropped (its answer, stale, is ignored).
      return withStatus({ ...s, parallel: { ...s.parallel, on: false, counterpart: { status: 'unknown' } } }, say(s).parallelOff);
    case 'ready': {
      const on = !s.parallel.on;
      return withStatus({ ...s, parallel: { ...s.parallel, on } }, on ? say(s).besideVersion(c.name, otherSide(c.pair.side)) : say(s).parallelOff);
    }
    case 'unknown': {
      const seq = s.parallel.asked + 1;
      return step(
        { ...s, parallel: { on: true, counterpart: { status: 'loading', seq }, asked: seq } },
        { type: 'loadParallel', seq },
        { type: 'status', text: say(s).aligning },
      );
    }
  }
}

/** Whether an answer is to the request still waited for (not one since dropped). */
function awaited(s: State, seq: number): boolean {
  const c = s.parallel.counterpart;
  return c.status === 'loading' && c.seq === seq;
}

export function parallelLoaded(s: State, seq: number, pair: ParallelPair, name: string): Step {
  if (!awaited(s, seq)) return step(s);
  const next = { ...s, parallel: { ...s.parallel, counterpart: { status: 'ready' as const, pair, name } } };
  return s.parallel.on ? withStatus(next, say(s).besideVersionOff(name, otherSide(pair.side))) : step(next);
}

export function parallelMissing(s: State, seq: number, reason: string): Step {
  if (!awaited(s, seq)) return step(s);
  return withStatus({ ...s, parallel: { ...s.parallel, on: false, counterpart: { status: 'none', reason } } }, localize(reason, s.lang));
}

/** The other version, for a search in both languages while the view is on. */
export function searchedAlongside(s: State): Transcript | undefined {
  const c = s.parallel.counterpart;
  return s.parallel.on && c.status === 'ready' ? c.pair.other : undefined;
}

/**
 * Where a hit opens. A hit in the other version opens the primary topic that shows its exchange in
 * the parallel view, at that exchange, highlighted in the other column.
 */
export function readerHitTarget(s: State, env: Env, hit: Hit): Target | null {
  if (!hit.other) return hitTarget(env.transcript, hit);
  const c = s.parallel.counterpart;
  if (c.status !== 'ready' || !hit.pos) return null;
  const { pair } = c;
  const k = linkOfTurn(pair.alignment, otherSide(pair.side), hit.pos.topic, hit.pos.turn);
  const page = k < 0 ? undefined : primaryTopicOfLink(pair.alignment, k, pair.side);
  if (page === undefined) return null;
  return { page, ref: { turn: hit.pos.turn, para: hit.pos.para }, start: hit.pos.offset, end: hit.pos.offset + hit.length, mark: true, other: true };
}

/** A hit in the other version shows only beside the transcript: opening one turns the view on. */
export function showingTarget(s: State, target: Target): State {
  return target.other && !s.parallel.on ? { ...s, parallel: { ...s.parallel, on: true } } : s;
}

/** The row of the parallel page that shows the other version's text at (ref, offset), or -1. */
export function rowOfOther(rows: ParallelPageRow[], ref: { turn: number; para: number }, offset: number): number {
  let found = -1;
  rows.forEach((r, i) => {
    const o = r.other;
    if (o && o.ref.turn === ref.turn && o.ref.para === ref.para && (found < 0 || o.start <= offset)) found = i;
  });
  return found;
}

/** One version's exchanges of a link as text: each turn led by who speaks, paragraphs on lines of their own. */
function exchangeText(t: Transcript, xs: { topic: number; from: number; to: number }[]): string {
  const paras: string[] = [];
  for (const x of xs) {
    const topic = t.topics[x.topic - 1]!;
    for (const turn of topic.turns.slice(x.from, x.to)) {
      const who = shownSpeaker(turn);
      turn.paragraphs.forEach((p, i) => paras.push(i === 0 && who ? speakerPrefix(who) + p : p));
    }
  }
  return paras.join('\n');
}

/** Who an exchange is cited to: its (first) answerer, else whoever speaks first. */
function exchangeSpeaker(t: Transcript, xs: { topic: number; from: number; to: number }[]): string {
  const turns = xs.flatMap((x) => t.topics[x.topic - 1]!.turns.slice(x.from, x.to));
  const turn = turns.find((u) => u.role === 'answer') ?? turns[0];
  return turn ? citedSpeaker(turn) : '';
}

/**
 * `y` in the parallel view: both versions of the exchange at the top of the view — the Chinese
 * first — and one citation naming both: "—— 耿爽，外交部例行记者会，2019-08-23 / Geng Shuang, Regular
 * Press Conference, 2019-08-23".
 */
export function bilingualCopy(pair: ParallelPair, names: { primary: string; other: string }, link: ExchangeLink): string | null {
  const versions = { [pair.side]: { t: pair.primary, name: names.primary }, [otherSide(pair.side)]: { t: pair.other, name: names.other } } as Record<
    Side,
    { t: Transcript; name: string }
  >;
  const texts: string[] = [];
  const cites: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const { t, name } = versions[lang];
    const xs = link[lang].map((i) => pair.alignment[lang][i]!);
    if (xs.length === 0) continue;
    texts.push(exchangeText(t, xs));
    cites.push(citationLine({ speaker: exchangeSpeaker(t, xs), event: t.event, title: t.title, date: t.date ?? dateOf(name), source: t.source }, lang));
  }
  if (texts.length === 0) return null;
  return `${texts.join('\n\n')}\n—— ${cites.filter(Boolean).join(' / ')}`;
}

/** The link a row of the parallel page belongs to (the heading: the first). */
export function linkOfRow(pair: ParallelPair, page: number, row: ParallelPageRow): ExchangeLink | undefined {
  const { links } = topicParallelAt(pair.alignment, page, pair.side);
  return links[Math.max(0, row.part)];
}
