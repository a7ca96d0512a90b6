/**
 * The least cost any text could give a term: its cheapest split into known syllables (free),
 * initials and a final partial syllable (one each). A unit whose best match reaches it needs no
 * more search.
 */
export function lowerBound(term: string, syllables: ReadonlySet<string>, prefixes: ReadonlySet<string>): number {
  const best = new Array<number>(term.length + 1).fill(Infinity);
  best[0] = 0;
  for (let k = 0; k < term.length; k++) {
    if (best[k] === Infinity) continue;
    for (let e = k + 1; e <= term.length; e++) {
      const piece = term.slice(k, e);
      if (!prefixes.has(piece)) break;
      const c = syllables.has(piece) ? 0 : 1;
      best[e] = Math.min(best[e]!, best[k]! + c);
    }
  }
  return best[term.length]!;
}
