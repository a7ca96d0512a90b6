import { type Hit, hitTextStart } from '../search/types.js';

/**
 * A hit as `--json` prints it (the README's "search --json" lists these fields): `pos` is where
 * the covered model text is — paragraph `para` of turn `turn` of topic `topic`, `length` UTF-16
 * units from `offset` — and `text.slice(textStart)` is that text (a question's `text` starts with
 * the asker's label, which the model keeps apart); `textStart` is null where `text` is not the
 * model text at `pos` (a quote: `pos` is the answer sentence it came from; a topic heading).
 */
export function hitJson(hit: Pick<Hit, 'text' | 'ranges' | 'score' | 'pos' | 'length' | 'label'> & { kind: Hit['kind'] | 'header'; topic: number | null }) {
  const textStart = hit.kind === 'header' ? null : hitTextStart({ ...hit, kind: hit.kind });
  return {
    kind: hit.kind,
    topic: hit.topic,
    label: hit.label,
    text: hit.text,
    ranges: hit.ranges,
    score: hit.score,
    pos: hit.pos ? { ...hit.pos, length: hit.length } : null,
    textStart,
  };
}
