import type { Header } from './header.js';
import type { Item } from './items.js';
import type { Cast } from './sections.js';
import { asks, nameFromHeader } from './speakers.js';

/** A named speaker asks when this share of their turns are questions, and someone else's are not. */
const ASKER_SHARE = 0.6;
const ANSWERER_SHARE = 0.3;

/**
 * Who is who in the document, decided once from all its labels: who answers "答：" (the person the
 * title, subtitle or byline names, else the most frequent named answerer), whether unlabelled text
 * before the first question is the host's own (a spokesperson's briefing) or narration, which named
 * speakers ask (an interviewer labelled by name, in a text with no 问 or 记者 labels), the usual way of
 * asking, and whether headings group the exchanges.
 */
export function findCast(items: Item[], header: Header): Cast {
  const labels = items.flatMap((it) => (it.kind === 'label' ? [it.label] : []));
  const askers = namedAskers(items);
  const answering = labels.filter((l) => l.form === 'name' && !askers.has(l.speaker)).map((l) => l.speaker);
  const fromHeader = nameFromHeader([header.kicker, header.title, header.subtitle, header.byline].filter(Boolean).join(' '));
  const principal = fromHeader ?? mostFrequent(answering) ?? '';
  const hosted = /主持/u.test(header.title) && /记者会|发布会|吹风会/u.test(header.title);
  return {
    principal,
    principalOpens: hosted,
    askers,
    usualAsk: usualAsk(labels.map((l) => l.form), askers.size > 0),
    headed: headed(items),
    hostAsks: !labels.some((l) => l.form === 'ask' || l.form === 'follow-up' || l.form === 'reporter' || l.form === 'narrated-ask'),
  };
}

function usualAsk(forms: string[], namedAsk: boolean): Cast['usualAsk'] {
  const counts = { ask: 0, reporter: 0, host: 0 };
  for (const f of forms) {
    if (f === 'ask' || f === 'follow-up') counts.ask++;
    else if (f === 'reporter') counts.reporter++;
    else if (f === 'host') counts.host++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0]!;
  if (best[1] > 0) return best[0];
  return namedAsk ? 'name' : 'none';
}

/** Two or more headings, the first before the first question: the headings own the exchanges under them. */
function headed(items: Item[]): boolean {
  let headings = 0;
  let headingBeforeQuestion = false;
  for (const it of items) {
    if (it.kind === 'heading') headings++;
    else if (it.kind === 'label' && asks(it.label.form) && headings === 0) return false;
    else if (it.kind === 'label' && asks(it.label.form)) headingBeforeQuestion = true;
  }
  return headings >= 2 && headingBeforeQuestion;
}

/**
 * In a text where no label asks (no 问, 记者 or 主持人), two named speakers taking turns: the one whose
 * turns are questions asks.
 */
function namedAskers(items: Item[]): Set<string> {
  const turns = new Map<string, { all: number; asking: number }>();
  let current: { speaker: string; text: string } | undefined;
  const close = () => {
    if (!current) return;
    const n = turns.get(current.speaker) ?? { all: 0, asking: 0 };
    n.all++;
    if (/[？?][”"」』）)]*$/u.test(current.text)) n.asking++;
    turns.set(current.speaker, n);
  };
  for (const it of items) {
    if (it.kind === 'label') {
      if (asks(it.label.form)) return new Set();
      close();
      current = it.label.form === 'name' ? { speaker: it.label.speaker, text: it.label.body } : undefined;
    } else if (it.kind === 'plain' && current) {
      current.text = it.text;
    } else if (it.kind === 'heading') {
      close();
      current = undefined;
    }
  }
  close();
  if (turns.size < 2) return new Set();
  const share = (n: { all: number; asking: number }) => n.asking / n.all;
  const answerer = [...turns.values()].some((n) => share(n) < ANSWERER_SHARE);
  if (!answerer) return new Set();
  return new Set([...turns].filter(([, n]) => n.all >= 2 && share(n) >= ASKER_SHARE).map(([name]) => name));
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
