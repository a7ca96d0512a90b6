// The shared library: 1,000 Chinese MFA texts and 500 English ones, 445 of them the English version
// of a Chinese regular press conference. Pairing is checked against the dates the titles print
// (read here independently of the parser); alignment against the order of the questions. Skipped
// when the library is not beside the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignTranscripts, type Alignment } from '../../src/bilingual/align.js';
import { loadGlossary } from '../../src/bilingual/glossary.js';
import { pairVersions, type Version } from '../../src/bilingual/versions.js';
import { parseTranscript } from '../../src/transcript/parse.js';
import { sanitize } from '../../src/transcript/sanitize.js';
import { nameDateOf } from '../../src/transcript/open.js';
import type { Transcript } from '../../src/transcript/model.js';

const root = join(import.meta.dirname, '../../../shared/library');
const zhDir = join(root, 'mfa-2016-2020');
const enDir = join(root, 'mfa-en-2018-2020');
const present = existsSync(zhDir) && existsSync(enDir);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date a title prints: [year or undefined, month, day], or undefined. */
function titleDate(title: string): [number | undefined, number, number] | undefined {
  const zh = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(title);
  if (zh) return [+zh[1]!, +zh[2]!, +zh[3]!];
  const en = new RegExp(`(${MONTHS.join('|')})\\s*(\\d{1,2})(?:,\\s*(\\d{4}))?`).exec(title);
  if (en) return [en[3] ? +en[3] : undefined, MONTHS.indexOf(en[1]!) + 1, +en[2]!];
  return undefined;
}

interface Item {
  file: string;
  title: string;
  t: Transcript;
}

describe.skipIf(!present)('versions and alignment on the shared library', () => {
  const items: Item[] = [];
  let versions: Version[] = [];
  const byFile = new Map<string, Item>();
  const glossary = loadGlossary();
  const alignments = new Map<string, Alignment>();
  const align = (zh: string, en: string) => {
    const key = `${zh}|${en}`;
    let al = alignments.get(key);
    if (!al) alignments.set(key, (al = alignTranscripts(byFile.get(zh)!.t, byFile.get(en)!.t, glossary)));
    return al;
  };

  beforeAll(() => {
    for (const dir of [zhDir, enDir])
      for (const f of readdirSync(dir)
        .filter((x) => x.endsWith('.txt'))
        .sort()) {
        const raw = readFileSync(join(dir, f), 'utf8');
        const t = parseTranscript(sanitize(raw).text, nameDateOf(f));
        items.push({ file: join(dir, f), title: raw.slice(0, raw.indexOf('\n')).trim(), t });
      }
    for (const it of items) byFile.set(it.file, it);
    const metas = items.map((it) => ({
      file: it.file,
      title: it.t.title,
      ...(it.t.date ? { date: it.t.date } : {}),
      ...(it.t.event ? { event: it.t.event } : {}),
      answerers: [
        ...new Set(
          it.t.topics
            .flatMap((tp) => tp.turns)
            .filter((u) => u.role === 'answer')
            .map((u) => u.speaker),
        ),
      ],
    }));
    // Undated versions are linked on content: the share of exchanges alignment pairs with confidence.
    const similar = (zh: string, en: string) => {
      const al = align(zh, en);
      return al.links.filter((l) => l.zh.length > 0 && l.en.length > 0 && l.confidence >= 0.75).length / Math.max(al.zh.length, al.en.length, 1);
    };
    versions = pairVersions(metas, { similar });
  }, 600_000);

  it('has the dictionary the aligner reads (npm run build makes it)', () => {
    expect(glossary).not.toBeNull();
  });

  it('links at least 440 of the 445 regular press conferences both languages hold, and no link joins two dates', () => {
    const regularZh = items.filter((it) => /例行记者会/.test(it.title) && titleDate(it.title) !== undefined);
    const inSpan = regularZh.filter((it) => {
      const [y, m, d] = titleDate(it.title)!;
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      return iso >= '2018-05-11' && iso <= '2020-04-29';
    });
    expect(inSpan).toHaveLength(448);
    const linked = inSpan.filter((it) => versions.find((v) => v.file === it.file)?.counterpart !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(440);
    const wrong: string[] = [];
    for (const v of versions) {
      if (v.counterpart === undefined) continue;
      const a = titleDate(byFile.get(v.file)!.title);
      const b = titleDate(byFile.get(v.counterpart)!.title);
      // Both dated by their titles: month and day agree, and the year wherever both print one.
      if (a && b && (a[1] !== b[1] || a[2] !== b[2] || (a[0] !== undefined && b[0] !== undefined && a[0] !== b[0]))) wrong.push(`${v.file} ↔ ${v.counterpart}`);
      // Dated by pairing: the same date on both sides.
      const other = versions.find((o) => o.file === v.counterpart)!;
      if (v.date !== undefined && other.date !== undefined && v.date !== other.date) wrong.push(`${v.file} ${v.date} ↔ ${other.file} ${other.date}`);
    }
    expect(wrong).toEqual([]);
  });

  /** The regular press conferences linked by date, each as [zh, en]. */
  const datePairs = () =>
    versions
      .filter((v) => v.lang === 'zh' && v.linkedBy === 'date' && /例行记者会/.test(byFile.get(v.file)!.title))
      .map((v) => [v.file, v.counterpart!] as const);
  const questionsOf = (t: Transcript) => t.topics.flatMap((tp) => tp.turns).filter((u) => u.role === 'question').length;
  /** For each question turn in order, the index of the exchange holding it. */
  const questionExchanges = (al: Alignment, side: 'zh' | 'en', t: Transcript) =>
    al[side].flatMap((x, i) =>
      t.topics[x.topic - 1]!.turns.slice(x.from, x.to)
        .filter((u) => u.role === 'question')
        .map(() => i),
    );

  it('aligns at least 98% of the pairs with as many questions on both sides one to one, in order', () => {
    const same = datePairs().filter(([z, e]) => questionsOf(byFile.get(z)!.t) === questionsOf(byFile.get(e)!.t));
    expect(same.length).toBeGreaterThanOrEqual(410);
    const off = same.filter(([z, e]) => {
      const al = align(z, e);
      const zq = questionExchanges(al, 'zh', byFile.get(z)!.t);
      const eq = questionExchanges(al, 'en', byFile.get(e)!.t);
      // The k-th question of each side falls in the same link.
      return !zq.every((i, k) => al.links.some((l) => l.zh.includes(i) && l.en.includes(eq[k]!)));
    });
    expect(off.length / same.length).toBeLessThanOrEqual(0.02);
  }, 300_000);

  it('where the counts differ, pairs most exchanges and leaves the rest flagged, never crossing', () => {
    const differ = datePairs().filter(([z, e]) => questionsOf(byFile.get(z)!.t) !== questionsOf(byFile.get(e)!.t));
    expect(differ.length).toBeGreaterThan(0);
    for (const [z, e] of differ) {
      const al = align(z, e);
      expect(al.links.flatMap((l) => l.zh)).toEqual([...al.zh.keys()]);
      expect(al.links.flatMap((l) => l.en)).toEqual([...al.en.keys()]);
      const paired = al.links.filter((l) => l.zh.length > 0 && l.en.length > 0);
      // Counts differ by a question or two: nearly everything still has its counterpart.
      expect(paired.flatMap((l) => l.zh).length).toBeGreaterThanOrEqual(al.zh.length - 3);
      expect(paired.filter((l) => l.confidence >= 0.75).length / paired.length).toBeGreaterThan(0.8);
    }
  }, 300_000);
});
