import type { Repair, Topic, Transcript } from './model.js';
import { collapseRepeats, type WorkTopic } from './parse/dedupe.js';
import { readHeader } from './parse/header.js';
import { classifyLines, type Item } from './parse/items.js';
import { joinSplits } from './parse/joins.js';
import { deriveLabels } from './parse/labels.js';
import { sourceLines } from './parse/lines.js';
import { linkQuotes } from './parse/quotes.js';
import { groupSections } from './parse/sections.js';
import { nameFromHeader } from './parse/speakers.js';
import { takeTail } from './parse/tail.js';
import { compactKey } from './parse/text.js';

/**
 * Raw text → Transcript. Pure and total: never throws (an internal failure degrades to a
 * transcript holding every line as a note, with a repair saying so).
 *
 * Passes: lines → classified items (labels, headings, quotes, debris) → header (title, byline,
 * intro) → sections (a heading or question opens one) → page-break joins → repeats collapsed →
 * closing notes and source → labels for topics without headings → quotes linked.
 */
export function parseTranscript(raw: string): Transcript {
  try {
    return parseStrict(typeof raw === 'string' ? raw : String(raw));
  } catch (e) {
    return fallback(String(raw), e);
  }
}

function parseStrict(raw: string): Transcript {
  const text = raw.replace(/^\ufeff/, '');
  const lines = sourceLines(text);
  const headerText = lines.slice(0, 4).map((l) => l.text).join('\n');
  const items = classifyLines(lines, headerText);

  const firstBody = items.findIndex((it) => it.kind === 'label' || it.kind === 'heading');
  const headItems = firstBody < 0 ? items : items.slice(0, firstBody);
  const bodyItems = firstBody < 0 ? [] : markRunningHeads(items.slice(firstBody), headItems);
  const named = namedSpeakers(items);
  const titleName = nameFromHeader(headerText.replace(/\n/g, ' '));
  const header = readHeader(headItems, titleName ? [...named, titleName] : named);
  const principal = mostFrequent(named) ?? titleName ?? '';

  const repairs: Repair[] = [];
  const body = groupSections([...header.rest, ...bodyItems], principal);
  repairs.push(...body.repairs);
  joinSplits(body.sections, repairs);
  const work = collapseRepeats(body.sections, repairs);
  const tail = takeTail(work);
  const labels = deriveLabels(work);
  const topics = work.map((w, i) => toTopic(w, i, labels[i]!));
  const quotes = linkQuotes(
    body.quotes.map((q) => q.text),
    work,
  );
  repairs.sort((a, b) => a.line - b.line);
  return {
    title: header.title,
    ...(header.byline !== undefined ? { byline: header.byline } : {}),
    ...(header.intro !== undefined ? { intro: header.intro } : {}),
    ...(tail.source !== undefined ? { source: tail.source } : {}),
    topics,
    quotes,
    notes: tail.notes.map((p) => p.text),
    repairs,
  };
}

function toTopic(w: WorkTopic, i: number, label: string): Topic {
  const topic: Topic = {
    id: i + 1,
    label,
    turns: w.turns.map((t) => ({ role: t.role, speaker: t.speaker, paragraphs: t.paras.map((p) => p.text) })),
  };
  if (w.headline) topic.headline = w.headline;
  return topic;
}

/**
 * A short header line (title, byline) printed again in the body is a page's running head, not
 * text: it goes to repairs.
 */
function markRunningHeads(body: Item[], head: Item[]): Item[] {
  const heads = new Set(head.filter((it) => it.kind === 'plain' && it.text.length <= 40).map((it) => compactKey(it.text)));
  if (heads.size === 0) return body;
  return body.map((it) =>
    it.kind === 'plain' && heads.has(compactKey(it.text)) ? { kind: 'debris', line: it.line, text: it.text, why: 'repeats a header line (a running head)' } : it,
  );
}

/** Names used as speaker labels, in order of first use. */
function namedSpeakers(items: Item[]): string[] {
  const out: string[] = [];
  for (const it of items) if (it.kind === 'label' && it.label.form === 'name') out.push(it.label.label);
  return out;
}

function mostFrequent(names: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const n of names) {
    const c = (counts.get(n) ?? 0) + 1;
    counts.set(n, c);
    if (best === undefined || c > counts.get(best)!) best = n;
  }
  return best;
}

function fallback(raw: string, e: unknown): Transcript {
  const lines = sourceLines(raw.replace(/^\ufeff/, ''));
  return {
    title: lines[0]?.text ?? '',
    topics: [],
    quotes: [],
    notes: lines.slice(1).map((l) => l.text),
    repairs: [{ kind: 'other', line: 0, detail: `the parser failed (${String((e as Error)?.message ?? e)}); every line is kept as a note` }],
  };
}
