import { Text } from 'ink';
import type { ReactNode } from 'react';
import type { Span } from '../../text/linebreak.js';
import type { RowStyle } from '../../layout/page.js';
import { fitWidth } from '../fit.js';
import type { Look, Palette } from '../theme.js';

export interface Segment {
  text: string;
  look: Look;
}

/**
 * Cuts a row into runs of one look; later spans override earlier ones (a highlight over body text).
 * On a `selected` row (drawn in inverse video) every run is inverted and the highlight is not, so
 * matched characters still stand out — decided here, per run, because an inner Ink `<Text
 * inverse={false}>` cannot switch off an outer `inverse`.
 */
export function segments(text: string, spans: Span<RowStyle>[], palette: Palette, selected = false): Segment[] {
  const looks = palette.looks;
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    let look: Look = {};
    for (const s of spans) if (s.start <= a && s.end >= b) look = { ...look, ...looks[s.style] };
    if (selected) look = look.inverse ? { ...look, inverse: false, bold: true, underline: true } : { ...look, inverse: true };
    out.push({ text: text.slice(a, b), look });
  }
  return out;
}

export interface StyledRowProps {
  text: string;
  spans: Span<RowStyle>[];
  width: number;
  palette: Palette;
  ambiguous: 'narrow' | 'wide';
  inverse?: boolean;
}

/** True when a look changes nothing: its run can be a plain string instead of a `<Text>`. */
function plain(look: Look): boolean {
  return !look.color && !look.bold && !look.dimColor && !look.inverse && !look.underline;
}

/**
 * The children of one screen row, exactly `width` columns: cut with our own width measure and
 * padded with spaces, so Ink never wraps it and no row spills past the terminal's edge. Runs
 * without a style are plain strings and styled runs are `<Text>`s, with no wrapper of their own:
 * each level of nested `<Text>` costs Ink a squash (twice a frame, for measuring and drawing).
 */
export function styledRowChildren({ text, spans, width, palette, ambiguous, inverse }: StyledRowProps): ReactNode[] {
  const fitted = fitWidth(text, width, { ambiguous });
  const segs = segments(fitted.text, spans, palette, inverse);
  const out: ReactNode[] = segs.map((s, i) =>
    plain(s.look) ? (
      s.text
    ) : (
      <Text key={i} {...s.look}>
        {s.text}
      </Text>
    ),
  );
  if (fitted.pad > 0) {
    const pad = ' '.repeat(fitted.pad);
    out.push(
      inverse ? (
        <Text key="pad" inverse>
          {pad}
        </Text>
      ) : (
        pad
      ),
    );
  }
  return out;
}
