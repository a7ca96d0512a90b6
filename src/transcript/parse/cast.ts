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
  const fromHeader = nameFromHeader([header.kicker, header.title, header.subtitle, header.byline].filter(Boolean).join(' '));
  const askers = namedAskers(items, fromHeader ?? '');
  const answering = labels.filter((l) => l.form === 'name' && !askers.has(l.speaker)).map((l) => l.speaker);
  const principal = fromHeader ?? mostFrequent(answering) ?? '';
  const hosted =
    (/主持/u.test(header.title) && /记者会|发布会|吹风会/u.test(header.title)) || /Spokesperson.*(?:Press Conference|Briefing)/u.test(header.title);
  return {
    principal,
    principalOpens: hosted,
    askers,
    usualAsk: usualAsk(
      labels.map((l) => l.form),
      askers.size > 0,
    ),
    headed: headed(items),
    answersUnlabelled: labels.some((l) => asks(l.form)) && !labels.some((l) => l.form === 'reply' || (l.form === 'name' && !askers.has(l.speaker))),
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
 * Named speakers who ask. In a text where no label asks (no 问, 记者 or 主持人), two named speakers
 * taking turns: the one whose turns are questions asks. In English, where an outlet is printed like
 * a name ("Reuters:", "The Paper:"), any label other than the principal's that mostly asks or is
 * mostly answered by the principal is an asker.
 */
function namedAskers(items: Item[], principal: string): Set<string> {
  const turns = new Map<string, { all: number; asking: number; answered: number }>();
  let anyAsk = false;
  let current: { speaker: string; text: string } | undefined;
  const close = (next: string | undefined) => {
    if (!current) return;
    const n = turns.get(current.speaker) ?? { all: 0, asking: 0, answered: 0 };
    n.all++;
    if (/[？?][”"」』）)]*$/u.test(current.text)) n.asking++;
    if (next !== undefined && next === principal) n.answered++;
    turns.set(current.speaker, n);
  };
  for (const it of items) {
    if (it.kind === 'label') {
      if (asks(it.label.form)) anyAsk = true;
      const next = it.label.form === 'reply' ? principal : it.label.speaker;
      close(next);
      current = it.label.form === 'name' ? { speaker: it.label.speaker, text: it.label.body } : undefined;
    } else if (it.kind === 'plain' && current) {
      current.text = it.text;
    } else if (it.kind === 'heading') {
      close(undefined);
      current = undefined;
    }
  }
  close(undefined);
  const share = (k: number, n: { all: number }) => k / n.all;
  const askers = new Set<string>();
  const latin = (name: string) => /^[A-Za-z]/u.test(name);
  if (principal !== '' && turns.has(principal)) {
    for (const [name, n] of turns) {
      if (name !== principal && latin(name) && (share(n.asking, n) >= 0.5 || share(n.answered, n) >= 0.5)) askers.add(name);
    }
  }
  if (anyAsk || turns.size < 2) return askers;
  const answerer = [...turns.values()].some((n) => share(n.asking, n) < ANSWERER_SHARE);
  if (!answerer) return askers;
  for (const [name, n] of turns) if (n.all >= 2 && share(n.asking, n) >= ASKER_SHARE) askers.add(name);
  return askers;
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
