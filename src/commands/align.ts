import { strings, type Lang } from '../i18n/strings.js';
import { PROBLEMS } from '../i18n/problems.js';
import { UserError } from '../errors.js';
import { alignTranscripts, topicLinks, type Alignment } from '../bilingual/align.js';
import { langOf } from '../bilingual/briefing.js';
import { loadGlossary } from '../bilingual/glossary.js';
import { rowToString } from '../layout/ansi.js';
import { layoutParallel } from '../layout/parallel.js';
import { missingMarker, topicParallelParts } from '../layout/parallel-topic.js';
import type { Opened } from '../transcript/open.js';
import type { Topic, Transcript } from '../transcript/model.js';
import { truncate } from '../text/truncate.js';
import { fitString } from '../ui/fit.js';
import { findTopic } from './show.js';
import type { OutputOptions } from './output.js';

export interface Pair {
  zh: Opened;
  en: Opened;
  alignment: Alignment;
  /** Said on stderr: the dictionary is missing, so alignment went by numbers, names and order. */
  warning?: string;
}

/** The language a transcript is written in, by the letters of its title and first paragraphs. */
function transcriptLang(t: Transcript): 'zh' | 'en' | undefined {
  const sample = [t.title, ...t.topics.slice(0, 3).flatMap((tp) => tp.turns.flatMap((u) => u.paragraphs))].join('\n').slice(0, 4000);
  return langOf(sample);
}

/** The two versions, Chinese first whichever order they were given in, aligned exchange by exchange. */
export function alignPair(a: Opened, b: Opened, lang: Lang = 'en'): Pair {
  const la = transcriptLang(a.transcript);
  const lb = transcriptLang(b.transcript);
  if (la === lb || la === undefined || lb === undefined) {
    throw new UserError(strings(lang).alignNeedsBoth(a.name, la, b.name, lb));
  }
  const [zh, enOpened] = la === 'zh' ? [a, b] : [b, a];
  // Until the parser derives English labels itself, the English side is labelled here (same seam).
  const en = enOpened;
  const glossary = loadGlossary();
  return {
    zh,
    en,
    alignment: alignTranscripts(zh.transcript, en.transcript, glossary),
    ...(glossary ? {} : { warning: PROBLEMS.noGlossary() }),
  };
}

/** `presser align --json`: the topic links, in order. */
export function alignJson(p: Pair): string {
  const links = topicLinks(p.alignment);
  return links.length === 0 ? '[]\n' : `[\n${links.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`;
}

/** `presser align`: one line per link, the two topics' first questions side by side. */
export function alignText(p: Pair, out: OutputOptions): string {
  const links = topicLinks(p.alignment);
  const opts = { ambiguous: out.ambiguous };
  const zhTopics = p.zh.transcript.topics;
  const enTopics = p.en.transcript.topics;
  const paired = links.filter((l) => l.zh !== null && l.en !== null).length;
  const head = strings(out.lang ?? 'en').alignHead(paired, links.length - paired, p.zh.name, zhTopics.length, p.en.name, enTopics.length);
  const half = Math.max(4, Math.floor((out.width - 18) / 2));
  const lines = links.map((l) => {
    const num = (n: number | null) => (n === null ? '—' : String(n)).padStart(3);
    const side = (topics: Topic[], n: number | null) => truncate(n === null ? '' : opening(topics[n - 1]!), half, opts);
    return truncate(
      `${num(l.zh)} ${num(l.en)}  ${l.confidence.toFixed(2)}  ${fitString(side(zhTopics, l.zh), half, opts)} │ ${side(enTopics, l.en)}`,
      out.width,
      opts,
    );
  });
  return [truncate(head, out.width, opts), ...lines].join('\n') + '\n';
}

/** What a topic is about, for a one-line listing: its label and the start of its first question. */
function opening(t: Topic): string {
  const q = t.turns.find((u) => u.role === 'question') ?? t.turns[0];
  return `${t.label}: ${(q?.paragraphs[0] ?? '').replace(/\s+/g, ' ')}`;
}

/**
 * `presser show N ZH --with EN`: topic N of the Chinese version with its English counterpart,
 * exchange by exchange — side by side from 160 columns, stacked below — parts without
 * counterpart marked, pairs below 0.75 confidence noted.
 */
export function showWith(p: Pair, key: string, out: OutputOptions): string {
  const lang = out.lang ?? 'en';
  const topic = findTopic(p.zh.transcript, key, lang);
  const { title, parts } = topicParallelParts({ primary: p.zh.transcript, other: p.en.transcript, side: 'zh', alignment: p.alignment }, topic.id, lang);
  const rows = layoutParallel(parts, {
    width: out.width,
    ambiguous: out.ambiguous,
    fullWidthPunctuation: out.fullWidthPunctuation ?? true,
    missingLeft: missingMarker('zh', lang),
    missingRight: missingMarker('en', lang),
  });
  const heading = truncate(title, out.width, { ambiguous: out.ambiguous });
  return [out.color ? `\x1b[1;36m${heading}\x1b[22;39m` : heading, ...rows.map((r) => rowToString(r, out.color))].join('\n') + '\n';
}

/** Every topic of the Chinese version beside the English (`presser ZH --with EN`, piped), a blank line between topics. */
export function showAllWith(p: Pair, out: OutputOptions): string {
  return p.zh.transcript.topics.map((t) => showWith(p, String(t.id), out)).join('\n');
}
