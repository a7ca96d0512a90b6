import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_TEXT = readFileSync(join(import.meta.dirname, '../../data/2025-03-07-wang-yi-press-conference.txt'), 'utf8');

/** The seed copied until `bytes`, each copy's long lines made unique so nothing collapses as a repeat. */
export function bigTranscript(bytes: number, seed = SEED_TEXT): string {
  const parts: string[] = [];
  let n = 0;
  for (let k = 0; n < bytes; k++) {
    const copy = seed
      .split('\n')
      .map((l) => (l.length > 30 ? `${l.slice(0, 10)}${k}${l.slice(10)}` : l))
      .join('\n');
    parts.push(copy);
    n += Buffer.byteLength(copy);
  }
  return parts.join('\n');
}
