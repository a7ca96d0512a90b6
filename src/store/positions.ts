/**
 * Where the reader was in a transcript: the page and the anchor (a paragraph and a character in
 * it), so a different terminal size still opens on the same character.
 */
export interface Position {
  page: number;
  turn: number;
  para: number;
  offset: number;
  /** The paragraph cursor's paragraph, when it was on one. */
  cursor?: { turn: number; para: number };
  /** ISO time it was saved. */
  updated: string;
}

/** A position read from disk, or null when it is not one. */
export function validPosition(v: unknown): Position | null {
  if (!v || typeof v !== 'object') return null;
  const p = v as Record<string, unknown>;
  const int = (x: unknown) => Number.isInteger(x) && (x as number) >= -1;
  if (!int(p.page) || !int(p.turn) || !int(p.para) || !int(p.offset) || typeof p.updated !== 'string') return null;
  const c = p.cursor as Record<string, unknown> | undefined;
  if (c !== undefined && (!c || typeof c !== 'object' || !int(c.turn) || !int(c.para))) return null;
  return p as unknown as Position;
}
