import type { TextPos, Topic } from '../transcript/model.js';
import { breakLines, type Span } from '../text/linebreak.js';
import type { Ambiguous } from '../text/width.js';

export type RowStyle = 'heading' | 'headline' | 'speaker' | 'asker' | 'question' | 'answer' | 'remark' | 'highlight' | 'dim';

/** One screen row of laid-out text. */
export interface Row {
  text: string;
  width: number;
  spans: Span<RowStyle>[];
  /** Where the row starts in the model's text; null for rows that are not model text (blank, heading). */
  pos: TextPos | null;
}

export interface LayoutOptions {
  width: number;
  ambiguous?: Ambiguous;
  /** Extra styled ranges over paragraphs (search highlights), keyed by `${turn}:${para}`. */
  marks?: Map<string, Span<RowStyle>[]>;
}

const BLANK: Row = { text: '', width: 0, spans: [], pos: null };

/** Lays out a topic: heading, then each turn's paragraphs, one blank row between paragraphs. */
export function layoutTopic(topic: Topic, opts: LayoutOptions): Row[] {
  const rows: Row[] = [];
  const heading = topic.headline ? `${topic.label}  ${topic.headline}` : topic.label;
  for (const line of breakLines<RowStyle>(heading, opts.width, {
    ambiguous: opts.ambiguous,
    spans: [{ start: 0, end: topic.label.length, style: 'heading' }, { start: topic.label.length, end: heading.length, style: 'headline' }],
  })) {
    rows.push({ text: line.text, width: line.width, spans: line.spans, pos: null });
  }
  topic.turns.forEach((turn, ti) => {
    turn.paragraphs.forEach((para, pi) => {
      rows.push(BLANK);
      const prefix = pi === 0 && turn.speaker ? `${turn.speaker}：` : '';
      const bodyStyle: RowStyle = turn.role;
      const spans: Span<RowStyle>[] = [];
      if (prefix) spans.push({ start: 0, end: prefix.length, style: 'speaker' });
      spans.push({ start: prefix.length, end: prefix.length + para.length, style: bodyStyle });
      for (const m of opts.marks?.get(`${ti}:${pi}`) ?? []) {
        spans.push({ start: m.start + prefix.length, end: m.end + prefix.length, style: m.style });
      }
      for (const line of breakLines<RowStyle>(prefix + para, opts.width, { ambiguous: opts.ambiguous, spans })) {
        rows.push({
          text: line.text,
          width: line.width,
          spans: line.spans,
          pos: { topic: topic.id, turn: ti, para: pi, offset: Math.max(0, line.start - prefix.length) },
        });
      }
    });
  });
  return rows;
}
