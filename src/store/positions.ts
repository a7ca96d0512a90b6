/**
 * Where the reader was in a transcript: the page and the anchor (a paragraph and a character in
 * it), so a different terminal size still opens on the same character.
 */
export interface Position {
  page: number;
  turn: number;
  para: number;
  offset: number;
  /** ISO time it was saved. */
  updated: string;
}

/** A position read from disk, or null when it is not one. */
export function validPosition(v: unknown): Position | null {
  if (!v || typeof v !== 'object') return null;
  const p = v as Record<string, unknown>;
  const int = (x: unknown) => Number.isInteger(x) && (x as number) >= -1;
  if (!int(p.page) || !int(p.turn) || !int(p.para) || !int(p.offset) || typeof p.updated !== 'string') return null;
  return p as unknown as Position;
}
