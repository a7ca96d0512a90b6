import { eventKind, langOf, pageId, spokespersonKey, titleMonthDay, type EventKind, type Lang, type VersionMeta } from './briefing.js';

/** What pairing says of one file, in the order the files were given. */
export interface Version {
  file: string;
  lang?: Lang;
  /** The date pairing used: the parser's, or one inferred for a title without a year. */
  date?: string;
  /** How an inferred date was found. */
  dateEvidence?: 'page-order' | 'counterpart';
  /** The other language's version of the same briefing. */
  counterpart?: string;
  /**
   * Why they are linked: "date" (same date, spokesperson and kind of event) — the only link made
   * without content — or "content" (no date on either side, but the caller's similarity check).
   * "duplicate": another copy of a version already linked (the counterpart points back elsewhere).
   */
  linkedBy?: 'date' | 'content' | 'duplicate';
}

export interface PairOptions {
  /**
   * For versions with no date at all (答记者问 on one subject, "Remarks on …"): how alike the two
   * texts are, 0–1 (e.g. the share of exchanges alignment pairs with confidence). Without it, such
   * versions stay unlinked: a link is never made without evidence.
   */
  similar?: (zh: string, en: string) => number;
}

/** How alike two undated texts must be to link them. */
const SIMILAR = 0.5;
/** How far apart (in page ids) an undated pair may be: both versions are published within days. */
const NEAR_PAGES = 3000;

interface Item {
  index: number;
  file: string;
  lang?: Lang;
  kind: EventKind;
  speaker?: string;
  date?: string;
  monthDay?: { month: number; day: number };
  id?: number;
}

/**
 * Links the Chinese and English versions of the same briefing: same date, same spokesperson, same
 * kind of event. A title without a year ("… on September 10") is dated only on evidence: the
 * files published around it (page ids in the names, with their dates) place it in one year, or
 * the other language has a version with that month and day, spokesperson and kind in exactly one
 * year; when the two disagree, or neither says, it stays undated and unlinked. Pure.
 */
export function pairVersions(metas: VersionMeta[], options: PairOptions = {}): Version[] {
  const items: Item[] = metas.map((m, index) => {
    const id = pageId(m.file);
    const lang = langOf(m.title);
    const speaker = spokespersonKey(m);
    const monthDay = m.date === undefined ? titleMonthDay(m.title) : undefined;
    return {
      index,
      file: m.file,
      ...(lang ? { lang } : {}),
      kind: eventKind(m.title, m.event),
      ...(speaker ? { speaker } : {}),
      ...(m.date ? { date: m.date } : {}),
      ...(monthDay ? { monthDay } : {}),
      ...(id !== undefined ? { id } : {}),
    };
  });
  const out: Version[] = items.map((it) => ({ file: it.file, ...(it.lang ? { lang: it.lang } : {}), ...(it.date ? { date: it.date } : {}) }));
  inferYears(items, out);
  linkByDate(items, out);
  if (options.similar) linkByContent(items, out, options.similar);
  return out;
}

function inferYears(items: Item[], out: Version[]): void {
  const dated = items.filter((it) => it.date !== undefined && it.id !== undefined).sort((a, b) => a.id! - b.id!);
  for (const it of items) {
    if (it.date !== undefined || !it.monthDay) continue;
    const byOrder = it.id === undefined ? undefined : yearByPageOrder(it, dated);
    const byCounterpart = yearByCounterpart(it, items);
    if (byOrder !== undefined && byCounterpart !== undefined && byOrder !== byCounterpart) continue;
    const year = byOrder ?? byCounterpart;
    if (year === undefined) continue;
    it.date = isoDate(year, it.monthDay);
    out[it.index]!.date = it.date;
    out[it.index]!.dateEvidence = byOrder !== undefined ? 'page-order' : 'counterpart';
  }
}

