import { Text } from 'ink';
import type { Ambiguous } from '../../text/width.js';
import { displayWidth } from '../../text/width.js';
import { fitString } from '../fit.js';

/**
 * The bottom line: where you are on the left, a message or the number being typed in the middle,
 * scroll position and a key hint on the right. Parts drop from the right end inward when narrow.
 */
export function statusText(parts: { place: string; message?: string; right: string; hint: string }, width: number, ambiguous: Ambiguous): string {
  const opts = { ambiguous };
  const left = ` ${parts.place}`;
  const right = `${parts.right}  ${parts.hint} `;
  const middle = parts.message ? `  ${parts.message}` : '';
  for (const r of [right, `${parts.right} `, '']) {
    const room = width - displayWidth(r, opts);
    if (room >= Math.min(displayWidth(left + middle, opts), 12)) {
      return fitString(left + middle, room, opts) + r;
    }
  }
  return fitString(left + middle, width, opts);
}

export function StatusLine(props: { text: string; color: boolean }) {
  return (
    <Text inverse color={props.color ? undefined : undefined}>
      {props.text}
    </Text>
  );
}
