import type { Repair, Topic, Transcript } from './model.js';
import { findCast } from './parse/cast.js';
import { collapseRepeats, repeatsSections, type WorkTopic } from './parse/dedupe.js';
import { readHeader } from './parse/header.js';
import { classifyLines, type Item } from './parse/items.js';
import { joinSplits } from './parse/joins.js';
import { deriveLabels } from './parse/labels.js';
import { sourceLines } from './parse/lines.js';
import { readMeta } from './parse/meta.js';
import { linkQuotes } from './parse/quotes.js';
import { groupSections } from './parse/sections.js';
import { cutSplices } from './parse/splices.js';
import { takeTail } from './parse/tail.js';
import { compactKey } from './parse/text.js';
import { PROBLEMS } from '../i18n/problems.js';

export interface ParseOptions {
  /** An ISO date from the file name: completes a date the text gives without a year, or stands in when it gives none. */
  nameDate?: string;
}

/**
 * Raw text → Transcript. Pure and total: never throws (an internal failure degrades to a
 * transcript holding every line as a note, with a repair saying so).
 *
 * Passes: lines → classified items (labels, headings, credits, quotes, debris) → header (kicker,
 * title, subtitle, byline, dateline, intro) → cast (who answers 答, who asks) → sections (a heading
 * or question opens one) → page-break joins → repeats collapsed → splices cut → closing notes and
 * source → event and date → labels for topics without headings → quotes linked.
 */
export function parseTranscript(raw: string, options: ParseOptions = {}): Transcript {
  try {
    return parseStrict(typeof raw === 'string' ? raw : String(raw), options);
  } catch (e) {
    return fallback(String(raw), e);
  }
}

function parseStrict(raw: string, options: ParseOptions): Transcript {
  const text = raw.replace(/^\ufeff/, '');
  const lines = sourceLines(text);
  const firstTurn = lines.findIndex((l, i) => i > 0 && /^\S{1,32}?[:：]/u.test(l.text));
  const headerText = lines
    .slice(0, Math.max(4, firstTurn))
    .map((l) => l.text)
    .join('\n');
  const items = classifyLines(lines, headerText);

  const firstBody = items.findIndex((it) => it.kind === 'label' || it.kind === 'heading');
  const headItems = firstBody < 0 ? items : items.slice(0, firstBody);
  const bodyItems = firstBody < 0 ? [] : markRunningHeads(items.slice(firstBody), headItems);
  const named = namedSpeakers(items);
  const header = readHeader(headItems, named);
  const cast = findCast(items, header);

  const repairs: Repair[] = [];
  const body = groupSections([...header.rest, ...bodyItems], cast);
  repairs.push(...body.repairs);
  joinSplits(body.sections, repairs);
  const damaged = repeatsSections(body.sections);
  const work = collapseRepeats(body.sections, repairs);
  // Splices come with a layout that prints blocks twice; in clean copy a repeated clause is the speaker's.
  if (damaged) cutSplices(work, repairs);
  const tail = takeTail(work);
  const dateline = header.dateline ?? tail.dateline;
  const meta = readMeta({ ...header, ...(dateline !== undefined ? { dateline } : {}) }, options.nameDate);
  const structured = work.some((w) => w.turns.some((t) => t.role !== 'narration'));
  const labels = deriveLabels(work);
  const topics = work.map((w, i) => toTopic(w, i, labels[i]!));
  const quotes = linkQuotes(
    body.quotes.map((q) => q.text),
    work,
  );
  repairs.sort((a, b) => a.line - b.line);
  const credits = [...header.credits, ...body.credits.map((c) => c.text)];
  const notes = [...body.boxes.map((b) => b.text), ...tail.notes.map((p) => p.text)];
  const transcript: Transcript = {
    ...(header.kicker !== undefined ? { kicker: header.kicker } : {}),
    title: header.title,
    ...(header.subtitle !== undefined ? { subtitle: header.subtitle } : {}),
    ...(header.byline !== undefined ? { byline: header.byline } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.event !== undefined ? { event: meta.event } : {}),
    ...(header.intro !== undefined ? { intro: header.intro } : {}),
    ...(tail.source !== undefined ? { source: tail.source } : {}),
    ...(credits.length > 0 ? { credits } : {}),
    topics,
    quotes,
    notes,
    repairs,
  };
  return structured ? transcript : asWholeText(transcript);
}

function toTopic(w: WorkTopic, i: number, label: string): Topic {
  const topic: Topic = {
    id: i + 1,
    label,
    turns: w.turns.map((t) => ({
      role: t.role,
      speaker: t.speaker,
      ...(t.label !== undefined ? { label: t.label } : {}),
      ...(t.title !== undefined ? { title: t.title } : {}),
      ...(t.number !== undefined ? { number: t.number } : {}),
      paragraphs: t.paras.map((p) => p.text),
    })),
  };
  if (w.headline) topic.headline = w.headline;
  return topic;
}

/** The label of the single topic made from a text without questions and answers. */
export const WHOLE_TEXT_LABEL = '全文';

/**
 * Text in which no one speaks (an article, notes, a transcript in a layout presser does not know)
 * is still read whole: its paragraphs, and the intro and closing lines, become one topic of
 * narration, so that nothing is shown as empty.
 */
function asWholeText(t: Transcript): Transcript {
  const paragraphs = [...(t.intro ? [t.intro] : []), ...t.topics.flatMap((tp) => tp.turns.flatMap((u) => u.paragraphs)), ...t.notes];
  if (paragraphs.length === 0) return t;
  const { intro: _intro, ...rest } = t;
  return {
    ...rest,
    notes: [],
    topics: [{ id: 1, label: WHOLE_TEXT_LABEL, turns: [{ role: 'narration', speaker: '', paragraphs }] }],
    repairs: [...t.repairs, { kind: 'no-structure', line: 0, detail: PROBLEMS.noStructure() }],
  };
}

/**
 * A short header line (title, byline) printed again in the body is a page's running head, not
 * text: it goes to repairs.
 */
function markRunningHeads(body: Item[], head: Item[]): Item[] {
  const heads = new Set(head.filter((it) => it.kind === 'plain' && it.text.length <= 40).map((it) => compactKey(it.text)));
  if (heads.size === 0) return body;
  return body.map((it) =>
    it.kind === 'plain' && heads.has(compactKey(it.text)) ? { kind: 'debris', line: it.line, text: it.text, why: PROBLEMS.repeatedHeader() } : it,
  );
}

/** Names used as speaker labels, in order of first use. */
function namedSpeakers(items: Item[]): string[] {
  const out: string[] = [];
  for (const it of items) if (it.kind === 'label' && it.label.form === 'name') out.push(it.label.speaker);
  return out;
}

function fallback(raw: string, e: unknown): Transcript {
  const lines = sourceLines(raw.replace(/^\ufeff/, ''));
  return {
    title: lines[0]?.text ?? '',
    topics: [],
    quotes: [],
    notes: lines.slice(1).map((l) => l.text),
    repairs: [{ kind: 'other', line: 0, detail: PROBLEMS.parserFailed(String((e as Error)?.message ?? e)) }],
  };
}