/** The year in which the date falls between the dated pages published just before and after it. */
function yearByPageOrder(it: Item, dated: Item[]): number | undefined {
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dated[mid]!.id! < it.id!) lo = mid + 1;
    else hi = mid;
  }
  const before = dated[lo - 1]?.date;
  const after = dated[lo]?.date;
  if (before === undefined || after === undefined) return undefined;
  const years = new Set([Number(before.slice(0, 4)), Number(after.slice(0, 4))]);
  const fits = [...years].filter((y) => {
    const d = isoDate(y, it.monthDay!);
    return before <= d && d <= after;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** The one year in which the other language has a version with this month, day, spokesperson and kind. */
function yearByCounterpart(it: Item, items: Item[]): number | undefined {
  const md = `-${pad(it.monthDay!.month)}-${pad(it.monthDay!.day)}`;
  const years = new Set(
    items
      .filter(
        (o) => o.lang !== undefined && o.lang !== it.lang && o.date?.endsWith(md) && o.kind === it.kind && o.speaker !== undefined && o.speaker === it.speaker,
      )
      .map((o) => Number(o.date!.slice(0, 4))),
  );
  return years.size === 1 ? [...years][0] : undefined;
}

function linkByDate(items: Item[], out: Version[]): void {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    if (it.date === undefined || it.lang === undefined) continue;
    const key = `${it.date}|${it.kind}`;
    const g = groups.get(key);
    if (g) g.push(it);
    else groups.set(key, [it]);
  }
  for (const group of groups.values()) {
    const zh = group.filter((it) => it.lang === 'zh');
    const en = group.filter((it) => it.lang === 'en');
    if (zh.length === 0 || en.length === 0) continue;
    for (const z of zh) {
      // Same spokesperson, or the only version of each side on that day when one side names no one.
      const mates = en.filter((e) => (z.speaker !== undefined && e.speaker !== undefined ? z.speaker === e.speaker : zh.length === 1 && en.length === 1));
      if (mates.length === 0) continue;
      const chosen = nearest(z, mates);
      link(out, z, chosen, 'date');
      // Another copy of the same English page (republished, corrected) points to its original too.
      for (const other of mates)
        if (other !== chosen && out[other.index]!.counterpart === undefined)
          out[other.index] = { ...out[other.index]!, counterpart: z.file, linkedBy: 'duplicate' };
    }
  }
}

function linkByContent(items: Item[], out: Version[], similar: (zh: string, en: string) => number): void {
  const free = (it: Item) => out[it.index]!.counterpart === undefined && it.lang !== undefined && it.id !== undefined;
  const undated = items.filter((it) => free(it) && it.date === undefined);
  for (const e of undated.filter((it) => it.lang === 'en')) {
    const candidates = items.filter(
      (z) =>
        z.lang === 'zh' &&
        free(z) &&
        z.kind === e.kind &&
        z.speaker !== undefined &&
        z.speaker === e.speaker &&
        Math.abs(z.id! - e.id!) <= NEAR_PAGES &&
        (z.date === undefined || e.date === undefined),
    );
    const scored = candidates.map((z) => ({ z, s: similar(z.file, e.file) })).filter((x) => x.s >= SIMILAR);
    scored.sort((a, b) => b.s - a.s);
    // Only a clear winner: two equally good candidates are no evidence for either.
    if (scored.length === 0 || (scored.length > 1 && scored[1]!.s >= scored[0]!.s - 0.1)) continue;
    link(out, scored[0]!.z, e, 'content');
  }
}

function link(out: Version[], z: Item, e: Item, by: 'date' | 'content'): void {
  out[z.index] = { ...out[z.index]!, counterpart: e.file, linkedBy: by };
  out[e.index] = { ...out[e.index]!, counterpart: z.file, linkedBy: by };
}

/** Of several copies, the one published closest to the other version (by page id), else the first. */
function nearest(z: Item, mates: Item[]): Item {
  if (z.id === undefined || mates.some((m) => m.id === undefined)) return mates[0]!;
  return mates.reduce((best, m) => (Math.abs(m.id! - z.id!) < Math.abs(best.id! - z.id!) ? m : best));
}

function isoDate(year: number, md: { month: number; day: number }): string {
  return `${year}-${pad(md.month)}-${pad(md.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
